import { addDays, addHours, addMonths, formatViDate, type LegalDate } from './calendar.ts';
import { type DayOffCalendar, dayOffReason, type LocalizedText } from './day-off.ts';
import type { CountingRule, DayOffShift, PeriodAmount, ProcedureCategory } from './rule-types.ts';

/** "3 tháng" / "3 months". */
export const amountText = ({ amount, unit }: PeriodAmount): LocalizedText => ({
  vi: `${amount} ${{ hours: 'giờ', days: 'ngày', months: 'tháng' }[unit]}`,
  en: `${amount} ${unit === 'hours' ? 'hour' : unit === 'days' ? 'day' : 'month'}${amount === 1 ? '' : 's'}`,
});

/** Vietnamese and English names of the crime categories (Penal Code Art. 9). */
export const CATEGORY_TEXT: Record<ProcedureCategory, LocalizedText> = {
  minor: { vi: 'tội phạm ít nghiêm trọng', en: 'minor crime' },
  serious: { vi: 'tội phạm nghiêm trọng', en: 'serious crime' },
  very_serious: { vi: 'tội phạm rất nghiêm trọng', en: 'very serious crime' },
  especially_serious: { vi: 'tội phạm đặc biệt nghiêm trọng', en: 'especially serious crime' },
};

/** Days in an amount counted as custody/detention: a month is 30 days (Art. 134(1) para. 4). */
export const detentionDays = ({ amount, unit }: PeriodAmount): number => (unit === 'months' ? amount * 30 : amount);

export type Segment = { end: string; steps: LocalizedText[] };

const fmt = (value: string): LocalizedText => ({ vi: formatViDate(value), en: value.replace('T', ' ') });

/**
 * The end of one segment of a period: from `from` (the start, or the end of the period being extended)
 * by `amount`, counted as `counting` says. `inclusiveFirstDay` marks the first segment of a custody or
 * detention order, whose first day counts (TTLT 04/2018 Art. 17, examples 1 and 2).
 */
export const countSegment = (
  counting: CountingRule,
  from: string,
  amount: PeriodAmount,
  inclusiveFirstDay: boolean,
): Segment => {
  const a = amountText(amount);
  switch (counting) {
    case 'art134_general': {
      if (amount.unit === 'months') {
        const end = addMonths(from, amount.amount);
        const clamped = end.slice(8, 10) !== from.slice(8, 10);
        const f = fmt(end);
        const month = `${end.slice(5, 7)}/${end.slice(0, 4)}`;
        return {
          end,
          steps: [
            clamped
              ? {
                  vi: `Tính theo tháng (Điều 134 khoản 1): tháng ${month} không có ngày ${Number(from.slice(8, 10))} nên thời hạn hết vào ngày cuối tháng ${f.vi}.`,
                  en: `Counted in months (Art. 134(1)): ${end.slice(0, 7)} has no day ${Number(from.slice(8, 10))}, so the period ends on the month's last day, ${f.en}.`,
                }
              : {
                  vi: `Tính theo tháng (Điều 134 khoản 1): ${a.vi} kể từ ${fmt(from).vi} hết vào ngày trùng ${f.vi}.`,
                  en: `Counted in months (Art. 134(1)): ${a.en} from ${fmt(from).en} end on the same-numbered day, ${f.en}.`,
                },
          ],
        };
      }
      const end = addDays(from, amount.amount);
      const f = fmt(end);
      return {
        end,
        steps: [
          {
            vi: `Tính theo ngày (Điều 134 khoản 1): không tính ngày ${fmt(from).vi}; ngày thứ ${amount.amount} là ${f.vi}, hết lúc 24 giờ ngày đó.`,
            en: `Counted in days (Art. 134(1)): ${fmt(from).en} itself is not counted; day ${amount.amount} is ${f.en}, ending at 24:00.`,
          },
        ],
      };
    }
    case 'order_date_30_day_months': {
      const n = detentionDays(amount);
      const end = addDays(from, inclusiveFirstDay ? n - 1 : n);
      return {
        end,
        steps: [
          {
            vi: `Tạm giữ, tạm giam (Điều 134 khoản 1; TTLT 04/2018 Điều 17): ${amount.unit === 'months' ? `${a.vi} = ${n} ngày` : a.vi}, tính liên tục cả ngày nghỉ, ${inclusiveFirstDay ? `kể cả ngày ${fmt(from).vi}` : `tiếp sau ngày ${fmt(from).vi}`}, đến hết ngày ${fmt(end).vi}.`,
            en: `Custody/detention (Art. 134(1); Joint Circular 04/2018 Art. 17): ${amount.unit === 'months' ? `${a.en} = ${n} days` : a.en}, counted straight through days off, ${inclusiveFirstDay ? `including ${fmt(from).en}` : `after ${fmt(from).en}`}, ending at 24:00 on ${fmt(end).en}.`,
          },
        ],
      };
    }
    case 'custody_from_moment':
    case 'elapsed_hours': {
      const hours = amount.unit === 'hours' ? amount.amount : amount.amount * 24;
      const end = addHours(from, hours);
      return {
        end,
        steps: [
          {
            vi: `Tính theo giờ từ thời điểm ${fmt(from).vi}: ${a.vi} = ${hours} giờ, hết lúc ${fmt(end).vi}.`,
            en: `Counted in hours from ${fmt(from).en}: ${a.en} = ${hours} hours, ending at ${fmt(end).en}.`,
          },
        ],
      };
    }
  }
};

/** Whether a period of `unit` that ends on a day off moves to the next working day under `shift`. */
export const shiftsOnDayOff = (shift: DayOffShift, unit: PeriodAmount['unit']): boolean =>
  shift === 'always' || (shift === 'months_only' && unit === 'months');

/** Moves `end` to the next working day when the rule says so, explaining either way. */
export const applyDayOffRule = (end: LegalDate, shift: boolean, calendar: DayOffCalendar): Segment => {
  const reason = dayOffReason(end, calendar);
  if (!reason) return { end, steps: [] };
  const f = fmt(end);
  if (!shift) {
    return {
      end,
      steps: [
        {
          vi: `${f.vi} là ngày nghỉ (${reason.vi}) nhưng thời hạn này không lùi sang ngày làm việc tiếp theo (Điều 134 khoản 1 chỉ quy định lùi với thời hạn tính theo tháng).`,
          en: `${f.en} is a day off (${reason.en}) but this period does not move to the next working day (Art. 134(1) moves only periods in months).`,
        },
      ],
    };
  }
  let day = end;
  const reasons: LocalizedText[] = [];
  for (let r = dayOffReason(day, calendar); r; r = dayOffReason(day, calendar)) {
    reasons.push({ vi: `${formatViDate(day)}: ${r.vi}`, en: `${day}: ${r.en}` });
    day = addDays(day, 1);
    if (reasons.length > 366) throw new RangeError('Day-off calendar has no working day within a year');
  }
  return {
    end: day,
    steps: [
      {
        vi: `${f.vi} là ngày nghỉ (${reasons.map((r) => r.vi).join('; ')}); ngày làm việc tiếp theo ${formatViDate(day)} là ngày cuối cùng của thời hạn (Điều 134 khoản 1).`,
        en: `${f.en} is a day off (${reasons.map((r) => r.en).join('; ')}); the next working day, ${day}, is the last day of the period (Art. 134(1)).`,
      },
    ],
  };
};

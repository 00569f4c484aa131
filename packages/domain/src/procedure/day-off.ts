import type { FieldError } from '../errors/codes.ts';
import { addDays, isLegalDate, isoWeekday, type LegalDate } from './calendar.ts';

export type LocalizedText = { vi: string; en: string };

/** A holiday on the same solar date every year (1/1, 30/4, 1/5, 2/9 — Labour Code 2019 Art. 112(1)). */
export type AnnualHoliday = { month: number; day: number; name: LocalizedText };

/** One dated entry: a day off (lunar holidays, adjacent and compensatory days) or a make-up working day. */
export type DatedDay = { date: LegalDate; name: LocalizedText };

/**
 * Days off for counting procedural periods (Art. 134(1) CPC: "ngày nghỉ"). Data, maintained by
 * administrators: weekends, annual solar holidays, dated days off for one year (Tết, Hùng Kings,
 * the day next to 2/9, compensatory and swapped days), and official make-up working days
 * (ngày làm bù), which are working days even on a Saturday.
 */
export type DayOffCalendar = {
  weekendDays: readonly number[];
  annualHolidays: readonly AnnualHoliday[];
  daysOff: readonly DatedDay[];
  makeUpWorkingDays: readonly DatedDay[];
};

const WEEKEND: LocalizedText = { vi: 'Ngày nghỉ hằng tuần', en: 'Weekly day off' };

/** Why `date` is a day off under `calendar`, or null when it is a working day. */
export const dayOffReason = (date: LegalDate, calendar: DayOffCalendar): LocalizedText | null => {
  if (calendar.makeUpWorkingDays.some((d) => d.date === date)) return null;
  const dated = calendar.daysOff.find((d) => d.date === date);
  if (dated) return dated.name;
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const annual = calendar.annualHolidays.find((h) => h.month === month && h.day === day);
  if (annual) return annual.name;
  return calendar.weekendDays.includes(isoWeekday(date)) ? WEEKEND : null;
};

/** True when `date` is a day off under `calendar`. */
export const isDayOff = (date: LegalDate, calendar: DayOffCalendar): boolean => dayOffReason(date, calendar) !== null;

/** `date` itself when it is a working day, otherwise the first working day after it (Art. 134(1) CPC). */
export const nextWorkingDayIfOff = (date: LegalDate, calendar: DayOffCalendar): LegalDate => {
  let day = date;
  // A calendar with every day off would loop forever; a year of days off means the data is broken.
  for (let i = 0; i <= 366; i += 1) {
    if (!isDayOff(day, calendar)) return day;
    day = addDays(day, 1);
  }
  throw new RangeError(`No working day within a year after ${date}: the day-off calendar is misconfigured`);
};

/** Problems in an administrator-supplied calendar, each naming the field (empty when valid). */
export const validateDayOffCalendar = (calendar: DayOffCalendar): FieldError[] => {
  const errors: FieldError[] = [];
  const weekend = new Set(calendar.weekendDays);
  if (calendar.weekendDays.some((d) => !Number.isInteger(d) || d < 1 || d > 7) || weekend.size > 6) {
    errors.push({
      field: 'weekendDays',
      vi: 'Ngày nghỉ hằng tuần phải là thứ 1–7 (tối đa 6 ngày)',
      en: 'Weekend days must be ISO weekdays 1–7 (at most 6)',
    });
  }
  calendar.annualHolidays.forEach((h, i) => {
    if (!isLegalDate(`2000-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`)) {
      errors.push({ field: `annualHolidays.${i}`, vi: 'Ngày/tháng không hợp lệ', en: 'Invalid day/month' });
    }
  });
  const dated = (list: readonly DatedDay[], field: string): void => {
    const seen = new Set<string>();
    list.forEach((d, i) => {
      if (!isLegalDate(d.date))
        errors.push({
          field: `${field}.${i}.date`,
          vi: 'Ngày không hợp lệ (YYYY-MM-DD)',
          en: 'Invalid date (YYYY-MM-DD)',
        });
      else if (seen.has(d.date))
        errors.push({ field: `${field}.${i}.date`, vi: 'Ngày bị trùng', en: 'Duplicate date' });
      seen.add(d.date);
    });
  };
  dated(calendar.daysOff, 'daysOff');
  dated(calendar.makeUpWorkingDays, 'makeUpWorkingDays');
  const off = new Set(calendar.daysOff.map((d) => d.date));
  calendar.makeUpWorkingDays.forEach((d, i) => {
    if (off.has(d.date)) {
      errors.push({
        field: `makeUpWorkingDays.${i}.date`,
        vi: 'Ngày làm bù trùng với ngày nghỉ',
        en: 'A make-up working day is also listed as a day off',
      });
    }
  });
  return errors;
};

import { addDays, compareDates, datePart, formatViDate, isLegalDate, isLegalDateTime } from './calendar.ts';
import type { LocalizedText } from './day-off.ts';
import {
  amountOf,
  type ComputeDeadlineInput,
  type DeadlineResult,
  isCustodial,
  isHourly,
  refuse,
  segment,
} from './deadline-types.ts';
import { applyExtensions } from './extensions.ts';
import { amountText, CATEGORY_TEXT, countSegment, detentionDays } from './period-math.ts';
import { formatBasis, ruleFor } from './rule-set.ts';
import { PROCEDURE_CATEGORIES } from './rule-types.ts';
import { PROCEDURE_RULES } from './rules.ts';
import { VN_DEFAULT_DAY_OFF_CALENDAR } from './vn-day-off-defaults.ts';

export type {
  ComputeDeadlineInput,
  Deadline,
  DeadlineRefusal,
  DeadlineResult,
  GrantedExtension,
  RemainingExtension,
} from './deadline-types.ts';

/**
 * Computes a statutory deadline under Art. 134 CPC and the rule version in force on `onDate`:
 * the due date, its legal basis, the arithmetic step by step (vi/en), the latest date reachable
 * with the extensions still available, and when the next extension must be requested.
 */
export const computeDeadline = (input: ComputeDeadlineInput): DeadlineResult => {
  const rules = input.rules ?? PROCEDURE_RULES;
  const calendar = input.calendar ?? VN_DEFAULT_DAY_OFF_CALENDAR;
  if (!PROCEDURE_CATEGORIES.includes(input.category)) {
    return refuse('category', 'Loại tội phạm không hợp lệ', 'Unknown crime category');
  }
  if (!rules.some((r) => r.id === input.ruleId))
    return refuse('ruleId', 'Không có quy tắc thời hạn này', 'No such deadline rule');
  if (!isLegalDate(input.start) && !isLegalDateTime(input.start)) {
    return refuse(
      'start',
      'Ngày bắt đầu không hợp lệ (YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm)',
      'Invalid start (YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
    );
  }
  const onDate = input.onDate ?? datePart(input.start);
  if (!isLegalDate(onDate)) return refuse('onDate', 'Ngày xảy ra hành vi tố tụng không hợp lệ', 'Invalid act date');
  const rule = ruleFor(input.ruleId, onDate, rules);
  if (!rule) {
    return refuse(
      'onDate',
      `Không có phiên bản quy tắc có hiệu lực ngày ${formatViDate(onDate)}`,
      `No version of the rule was in force on ${onDate}`,
    );
  }
  const basis = formatBasis(rule.basis);
  if (isHourly(rule) !== isLegalDateTime(input.start)) {
    return isHourly(rule)
      ? refuse(
          'start',
          'Thời hạn tính theo giờ: cần cả giờ bắt đầu (YYYY-MM-DDTHH:mm)',
          'This period runs in hours: give the start time (YYYY-MM-DDTHH:mm)',
          basis.vi,
        )
      : refuse(
          'start',
          'Thời hạn tính theo ngày/tháng: chỉ nhập ngày (YYYY-MM-DD)',
          'This period runs in days or months: give a date only (YYYY-MM-DD)',
          basis.vi,
        );
  }
  const legalBase = rule.base[input.category];
  const category = CATEGORY_TEXT[input.category];
  if (!legalBase)
    return refuse(
      'category',
      `${basis.vi} không áp dụng cho ${category.vi}`,
      `${basis.en} does not apply to a ${category.en}`,
      basis.vi,
    );
  const ordered = input.ordered ? amountOf(input.ordered) : legalBase;
  if (!ordered || (isHourly(rule) && ordered.unit === 'months')) {
    return refuse(
      'ordered',
      'Thời hạn ghi trong lệnh: số tháng hoặc số ngày (số nguyên dương)',
      'Ordered period: a whole number of months or of days',
      basis.vi,
    );
  }
  const longest = countSegment(rule.countingRule, input.start, legalBase, isCustodial(rule)).end;
  if (compareDates(countSegment(rule.countingRule, input.start, ordered, isCustodial(rule)).end, longest) > 0) {
    return refuse(
      'ordered',
      `Thời hạn ghi trong lệnh vượt quá ${amountText(legalBase).vi} (${basis.vi})`,
      `The ordered period exceeds ${amountText(legalBase).en} (${basis.en})`,
      basis.vi,
    );
  }
  const base = ordered;

  const deducted = input.custodyDaysDeducted ?? 0;
  if (deducted !== 0 && !isCustodial(rule)) {
    return refuse(
      'custodyDaysDeducted',
      'Chỉ trừ ngày tạm giữ vào thời hạn tạm giam (Điều 118 khoản 4)',
      'Custody days are deducted only from detention (Art. 118(4))',
      basis.vi,
    );
  }
  if (!Number.isInteger(deducted) || deducted < 0 || (isCustodial(rule) && deducted >= detentionDays(base))) {
    return refuse(
      'custodyDaysDeducted',
      'Số ngày tạm giữ phải là số nguyên, không âm và nhỏ hơn thời hạn tạm giam',
      'Custody days must be a whole number, not negative, and below the detention period',
      'Điều 118 khoản 4 BLTTHS',
    );
  }

  const steps: LocalizedText[] = [
    {
      vi: `${basis.vi}: ${category.vi} — ${input.ordered ? `theo lệnh ${amountText(base).vi} (tối đa ${amountText(legalBase).vi})` : amountText(base).vi} kể từ ${rule.startsFrom.vi} (${formatViDate(input.start)}).`,
      en: `${basis.en}: ${category.en} — ${input.ordered ? `${amountText(base).en} as ordered (at most ${amountText(legalBase).en})` : amountText(base).en} from ${rule.startsFrom.en} (${input.start.replace('T', ' ')}).`,
    },
  ];
  let baseAmount = base;
  if (deducted > 0) {
    baseAmount = { amount: detentionDays(base) - deducted, unit: 'days' };
    steps.push({
      vi: `Trừ ${deducted} ngày tạm giữ (Điều 118 khoản 4: một ngày tạm giữ bằng một ngày tạm giam): còn ${baseAmount.amount} ngày.`,
      en: `Deduct ${deducted} custody days (Art. 118(4): one day of custody counts as one day of detention): ${baseAmount.amount} days remain.`,
    });
  }
  const first = segment(rule, input.start, baseAmount, isCustodial(rule), calendar);
  steps.push(...first.steps);

  const extended = applyExtensions(
    { rule, category: input.category, start: input.start, baseEnd: first.end, deducted, calendar },
    input.extensionsGranted ?? [],
  );
  if (!extended.ok) return extended;
  steps.push(...extended.steps);
  const { due: current, maxPossibleDue, remainingExtensions } = extended;
  const next = remainingExtensions[0];
  const requestBy = next?.requestDaysBefore && !isHourly(rule) ? addDays(current, -next.requestDaysBefore) : undefined;
  if (requestBy && next) {
    steps.push({
      vi: `Đề nghị gia hạn phải gửi chậm nhất ${next.requestDaysBefore} ngày trước khi hết thời hạn: ngày ${formatViDate(requestBy)} (${next.basis}).`,
      en: `An extension must be requested at least ${next.requestDaysBefore} days before expiry: by ${requestBy} (${next.basisEn}).`,
    });
  }
  return {
    ok: true,
    ruleId: rule.id,
    label: rule.label,
    basis: basis.vi,
    basisEn: basis.en,
    ruleEffectiveFrom: rule.effectiveFrom,
    start: input.start,
    due: current,
    maxPossibleDue,
    remainingExtensions,
    ...(requestBy ? { requestBy } : {}),
    steps,
  };
};

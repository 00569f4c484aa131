import { compareDates, datePart, formatViDate, isLegalDate, type LegalDate } from './calendar.ts';
import type { DayOffCalendar, LocalizedText } from './day-off.ts';
import {
  amountOf,
  type DeadlineRefusal,
  type GrantedExtension,
  isCustodial,
  isHourly,
  type RemainingExtension,
  refuse,
  segment,
} from './deadline-types.ts';
import { amountText, CATEGORY_TEXT, detentionDays } from './period-math.ts';
import { formatBasis } from './rule-set.ts';
import type { DeadlineRule, PeriodAmount, ProcedureCategory } from './rule-types.ts';

export type ExtensionContext = {
  rule: DeadlineRule;
  category: ProcedureCategory;
  start: string;
  /** End of the base period, already moved off a day off where the rule says so. */
  baseEnd: string;
  deducted: number;
  calendar: DayOffCalendar;
};

export type ExtendedPeriod = {
  ok: true;
  due: string;
  maxPossibleDue: string;
  remainingExtensions: RemainingExtension[];
  steps: LocalizedText[];
};

/**
 * Applies granted extensions in order, each within its tier's count and maximum and granted before
 * the period expired, then lists what is still available and the latest reachable end.
 */
export const applyExtensions = (
  ctx: ExtensionContext,
  granted: readonly GrantedExtension[],
): ExtendedPeriod | DeadlineRefusal => {
  const { rule, calendar, deducted } = ctx;
  const basis = formatBasis(rule.basis);
  const category = CATEGORY_TEXT[ctx.category];
  const steps: LocalizedText[] = [];
  let current = ctx.baseEnd;
  const tiers = rule.extensions;
  const used = tiers.map(() => 0);
  const left = (i: number): number =>
    tiers[i]?.max[ctx.category] ? (tiers[i]?.count[ctx.category] ?? 0) - (used[i] ?? 0) : 0;
  let minTier = 0;
  let lastGranted: LegalDate = datePart(ctx.start);
  for (const [k, ext] of granted.entries()) {
    const field = `extensionsGranted.${k}`;
    const amount = amountOf(ext);
    if (!amount) {
      return refuse(
        field,
        'Mỗi lần gia hạn ghi số tháng hoặc số ngày (số nguyên dương)',
        'Each extension gives a whole number of months or of days',
        basis.vi,
      );
    }
    if (isHourly(rule) && amount.unit === 'months')
      return refuse(field, 'Gia hạn tạm giữ tính bằng ngày', 'Custody extensions are given in days', basis.vi);
    if (!isLegalDate(ext.grantedOn))
      return refuse(`${field}.grantedOn`, 'Ngày gia hạn không hợp lệ', 'Invalid extension date');
    if (compareDates(ext.grantedOn, lastGranted) < 0) {
      return refuse(
        `${field}.grantedOn`,
        'Ngày gia hạn trước ngày bắt đầu hoặc trước lần gia hạn trước',
        'Extension dated before the start or before the previous extension',
      );
    }
    if (compareDates(ext.grantedOn, datePart(current)) > 0) {
      return refuse(
        `${field}.grantedOn`,
        `Gia hạn sau khi thời hạn đã hết (${formatViDate(current)})`,
        `Extension granted after the period expired (${current})`,
        basis.vi,
      );
    }
    const index = ext.tier ?? tiers.findIndex((_, i) => i >= minTier && left(i) > 0);
    const tier = tiers[index];
    const max = tier?.max[ctx.category];
    if (!tier || !max || index < minTier || left(index) <= 0) {
      const last = tiers.at(-1);
      return refuse(
        field,
        `Đã hết số lần gia hạn được phép đối với ${category.vi}`,
        `No further extension is allowed for a ${category.en}`,
        last ? formatBasis(last.basis).vi : basis.vi,
      );
    }
    const tierBasis = formatBasis(tier.basis);
    const from = tier.mode === 'total_from_start' ? ctx.start : current;
    const fromStart = tier.mode === 'total_from_start' && isCustodial(rule);
    const less = (a: PeriodAmount): PeriodAmount =>
      fromStart && deducted > 0 ? { amount: detentionDays(a) - deducted, unit: 'days' } : a;
    const extended = segment(rule, from, less(amount), fromStart, calendar);
    const ceiling = segment(rule, from, less(max), fromStart, calendar);
    const nth = k + 1;
    if (compareDates(extended.end, ceiling.end) > 0) {
      return refuse(
        field,
        `Gia hạn lần ${nth} không quá ${amountText(max).vi} (${tierBasis.vi})`,
        `Extension ${nth} may not exceed ${amountText(max).en} (${tierBasis.en})`,
        tierBasis.vi,
      );
    }
    if (compareDates(extended.end, current) <= 0) {
      return refuse(
        field,
        'Gia hạn phải kéo dài thời hạn hiện tại',
        'The extension must lengthen the current period',
        tierBasis.vi,
      );
    }
    steps.push({
      vi: `Gia hạn lần ${nth} (${tierBasis.vi}; ${tier.approvedBy.vi}; ngày ${formatViDate(ext.grantedOn)}): ${tier.mode === 'total_from_start' ? `kéo dài đến ${amountText(amount).vi} kể từ ngày bắt đầu` : `thêm ${amountText(amount).vi}`}.`,
      en: `Extension ${nth} (${tierBasis.en}; ${tier.approvedBy.en}; on ${ext.grantedOn}): ${tier.mode === 'total_from_start' ? `to ${amountText(amount).en} from the start` : `${amountText(amount).en} more`}.`,
    });
    steps.push(...extended.steps);
    used[index] = (used[index] ?? 0) + 1;
    minTier = index;
    lastGranted = ext.grantedOn;
    current = extended.end;
  }

  const remainingExtensions: RemainingExtension[] = [];
  let maxPossibleDue = current;
  tiers.forEach((tier, i) => {
    const max = tier.max[ctx.category];
    if (i < minTier || left(i) <= 0 || !max) return;
    remainingExtensions.push({
      tier: i,
      times: left(i),
      max,
      mode: tier.mode,
      approvedBy: tier.approvedBy,
      basis: formatBasis(tier.basis).vi,
      basisEn: formatBasis(tier.basis).en,
      ...(tier.requestDaysBefore ? { requestDaysBefore: tier.requestDaysBefore } : {}),
    });
    for (let n = 0; n < left(i); n += 1) {
      const fromStart = tier.mode === 'total_from_start';
      const amount =
        fromStart && isCustodial(rule) && deducted > 0
          ? { amount: detentionDays(max) - deducted, unit: 'days' as const }
          : max;
      const reached = segment(
        rule,
        fromStart ? ctx.start : maxPossibleDue,
        amount,
        fromStart && isCustodial(rule),
        calendar,
      ).end;
      if (compareDates(reached, maxPossibleDue) > 0) maxPossibleDue = reached;
    }
  });
  return { ok: true, due: current, maxPossibleDue, remainingExtensions, steps };
};

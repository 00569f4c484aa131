import type { LegalDate } from './calendar.ts';
import type { LocalizedText } from './day-off.ts';

/**
 * Crime categories of Penal Code Art. 9, as the procedure rules key them. Same four values as the
 * penal-code `CrimeCategory`; kept local so the deadline engine does not depend on the catalogue.
 */
export const PROCEDURE_CATEGORIES = ['minor', 'serious', 'very_serious', 'especially_serious'] as const;
export type ProcedureCategory = (typeof PROCEDURE_CATEGORIES)[number];
export type PerCategory<T> = Readonly<Record<ProcedureCategory, T>>;

export const PERIOD_UNITS = ['hours', 'days', 'months'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
/** A length of time as the law states it ("03 tháng", "20 ngày", "12 giờ"). */
export type PeriodAmount = { amount: number; unit: PeriodUnit };

/** Where a rule comes from: article, clause (khoản), point (điểm) of the Criminal Procedure Code. */
export type LegalBasis = { code: 'BLTTHS'; article: number; clause?: number; point?: string; guidance?: string };

/**
 * How a period is counted (Art. 134(1) CPC):
 * - `art134_general`: days end at 24:00 of the last day (start day not counted); months end on the
 *   same-numbered day of the month reached, or that month's last day;
 * - `order_date_30_day_months`: custody and detention end on the date written in the order, a month
 *   is 30 days, the first day counts and days off count (Art. 134(1) para. 4; TTLT 04/2018 Art. 17);
 * - `custody_from_moment`: custody runs from the hour the person was received (Art. 118(1));
 * - `elapsed_hours`: hours from the moment of the event.
 */
export const COUNTING_RULES = [
  'art134_general',
  'order_date_30_day_months',
  'custody_from_moment',
  'elapsed_hours',
] as const;
export type CountingRule = (typeof COUNTING_RULES)[number];

/**
 * Which periods move to the next working day when they end on a day off. Art. 134(1) states the
 * shift in the sentence on months, so the shipped rules use `months_only`; it is data so a later
 * reading or amendment can change it per rule.
 */
export const DAY_OFF_SHIFTS = ['months_only', 'always', 'never'] as const;
export type DayOffShift = (typeof DAY_OFF_SHIFTS)[number];

/**
 * One kind of extension. `count` is how many times it may be granted, `max` the most each grant may
 * add (`added`) or the most the whole period may reach from its start (`total_from_start`, e.g.
 * "kéo dài nhưng không quá 02 tháng kể từ ngày nhận được"). Null `max` = not available for that category.
 */
export type ExtensionTier = {
  max: PerCategory<PeriodAmount | null>;
  count: PerCategory<number>;
  mode: 'added' | 'total_from_start';
  approvedBy: LocalizedText;
  basis: LegalBasis;
  /** The request must reach the approver at least this many days before the period expires. */
  requestDaysBefore?: number;
};

/** One version of one statutory period, in force from `effectiveFrom` to `effectiveTo` (inclusive). */
export type DeadlineRule = {
  id: string;
  basis: LegalBasis;
  label: LocalizedText;
  startsFrom: LocalizedText;
  effectiveFrom: LegalDate;
  effectiveTo?: LegalDate;
  base: PerCategory<PeriodAmount | null>;
  extensions: readonly ExtensionTier[];
  countingRule: CountingRule;
  dayOffShift: DayOffShift;
};

export type RuleSet = readonly DeadlineRule[];

import type { LegalDate } from './calendar.ts';
import type { DayOffCalendar, LocalizedText } from './day-off.ts';
import { applyDayOffRule, countSegment, shiftsOnDayOff } from './period-math.ts';
import type { DeadlineRule, ExtensionTier, PeriodAmount, ProcedureCategory, RuleSet } from './rule-types.ts';

/** An extension already granted: its length in months or days, the day it was granted, optionally which tier. */
export type GrantedExtension = { months?: number; days?: number; grantedOn: LegalDate; tier?: number };

export type ComputeDeadlineInput = {
  ruleId: string;
  /** 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:mm' for periods counted in hours (custody). */
  start: string;
  category: ProcedureCategory;
  extensionsGranted?: readonly GrantedExtension[];
  /** The length written in the order or decision when shorter than the legal maximum (e.g. detention "02 tháng"). */
  ordered?: { months?: number; days?: number };
  /** Custody days deducted from a detention period (Art. 118(4)); see `deductCustody`. */
  custodyDaysDeducted?: number;
  calendar?: DayOffCalendar;
  /** The day the act happened, which picks the rule version; defaults to the start date. */
  onDate?: LegalDate;
  rules?: RuleSet;
};

export type RemainingExtension = {
  tier: number;
  times: number;
  max: PeriodAmount;
  mode: ExtensionTier['mode'];
  approvedBy: LocalizedText;
  basis: string;
  basisEn: string;
  requestDaysBefore?: number;
};

export type Deadline = {
  ok: true;
  ruleId: string;
  label: LocalizedText;
  basis: string;
  basisEn: string;
  ruleEffectiveFrom: LegalDate;
  start: string;
  due: string;
  maxPossibleDue: string;
  remainingExtensions: RemainingExtension[];
  requestBy?: LegalDate;
  steps: LocalizedText[];
};
export type DeadlineRefusal = { ok: false; field: string; reason: LocalizedText; basis?: string };
export type DeadlineResult = Deadline | DeadlineRefusal;

/** A refusal naming the input field, with vi/en reason and, when known, the rule. */
export const refuse = (field: string, vi: string, en: string, basis?: string): DeadlineRefusal => ({
  ok: false,
  field,
  reason: { vi, en },
  ...(basis ? { basis } : {}),
});

/** True for periods counted in hours from a moment (custody, 12-hour decisions). */
export const isHourly = (rule: DeadlineRule): boolean =>
  rule.countingRule === 'custody_from_moment' || rule.countingRule === 'elapsed_hours';
/** True for custody/detention orders: 30-day months, first day counted, no day-off shift. */
export const isCustodial = (rule: DeadlineRule): boolean => rule.countingRule === 'order_date_30_day_months';
const positiveInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0;

/** `{ months }` or `{ days }` as an amount, or null unless exactly one is a positive whole number. */
export const amountOf = (value: { months?: number; days?: number }): PeriodAmount | null => {
  if (value.months !== undefined && value.days !== undefined) return null;
  if (positiveInt(value.months)) return { amount: value.months, unit: 'months' };
  return positiveInt(value.days) ? { amount: value.days, unit: 'days' } : null;
};

/** One segment (base or extension) counted and then moved off a day off when the rule says so. */
export const segment = (
  rule: DeadlineRule,
  from: string,
  amount: PeriodAmount,
  firstDayCounts: boolean,
  calendar: DayOffCalendar,
) => {
  const counted = countSegment(rule.countingRule, from, amount, firstDayCounts);
  if (isHourly(rule)) return counted;
  const moved = applyDayOffRule(counted.end, shiftsOnDayOff(rule.dayOffShift, amount.unit), calendar);
  return { end: moved.end, steps: [...counted.steps, ...moved.steps] };
};

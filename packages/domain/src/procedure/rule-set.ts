import type { FieldError } from '../errors/codes.ts';
import { addDays, compareDates, isLegalDate, type LegalDate } from './calendar.ts';
import {
  COUNTING_RULES,
  DAY_OFF_SHIFTS,
  type DeadlineRule,
  type LegalBasis,
  PERIOD_UNITS,
  type PeriodAmount,
  PROCEDURE_CATEGORIES,
  type RuleSet,
} from './rule-types.ts';
import { PROCEDURE_RULES } from './rules.ts';

/** "Điều 172 khoản 2 điểm b BLTTHS" / "Art. 172(2)(b) CPC". */
export const formatBasis = (basis: LegalBasis): { vi: string; en: string } => ({
  vi: `Điều ${basis.article}${basis.clause ? ` khoản ${basis.clause}` : ''}${basis.point ? ` điểm ${basis.point}` : ''} BLTTHS`,
  en: `Art. ${basis.article}${basis.clause ? `(${basis.clause})` : ''}${basis.point ? `(${basis.point})` : ''} CPC`,
});

const inForce = (rule: DeadlineRule, onDate: LegalDate): boolean =>
  compareDates(rule.effectiveFrom, onDate) <= 0 && (!rule.effectiveTo || compareDates(onDate, rule.effectiveTo) <= 0);

/** The version of rule `id` in force on `onDate`, the date the act happened (old acts keep old rules). */
export const ruleFor = (id: string, onDate: LegalDate, rules: RuleSet = PROCEDURE_RULES): DeadlineRule | undefined =>
  rules.find((rule) => rule.id === id && inForce(rule, onDate));

const isAmount = (value: PeriodAmount | null): boolean =>
  value === null || (Number.isInteger(value.amount) && value.amount > 0 && PERIOD_UNITS.includes(value.unit));

/** Problems in one rule version, each naming the field (empty when valid). */
export const validateRule = (rule: DeadlineRule): FieldError[] => {
  const errors: FieldError[] = [];
  const add = (field: string, vi: string, en: string): void => {
    errors.push({ field, vi, en });
  };
  if (!/^[a-z0-9_]{3,80}$/.test(rule.id)) add('id', 'Mã quy tắc chỉ gồm a-z, 0-9, _', 'Rule id: a-z, 0-9 and _ only');
  if (!Number.isInteger(rule.basis.article) || rule.basis.article < 1)
    add('basis.article', 'Số điều không hợp lệ', 'Invalid article number');
  if (!rule.label.vi.trim() || !rule.label.en.trim())
    add('label', 'Cần tên tiếng Việt và tiếng Anh', 'Vietnamese and English labels are required');
  if (!isLegalDate(rule.effectiveFrom)) add('effectiveFrom', 'Ngày hiệu lực không hợp lệ', 'Invalid effective date');
  if (
    rule.effectiveTo !== undefined &&
    (!isLegalDate(rule.effectiveTo) || compareDates(rule.effectiveTo, rule.effectiveFrom) < 0)
  ) {
    add(
      'effectiveTo',
      'Ngày hết hiệu lực phải sau ngày có hiệu lực',
      'The end date must not precede the effective date',
    );
  }
  if (!COUNTING_RULES.includes(rule.countingRule))
    add('countingRule', 'Cách tính thời hạn không hợp lệ', 'Unknown counting rule');
  if (!DAY_OFF_SHIFTS.includes(rule.dayOffShift))
    add('dayOffShift', 'Quy tắc ngày nghỉ không hợp lệ', 'Unknown day-off rule');
  const hourly = rule.countingRule === 'custody_from_moment' || rule.countingRule === 'elapsed_hours';
  const fits = (value: PeriodAmount | null): boolean =>
    value === null || (hourly ? value.unit !== 'months' : value.unit !== 'hours');
  for (const category of PROCEDURE_CATEGORIES) {
    if (![rule.base[category], ...rule.extensions.map((tier) => tier.max[category])].every(fits)) {
      add(
        `base.${category}`,
        'Đơn vị thời hạn không phù hợp với cách tính',
        'The period unit does not fit the counting rule',
      );
    }
    if (!isAmount(rule.base[category]))
      add(`base.${category}`, 'Thời hạn phải là số nguyên dương', 'The period must be a positive whole number');
    rule.extensions.forEach((tier, i) => {
      if (!isAmount(tier.max[category]))
        add(
          `extensions.${i}.max.${category}`,
          'Thời hạn gia hạn phải là số nguyên dương',
          'The extension must be a positive whole number',
        );
      const count = tier.count[category];
      if (!Number.isInteger(count) || count < 0 || (count > 0 && tier.max[category] === null)) {
        add(`extensions.${i}.count.${category}`, 'Số lần gia hạn không hợp lệ', 'Invalid number of extensions');
      }
    });
  }
  return errors;
};

/** Overlapping effective ranges of versions of the same rule (empty when the set is consistent). */
export const validateRuleSet = (rules: RuleSet): FieldError[] => {
  const errors: FieldError[] = rules.flatMap((rule, i) =>
    validateRule(rule).map((e) => ({ ...e, field: `${i}.${e.field}` })),
  );
  rules.forEach((a, i) => {
    rules.forEach((b, j) => {
      if (j <= i || a.id !== b.id) return;
      const aEndsBeforeB = a.effectiveTo !== undefined && compareDates(a.effectiveTo, b.effectiveFrom) < 0;
      const bEndsBeforeA = b.effectiveTo !== undefined && compareDates(b.effectiveTo, a.effectiveFrom) < 0;
      if (!aEndsBeforeB && !bEndsBeforeA) {
        errors.push({
          field: `${j}.effectiveFrom`,
          vi: `Hiệu lực chồng lấn với phiên bản khác của ${a.id}`,
          en: `Effective range overlaps another version of ${a.id}`,
        });
      }
    });
  });
  return errors;
};

export type AddRuleVersionResult = { ok: true; rules: RuleSet } | { ok: false; errors: FieldError[] };

/**
 * A new rule set with `version` in force from its `effectiveFrom`: the open-ended version it follows
 * is closed the day before. Refuses invalid versions and overlapping ranges. Pure: `rules` is not changed.
 */
export const addRuleVersion = (rules: RuleSet, version: DeadlineRule): AddRuleVersionResult => {
  const own = validateRule(version);
  if (own.length > 0) return { ok: false, errors: own };
  const next = rules.map((rule) =>
    rule.id === version.id &&
    rule.effectiveTo === undefined &&
    compareDates(rule.effectiveFrom, version.effectiveFrom) < 0
      ? { ...rule, effectiveTo: addDays(version.effectiveFrom, -1) }
      : rule,
  );
  const candidate = [...next, version];
  const errors = validateRuleSet(candidate);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rules: candidate };
};

import type { LocalizedText } from './day-off.ts';
import type { DeadlineRule, ExtensionTier, LegalBasis, PerCategory, PeriodAmount, PeriodUnit } from './rule-types.ts';

/* Small builders that keep the rule tables close to the wording of the Code. */

/** Law 101/2015/QH13 took effect on 01/01/2018. */
export const CODE_EFFECTIVE_FROM = '2018-01-01';

/** A vi/en text pair. */
export const t = (vi: string, en: string): LocalizedText => ({ vi, en });

/** A basis in the Criminal Procedure Code: article, clause, point, and guidance text if any. */
export const art = (article: number, clause?: number, point?: string, guidance?: string): LegalBasis => ({
  code: 'BLTTHS',
  article,
  ...(clause === undefined ? {} : { clause }),
  ...(point === undefined ? {} : { point }),
  ...(guidance === undefined ? {} : { guidance }),
});

/** An amount of time. */
export const p = (amount: number, unit: PeriodUnit): PeriodAmount => ({ amount, unit });

/** The same value for every crime category. */
export const same = <T>(value: T): PerCategory<T> => each(value, value, value, value);

/** One value per category, in the order of Penal Code Art. 9: minor, serious, very serious, especially serious. */
export const each = <T>(minor: T, serious: T, very_serious: T, especially_serious: T): PerCategory<T> => ({
  minor,
  serious,
  very_serious,
  especially_serious,
});

/** Months per category; null where the category has no such period. */
export const months = (
  a: number | null,
  b: number | null,
  c: number | null,
  d: number | null,
): PerCategory<PeriodAmount | null> => {
  const m = (n: number | null): PeriodAmount | null => (n === null ? null : p(n, 'months'));
  return each(m(a), m(b), m(c), m(d));
};

/** Days per category. */
export const days = (a: number, b: number, c: number, d: number): PerCategory<PeriodAmount> =>
  each(p(a, 'days'), p(b, 'days'), p(c, 'days'), p(d, 'days'));

/** Granted at most once, whatever the category. */
export const once = same(1);

/** An extension tier; extensions add to the period unless `mode` says otherwise. */
export const tier = (fields: Omit<ExtensionTier, 'mode'> & { mode?: ExtensionTier['mode'] }): ExtensionTier => ({
  mode: 'added',
  ...fields,
});

/** A rule version in force from the Code's effective date, counted under Art. 134(1) unless stated. */
export const rule = (
  fields: Omit<DeadlineRule, 'effectiveFrom' | 'extensions' | 'countingRule' | 'dayOffShift'> & Partial<DeadlineRule>,
): DeadlineRule => ({
  effectiveFrom: CODE_EFFECTIVE_FROM,
  extensions: [],
  countingRule: 'art134_general',
  dayOffShift: 'months_only',
  ...fields,
});

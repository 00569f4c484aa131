import { z } from 'zod';
import type { PenaltyRange } from './penalty.ts';

/** Crime categories of Penal Code Art. 9, least to most serious. */
export const CRIME_CATEGORIES = ['minor', 'serious', 'very_serious', 'especially_serious'] as const;
export const ZCrimeCategory = z.enum(CRIME_CATEGORIES);
export type CrimeCategory = z.infer<typeof ZCrimeCategory>;

/** Vietnamese and English names of each category. */
export const CRIME_CATEGORY_LABELS: Record<CrimeCategory, { vi: string; en: string }> = {
  minor: { vi: 'Ít nghiêm trọng', en: 'Minor' },
  serious: { vi: 'Nghiêm trọng', en: 'Serious' },
  very_serious: { vi: 'Rất nghiêm trọng', en: 'Very serious' },
  especially_serious: { vi: 'Đặc biệt nghiêm trọng', en: 'Especially serious' },
};

// Art. 9.1: upper bounds of the range's maximum term of imprisonment, in months.
const MINOR_MAX_MONTHS = 36;
const SERIOUS_MAX_MONTHS = 84;
const VERY_SERIOUS_MAX_MONTHS = 180;

/** Rank of a category; a higher rank is more serious. */
export const categoryRank = (category: CrimeCategory): number => CRIME_CATEGORIES.indexOf(category);

/** Orders categories from least to most serious, for `Array.prototype.sort`. */
export const compareCategories = (a: CrimeCategory, b: CrimeCategory): number => categoryRank(a) - categoryRank(b);

/** The category that the maximum of a penalty range puts a crime in (Art. 9.1). */
export const categoryOf = (penalty: PenaltyRange): CrimeCategory => {
  if (penalty.kinds.includes('death') || penalty.kinds.includes('life')) return 'especially_serious';
  if (!penalty.kinds.includes('imprisonment')) return 'minor';
  if (penalty.maxMonths === undefined) throw new Error('an imprisonment range needs maxMonths');
  if (penalty.maxMonths <= MINOR_MAX_MONTHS) return 'minor';
  if (penalty.maxMonths <= SERIOUS_MAX_MONTHS) return 'serious';
  if (penalty.maxMonths <= VERY_SERIOUS_MAX_MONTHS) return 'very_serious';
  return 'especially_serious';
};

/** The most serious of some categories (a case takes its most serious charge); undefined for none. */
export const mostSerious = (categories: readonly CrimeCategory[]): CrimeCategory | undefined =>
  categories.reduce<CrimeCategory | undefined>(
    (worst, c) => (worst === undefined || categoryRank(c) > categoryRank(worst) ? c : worst),
    undefined,
  );

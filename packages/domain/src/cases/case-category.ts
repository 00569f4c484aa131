import { type Charge, catalogueFor, categoryOfCharge } from '../penal-code/catalogue.ts';
import { type CrimeCategory, mostSerious } from '../penal-code/categories.ts';
import type { LegalDate } from '../procedure/calendar.ts';

/** A charge as stored: a database row may hold `null` where no point (điểm) applies. */
export type StoredCharge = Omit<Charge, 'point'> & { point?: string | null };

/**
 * The case's crime category: the most serious of its charges under the Penal Code catalogue in
 * force on `onDate` (default: the latest), since a case takes its most serious crime (Penal Code
 * Art. 9). Joining cases (Art. 170, 242 CPC) applies the same function to the union of their
 * charges. Undefined when no charge has a penalty range, or no catalogue was in force on `onDate`.
 */
export const caseCategory = (charges: readonly StoredCharge[], onDate?: LegalDate): CrimeCategory | undefined => {
  const catalogue = onDate === undefined ? undefined : catalogueFor(onDate);
  if (onDate !== undefined && !catalogue) return undefined;
  const categories = charges.map(({ article, clause, point }) =>
    categoryOfCharge({ article, clause, ...(point ? { point } : {}) }, catalogue),
  );
  return mostSerious(categories.filter((c) => c !== undefined));
};

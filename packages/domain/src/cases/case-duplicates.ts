import { foldText, parseArticleRef } from '../penal-code/catalogue.ts';
import { daysBetween, isLegalDate } from '../procedure/calendar.ts';
import type { CaseSnapshot } from './case-snapshot.ts';
import { matchPersons } from './person-match.ts';

export type CaseDuplicateReason = 'same_opening_decision' | 'same_defendants_and_article';
export type CaseDuplicatePair = { a: string; b: string; score: number; reasons: CaseDuplicateReason[] };

/** Defendant matches at least this strong count as the same person for case duplicates. */
export const SAME_PERSON_SCORE = 0.9;

const decisionKey = (c: CaseSnapshot): string | undefined => {
  const number = c.opening?.number ? foldText(c.opening.number).replace(/\s+/g, '') : '';
  const year = c.opening?.date?.slice(0, 4);
  return number && year ? `${c.officeId}|${number}|${year}` : undefined;
};

const articlesOf = (c: CaseSnapshot): Set<string> =>
  new Set(
    [...c.charges, ...c.defendants.flatMap((d) => d.charges)]
      .map((charge) => parseArticleRef(charge.article))
      .filter((ref) => ref !== undefined)
      .map((ref) => `${ref.number}${ref.suffix ?? ''}`),
  );

const sameDefendants = (a: CaseSnapshot, b: CaseSnapshot): boolean => {
  const [few, many] = a.defendants.length <= b.defendants.length ? [a, b] : [b, a];
  return (
    few.defendants.length > 0 &&
    few.defendants.every((d) => many.defendants.some((e) => (matchPersons(d, e)?.score ?? 0) >= SAME_PERSON_SCORE))
  );
};

const openedWithin = (a: CaseSnapshot, b: CaseSnapshot, days: number): boolean => {
  const [x, y] = [a.opening?.date, b.opening?.date];
  return isLegalDate(x) && isLegalDate(y) && Math.abs(daysBetween(x, y)) <= days;
};

/**
 * Cases that may be recorded twice (sạch): the same office and opening decision number in the same year,
 * or the same defendants charged under the same article and opened within `withinDays` of each other.
 */
export const findDuplicateCases = (cases: readonly CaseSnapshot[], withinDays = 30): CaseDuplicatePair[] => {
  const pairs: CaseDuplicatePair[] = [];
  cases.forEach((a, i) => {
    for (const b of cases.slice(i + 1)) {
      const reasons: CaseDuplicateReason[] = [];
      const key = decisionKey(a);
      if (key && key === decisionKey(b)) reasons.push('same_opening_decision');
      const shared = [...articlesOf(a)].some((article) => articlesOf(b).has(article));
      if (shared && openedWithin(a, b, withinDays) && sameDefendants(a, b)) reasons.push('same_defendants_and_article');
      if (reasons.length > 0)
        pairs.push({ a: a.id, b: b.id, score: reasons.includes('same_opening_decision') ? 1 : 0.8, reasons });
    }
  });
  return pairs.sort((p, q) => q.score - p.score);
};

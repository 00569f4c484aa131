import type { FieldError } from '../errors/codes.ts';
import type { LegalDate } from '../procedure/calendar.ts';
import type { ProcedureCategory } from '../procedure/rule-types.ts';
import type { CaseSnapshot } from './case-snapshot.ts';
import { validateCaseSnapshot } from './case-validation.ts';
import { assessCompleteness, type Completeness } from './completeness.ts';
import { validateDefendantMeasures } from './measure-validation.ts';

export type DataQuality = { completeness: Completeness; errors: FieldError[] };

/**
 * "Đúng, đủ" for one case: completeness for its stage, and every validation error — the case's dates,
 * charges and people, and each defendant's preventive measures under the case's crime category.
 * Duplicates ("sạch") span many records: see `findDuplicatePersons` and `findDuplicateCases`.
 */
export const assessDataQuality = (
  snapshot: CaseSnapshot,
  { today, category }: { today: LegalDate; category?: ProcedureCategory },
): DataQuality => {
  const measureErrors = category
    ? snapshot.defendants.flatMap((d, i) =>
        d.measures.length === 0
          ? []
          : validateDefendantMeasures(d.measures, { category }).map((e) => ({
              ...e,
              field: `defendants.${i}.${e.field}`,
            })),
      )
    : [];
  return {
    completeness: assessCompleteness(snapshot),
    errors: [...validateCaseSnapshot(snapshot, today), ...measureErrors],
  };
};

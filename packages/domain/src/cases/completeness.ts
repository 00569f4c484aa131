import { formatBasis } from '../procedure/rule-set.ts';
import {
  CASE_REQUIREMENTS,
  DEFENDANT_REQUIREMENTS,
  type Requirement,
  VICTIM_REQUIREMENTS,
} from './case-requirements.ts';
import { type CaseSnapshot, isStageAtLeast, type QualityStage, qualityStageOf } from './case-snapshot.ts';

export type MissingField = { field: string; vi: string; en: string; requiredFrom: QualityStage };
export type Completeness = { score: number; missing: MissingField[] };

/** How complete a case's data is for its stage (đủ): a 0–100 score and each missing field with the stage that needs it. */
export const assessCompleteness = (snapshot: CaseSnapshot): Completeness => {
  const stage = qualityStageOf(snapshot);
  const missing: MissingField[] = [];
  let applicable = 0;
  const check = <T>(requirements: readonly Requirement<T>[], record: T, prefix: string): void => {
    for (const r of requirements) {
      if (!isStageAtLeast(stage, r.requiredFrom) || (r.appliesTo && !r.appliesTo(record))) continue;
      applicable += 1;
      if (r.isPresent(record)) continue;
      const basis = r.basis ? formatBasis(r.basis) : undefined;
      missing.push({
        field: `${prefix}${r.field}`,
        vi: `Thiếu ${r.label.vi}${basis ? ` (${basis.vi})` : ''}`,
        en: `Missing ${r.label.en}${basis ? ` (${basis.en})` : ''}`,
        requiredFrom: r.requiredFrom,
      });
    }
  };
  check(CASE_REQUIREMENTS, snapshot, '');
  snapshot.defendants.forEach((d, i) => {
    check(DEFENDANT_REQUIREMENTS, d, `defendants.${i}.`);
  });
  snapshot.victims.forEach((v, i) => {
    check(VICTIM_REQUIREMENTS, v, `victims.${i}.`);
  });
  const score = applicable === 0 ? 100 : Math.floor((100 * (applicable - missing.length)) / applicable);
  return { score, missing };
};

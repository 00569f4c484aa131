import type { FieldError } from '../errors/codes.ts';
import { type Secrecy, secrecyRank } from '../identity/vocab.ts';
import { foldText } from '../penal-code/catalogue.ts';
import type { CaseStage } from '../procedure/stage-transitions.ts';
import { type CaseDuplicatePair, type CaseDuplicateReason, SAME_PERSON_SCORE } from './case-duplicates.ts';
import { isStageAtLeast, type QualityStage, qualityStageOf } from './case-snapshot.ts';
import { findDecisionType } from './decision-types.ts';
import { type MatchReason, matchPersons, type PersonRecord } from './person-match.ts';

/** GET /api/cases/:id/duplicates: a person of the case and the records that may be the same person. */
export type PersonDuplicate = {
  personId: string;
  fullName: string;
  sameCase: { personId: string; fullName: string; score: number; reasons: MatchReason[] }[];
  otherCases: {
    caseId: string;
    caseCode: string;
    personId: string;
    fullName: string;
    role: string;
    score: number;
    reasons: MatchReason[];
  }[];
};
/** GET /api/cases/:id/duplicates: another case that may be this one registered twice. */
export type CaseDuplicate = {
  caseId: string;
  caseCode: string;
  title: string;
  stage: CaseStage;
  score: number;
  reasons: CaseDuplicateReason[];
};
export type CaseDuplicates = { persons: PersonDuplicate[]; cases: CaseDuplicate[] };

/** A decision as the merge compares records: its type, number, date and workflow state. */
export type MergeDecision = { typeCode: string; number: string | null; date: string; state: string };

const PROCURACY_OPEN_STATES: readonly string[] = ['draft', 'submitted', 'approved', 'returned_for_revision'];

/**
 * Whether someone must still act on the decision: the procuracy's own draft not yet issued or withdrawn,
 * or another body's decision the procuracy must still approve or review within a time limit (e.g. a
 * detention order, Art. 119(5) CPC). A retired record can no longer be acted on, and its time limits stop.
 */
const isOpen = (d: MergeDecision): boolean => {
  const type = findDecisionType(d.typeCode);
  if (!type) return false;
  if (type.issuer === 'procuracy') return !type.recordOnly && PROCURACY_OPEN_STATES.includes(d.state);
  return d.state === 'recorded' && (type.approvalDeadline !== undefined || type.procuracyReview !== undefined);
};

const sameDecision = (a: MergeDecision, b: MergeDecision): boolean =>
  a.typeCode === b.typeCode &&
  (a.number && b.number
    ? foldText(a.number).replace(/\s+/g, '') === foldText(b.number).replace(/\s+/g, '')
    : a.date.slice(0, 10) === b.date.slice(0, 10));

/** Open decisions of the duplicate that the case kept does not hold too (same type, and same number or date). */
export const decisionsLeftOpen = (
  duplicate: readonly MergeDecision[],
  kept: readonly MergeDecision[],
): MergeDecision[] => duplicate.filter((d) => isOpen(d) && !kept.some((k) => sameDecision(d, k)));

/** What the merge rules need to know about each of the two records. */
export type MergeCaseFacts = {
  id: string;
  officeId: string;
  stage: CaseStage;
  reachedStage?: QualityStage | undefined;
  secrecy: Secrecy;
  mergedInto: string | null;
  /** Decisions of this record still awaiting an act (`decisionsLeftOpen`); counted for the duplicate only. */
  openDecisionCount: number;
};

const refusal = (field: string, vi: string, en: string): FieldError => ({ field, vi, en });

/**
 * Why merging the record `duplicate` into `kept` is refused; empty when it may go ahead. This is the
 * cleaning of one case registered twice, not the joining of two cases (Art. 170(1) CPC), which takes a
 * decision: so the two must be detected as the same case (`pair`, from `findDuplicateCases`), of one office,
 * both still being handled (closed by Art. 147(1)(b), 230, 248, 282 or a final judgment, Art. 343, are history),
 * and the record kept must be at least as far on and at least as secret as the duplicate. `field` is `id`
 * for the duplicate (the path) and `intoCaseId` for the record kept.
 */
export const caseMergeRefusals = ({
  duplicate,
  kept,
  pair,
}: {
  duplicate: MergeCaseFacts;
  kept: MergeCaseFacts;
  pair: CaseDuplicatePair | undefined;
}): FieldError[] => {
  if (duplicate.id === kept.id) {
    return [refusal('intoCaseId', 'Không thể hợp nhất vụ án vào chính nó', 'A case cannot be merged into itself')];
  }
  const errors: FieldError[] = [];
  if (kept.mergedInto) {
    errors.push(
      refusal(
        'intoCaseId',
        'Vụ án giữ lại đã được nhập vào vụ án khác',
        'The case to keep has itself been merged into another',
      ),
    );
  }
  if (kept.officeId !== duplicate.officeId) {
    errors.push(
      refusal(
        'intoCaseId',
        'Chỉ hợp nhất hồ sơ trùng của cùng một đơn vị',
        'Only records of the same office can be merged',
      ),
    );
  }
  for (const [field, facts, vi, en] of [
    ['id', duplicate, 'Hồ sơ trùng', 'The duplicate record'],
    ['intoCaseId', kept, 'Vụ án giữ lại', 'The case to keep'],
  ] as const) {
    if (facts.stage === 'closed' || facts.stage === 'terminated') {
      errors.push(refusal(field, `${vi} đã kết thúc, không hợp nhất được`, `${en} is closed and cannot be merged`));
    }
  }
  if (duplicate.openDecisionCount > 0) {
    errors.push(
      refusal(
        'id',
        `Hồ sơ trùng còn ${duplicate.openDecisionCount} quyết định chưa xử lý xong; xử lý hoặc rút trước khi hợp nhất`,
        `The duplicate record has ${duplicate.openDecisionCount} decision(s) still in progress; settle or withdraw them first`,
      ),
    );
  }
  if (!isStageAtLeast(qualityStageOf(kept), qualityStageOf(duplicate))) {
    errors.push(
      refusal(
        'intoCaseId',
        'Hồ sơ trùng đã đến giai đoạn tố tụng sau hơn; hãy giữ hồ sơ đó và hợp nhất vụ này vào',
        'The duplicate has reached a later stage; keep that record and merge this one into it',
      ),
    );
  }
  if (secrecyRank(kept.secrecy) < secrecyRank(duplicate.secrecy)) {
    errors.push(
      refusal(
        'intoCaseId',
        'Vụ án giữ lại có độ mật thấp hơn hồ sơ trùng',
        'The case to keep is less secret than the duplicate record',
      ),
    );
  }
  if (!pair) {
    errors.push(
      refusal(
        'intoCaseId',
        'Hai vụ án không có dấu hiệu trùng (cùng quyết định khởi tố, hoặc cùng bị can và tội danh); nhập vụ án theo Điều 170 BLTTHS phải có quyết định',
        'The two cases do not look like one case registered twice; joining cases (Art. 170 CPC) takes a decision',
      ),
    );
  }
  return errors;
};

export type MergePerson = PersonRecord & { role: string; kind: string };
export type MergeCharge = {
  id: string;
  personId: string | null;
  article: string;
  clause: number | null;
  point: string | null;
  withdrawn: boolean;
};
export type MergeMeasure = { id: string; personId: string; kind: string; start: string };
export type MergeEvidence = { id: string; description: string; seizedOn: string | null };
/** One record's live persons (not merged away), all its charges, measures and evidence, and its links. */
export type MergeSide = {
  persons: readonly MergePerson[];
  charges: readonly MergeCharge[];
  measures: readonly MergeMeasure[];
  evidence: readonly MergeEvidence[];
  crimeReportId: string | null;
  externalRef: string | null;
};

/** What merging a duplicate record into the case kept writes. */
export type CaseMergePlan = {
  /** Persons of the duplicate who are a person of the case kept: marked merged into that person. */
  mergedPersons: { personId: string; intoPersonId: string; score: number; reasons: MatchReason[] }[];
  /** Persons who are not: they move to the case kept with all their charges and measures. */
  movedPersons: string[];
  /** Charges moving to the case kept, with the person they now belong to. */
  movedCharges: { id: string; personId: string | null }[];
  movedMeasures: { id: string; personId: string }[];
  movedEvidence: string[];
  /** The crime report and legacy reference follow the record kept when it has none of its own. */
  movedLinks: { crimeReportId?: string; externalRef?: string };
};

const chargeKey = (personId: string | null, c: MergeCharge) =>
  `${personId ?? ''}|${c.article.toLowerCase()}|${c.clause ?? ''}|${(c.point ?? '').toLowerCase()}`;
const measureKey = (personId: string, m: MergeMeasure) => `${personId}|${m.kind}|${m.start.slice(0, 10)}`;
const evidenceKey = (e: MergeEvidence) => `${foldText(e.description)}|${e.seizedOn ?? ''}`;

/** The person of the case kept that `person` is, by the same rule as duplicate detection; best score, then earliest. */
const sameAs = (person: MergePerson, kept: readonly MergePerson[]) => {
  let best: { into: MergePerson; score: number; reasons: MatchReason[] } | undefined;
  for (const candidate of kept) {
    if (candidate.role !== person.role || candidate.kind !== person.kind) continue;
    const match = matchPersons(person, candidate);
    if (match && match.score >= SAME_PERSON_SCORE && match.score > (best?.score ?? 0)) {
      best = { into: candidate, ...match };
    }
  }
  return best;
};

/**
 * Plans the merge of a duplicate record into the case kept. A person of both keeps the kept record; their
 * live charges and measures move over only when the case kept lacks them (same article, clause and point;
 * same kind of measure from the same day), so nothing is counted twice, and the rest stays on the retired
 * record as its history. Other persons move with everything of theirs; evidence moves unless the case
 * kept has the same item (same description, same seizure date). Decisions and events stay where they were.
 */
export const planCaseMerge = (duplicate: MergeSide, kept: MergeSide): CaseMergePlan => {
  const plan: CaseMergePlan = {
    mergedPersons: [],
    movedPersons: [],
    movedCharges: [],
    movedMeasures: [],
    movedEvidence: [],
    movedLinks: {},
  };
  const into = new Map<string, string>();
  for (const person of duplicate.persons) {
    const match = sameAs(person, kept.persons);
    if (match) {
      into.set(person.id, match.into.id);
      plan.mergedPersons.push({
        personId: person.id,
        intoPersonId: match.into.id,
        score: match.score,
        reasons: match.reasons,
      });
    } else plan.movedPersons.push(person.id);
  }
  const moved = new Set(plan.movedPersons);
  const charges = new Set(kept.charges.filter((c) => !c.withdrawn).map((c) => chargeKey(c.personId, c)));
  for (const charge of duplicate.charges) {
    if (charge.personId !== null && moved.has(charge.personId)) {
      plan.movedCharges.push({ id: charge.id, personId: charge.personId });
      continue;
    }
    const owner = charge.personId === null ? null : into.get(charge.personId);
    if (owner === undefined || charge.withdrawn || charges.has(chargeKey(owner, charge))) continue;
    charges.add(chargeKey(owner, charge));
    plan.movedCharges.push({ id: charge.id, personId: owner });
  }
  const measures = new Set(kept.measures.map((m) => measureKey(m.personId, m)));
  for (const measure of duplicate.measures) {
    if (moved.has(measure.personId)) {
      plan.movedMeasures.push({ id: measure.id, personId: measure.personId });
      continue;
    }
    const owner = into.get(measure.personId);
    if (owner === undefined || measures.has(measureKey(owner, measure))) continue;
    measures.add(measureKey(owner, measure));
    plan.movedMeasures.push({ id: measure.id, personId: owner });
  }
  const evidence = new Set(kept.evidence.map(evidenceKey));
  for (const item of duplicate.evidence) {
    if (evidence.has(evidenceKey(item))) continue;
    evidence.add(evidenceKey(item));
    plan.movedEvidence.push(item.id);
  }
  if (duplicate.crimeReportId && !kept.crimeReportId) plan.movedLinks.crimeReportId = duplicate.crimeReportId;
  if (duplicate.externalRef && !kept.externalRef) plan.movedLinks.externalRef = duplicate.externalRef;
  return plan;
};

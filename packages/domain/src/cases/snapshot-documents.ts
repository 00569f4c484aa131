import { compareDates, datePart } from '../procedure/calendar.ts';
import type { CaseAct } from '../procedure/stage-transitions.ts';
import type { CaseSnapshot, SnapshotDocument } from './case-snapshot.ts';
import { DECISION_TYPES, type DecisionType } from './decision-types.ts';

/** A decision of the case as stored: its type, number, date (or moment) and whether it took effect. */
export type RecordedDecision = {
  typeCode: string;
  number?: string | null;
  decisionDate: string;
  inEffect: boolean;
};

/** Acts that send the file back to the investigation (Art. 245, 280, 326(3)(a), 358). */
const SENDS_BACK: readonly CaseAct[] = ['return_for_supplementary_investigation', 'annul_for_reinvestigation'];

const latestOf = (decisions: readonly RecordedDecision[], isWanted: (code: string) => boolean) =>
  decisions
    .filter((d) => d.inEffect && isWanted(d.typeCode))
    .reduce<RecordedDecision | undefined>(
      (last, d) => (!last || compareDates(datePart(d.decisionDate), datePart(last.decisionDate)) >= 0 ? d : last),
      undefined,
    );

const documentOf = (decision: RecordedDecision | undefined): SnapshotDocument | undefined =>
  decision && {
    ...(decision.number ? { number: decision.number } : {}),
    date: datePart(decision.decisionDate),
  };

/**
 * The procedural documents of a case as the data-quality checks read them: the latest investigation
 * conclusion, indictment and first-instance judgment in effect, and the days the file was sent back for
 * investigation, which tell the documents of an earlier round from those of a later one.
 */
export const snapshotDocumentsOf = (
  decisions: readonly RecordedDecision[],
  types: readonly DecisionType[] = DECISION_TYPES,
): Pick<CaseSnapshot, 'conclusion' | 'indictment' | 'judgment' | 'returnDates'> => {
  const sendsBack = new Set(types.filter((t) => t.stageAct && SENDS_BACK.includes(t.stageAct)).map((t) => t.code));
  const returnDates = decisions
    .filter((d) => d.inEffect && sendsBack.has(d.typeCode))
    .map((d) => datePart(d.decisionDate))
    .sort(compareDates);
  const conclusion = documentOf(latestOf(decisions, (code) => code === 'conclude_investigation_prosecute'));
  const indictment = documentOf(latestOf(decisions, (code) => code === 'indictment'));
  const judgment = documentOf(latestOf(decisions, (code) => code === 'first_instance_judgment'));
  return {
    ...(conclusion ? { conclusion } : {}),
    ...(indictment ? { indictment } : {}),
    ...(judgment ? { judgment } : {}),
    ...(returnDates.length > 0 ? { returnDates } : {}),
  };
};

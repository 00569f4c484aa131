import {
  type CaseImportColumn,
  compareDates,
  computeMeasureEnd,
  custodyDaysServed,
  datePart,
  type LegalDate,
  MEASURE_STAGES,
  type MeasureStage,
  measureRuleId,
  type PreventiveMeasure,
  type ProcedureCategory,
  validateDefendantMeasures,
} from '@eprocuracy/domain';
import { newId } from '../../../platform/ids.ts';
import type { DefendantGroup, MeasureEntry } from './import-group.ts';
import { fitMeasureEnd } from './import-measure-end.ts';

/** Where the case stood over time: before `openedOn` a crime report, then investigation, from `stageDate` its stage. */
export type StageTimeline = { openedOn: LegalDate; stage: string; stageDate?: LegalDate };

export type PlannedMeasure = { entry: MeasureEntry; measure: PreventiveMeasure };

const stageAt = (timeline: StageTimeline, start: string): string => {
  const day = datePart(start);
  if (compareDates(day, timeline.openedOn) < 0) return 'crime_report';
  if (timeline.stageDate && compareDates(day, timeline.stageDate) >= 0) return timeline.stage;
  return 'investigation';
};

/** Custody runs from the hour (Art. 118(1)); a legacy date without one is read from midnight, so no deadline comes late. */
const startOf = (entry: MeasureEntry) =>
  (entry.kind === 'custody' || entry.kind === 'arrest') && entry.start.length === 10
    ? `${entry.start}T00:00`
    : entry.start;

const COLUMN_OF_FIELD: Record<string, CaseImportColumn> = {
  start: 'measure_start',
  orderedEnd: 'measure_end',
  ordered: 'measure_end',
  endedAt: 'measure_end',
  extensions: 'measure_end',
};

/**
 * The defendant's preventive measures as the domain keeps them: each at the stage the case was in when it
 * started, its end turned into an ordered length or extensions, a custody it was replaced by a detention
 * ended there and its days deducted from the first detention (Art. 118(4)); then checked together by the
 * domain (overlaps, legal maxima, Art. 173, 241). Errors go on the rows that gave the measures.
 */
export const planMeasures = (
  defendant: DefendantGroup,
  personId: string,
  timeline: StageTimeline,
  category: ProcedureCategory,
  today: LegalDate,
): PlannedMeasure[] => {
  const planned: PlannedMeasure[] = [];
  const entries = [...defendant.measures].sort((a, b) => compareDates(startOf(a), startOf(b)));
  let isDeducted = false;
  for (const entry of entries) {
    const start = startOf(entry);
    const stage = stageAt(timeline, start);
    if (compareDates(datePart(start), today) > 0) {
      entry.row.errors.push({ field: 'measure_start', vi: 'Không được sau hôm nay', en: 'May not be after today' });
      continue;
    }
    if (!MEASURE_STAGES.includes(stage as MeasureStage)) {
      entry.row.errors.push({
        field: 'measure_start',
        vi: 'Không áp dụng biện pháp ngăn chặn khi vụ án đã tạm đình chỉ hoặc đình chỉ',
        en: 'No preventive measure once the case is suspended or terminated',
      });
      continue;
    }
    const measure: PreventiveMeasure = {
      id: newId(),
      defendantId: personId,
      kind: entry.kind,
      stage: stage as MeasureStage,
      start,
      extensions: [],
    };
    if (entry.kind === 'detention' && measureRuleId('detention', measure.stage) && !isDeducted) {
      isDeducted = true;
      const served = endCustodyAt(planned, start, category);
      if (served > 0) measure.custodyDaysDeducted = served;
    }
    const fitted = fitMeasureEnd(measure, entry.end, category, today);
    if (fitted.ok) planned.push({ entry, measure: fitted.measure });
    else entry.row.errors.push({ field: 'measure_end', vi: fitted.vi, en: fitted.en });
  }
  if (planned.length === 0) return planned;
  const problems = validateDefendantMeasures(
    planned.map((p) => p.measure),
    { category },
  );
  for (const problem of problems) {
    const [, index, field] = problem.field.split('.');
    const entry = planned[Number(index)]?.entry ?? entries[0];
    entry?.row.errors.push({ ...problem, field: COLUMN_OF_FIELD[field ?? ''] ?? 'measure' });
  }
  return planned;
};

/** Ends each custody still running when a detention starts there, and counts the custody days served. */
const endCustodyAt = (planned: PlannedMeasure[], detentionStart: string, category: ProcedureCategory) => {
  let served = 0;
  const at = `${datePart(detentionStart)}T00:00`;
  for (const p of planned) {
    if (p.measure.kind !== 'custody') continue;
    const end = computeMeasureEnd(p.measure, category);
    if (end.ok && compareDates(end.end, at) > 0) {
      p.measure = { ...p.measure, endedAt: compareDates(at, p.measure.start) < 0 ? p.measure.start : at };
    }
    served += custodyDaysServed(p.measure, category);
  }
  return served;
};

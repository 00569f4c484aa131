import {
  computeMeasureEnd,
  custodyDaysServed,
  type DecisionType,
  MEASURE_STAGES,
  type MeasureStage,
  type ProcedureCategory,
  type RecordDecisionInput,
  validateDefendantMeasures,
} from '@eprocuracy/domain';
import type { Db } from '../../platform/db.ts';
import { invalid } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { measureOf } from './case-derived.ts';
import * as repo from './cases.repo.ts';

type MeasureChange = { decisionId: string; subjectId: string; type: DecisionType; input: RecordDecisionInput };

const isLive = (m: repo.MeasureRow) => m.endedAt === null;

/**
 * What a decision in effect does to the defendant's preventive measures: applies a new one (ending a custody
 * it replaces and deducting the custody days, Art. 118(4)), extends the live one of its kind, or ends them.
 * The defendant's measures are then checked by the domain (periods, overlaps, legal maxima, Art. 173, 241).
 */
export const applyMeasureEffect = async (
  tx: Db,
  row: repo.CaseRow,
  change: MeasureChange,
  category: ProcedureCategory,
): Promise<Record<string, unknown> | null> => {
  const effect = change.type.measure;
  if (!effect) return null;
  const all = await repo.measuresOf(tx, row.id, change.subjectId);
  const date = change.input.date;
  if (effect.effect === 'end') {
    for (const m of all.filter(isLive)) await repo.updateMeasure(tx, m.id, { endedAt: date });
    return { ended: all.filter(isLive).map((m) => m.kind) };
  }
  if (effect.kind === 'any') return null;
  if (effect.effect === 'extend') {
    const live = all.find((m) => isLive(m) && m.kind === effect.kind);
    if (!live) {
      throw invalid([
        {
          field: 'subjectId',
          vi: 'Bị can không có biện pháp này đang áp dụng',
          en: 'The defendant has no such live measure',
        },
      ]);
    }
    const extension = {
      ...change.input.period,
      grantedOn: date.slice(0, 10),
      ...(change.input.tier !== undefined ? { tier: change.input.tier } : {}),
    };
    const extensions = [...live.extensions, extension];
    await repo.updateMeasure(tx, live.id, { extensions });
    await assertValid(tx, row, change.subjectId, category, live.id);
    return { measureId: live.id, kind: live.kind, extension };
  }
  const stage = row.stage as MeasureStage;
  if (!MEASURE_STAGES.includes(stage)) {
    throw invalid([
      {
        field: 'typeCode',
        vi: 'Không áp dụng biện pháp ngăn chặn ở giai đoạn này',
        en: 'No preventive measure at this stage',
      },
    ]);
  }
  let custodyDaysDeducted: number | null = null;
  if (effect.kind === 'detention') {
    const custody = all.filter((m) => m.kind === 'custody');
    for (const m of custody.filter(isLive)) await repo.updateMeasure(tx, m.id, { endedAt: date });
    const served = custody.reduce(
      (days, m) => days + custodyDaysServed({ ...measureOf(m), endedAt: m.endedAt ?? date }, category),
      0,
    );
    custodyDaysDeducted = served > 0 ? served : null;
  }
  const measureId = newId();
  await repo.insertMeasure(tx, {
    id: measureId,
    caseId: row.id,
    personId: change.subjectId,
    kind: effect.kind,
    stage,
    start: date,
    ordered: change.input.period ?? null,
    orderedEnd: change.input.measureEnd ?? null,
    extensions: [],
    custodyDaysDeducted,
    decisionId: change.decisionId,
  });
  await assertValid(tx, row, change.subjectId, category, measureId);
  return { measureId, kind: effect.kind, start: date, custodyDaysDeducted };
};

/** Refuses the write when the defendant's measures no longer make sense under the law. */
const assertValid = async (
  tx: Db,
  row: repo.CaseRow,
  subjectId: string,
  category: ProcedureCategory,
  changedId: string,
) => {
  const measures = (await repo.measuresOf(tx, row.id, subjectId)).map(measureOf);
  const changed = measures.find((m) => m.id === changedId);
  const end = changed && computeMeasureEnd(changed, category);
  if (end && !end.ok) {
    throw invalid([
      { field: end.field === 'orderedEnd' ? 'measureEnd' : 'period', vi: end.reason.vi, en: end.reason.en },
    ]);
  }
  const errors = validateDefendantMeasures(measures, { category });
  if (errors.length > 0) throw invalid(errors.map((e) => ({ ...e, field: `measures.${e.field}` })));
};

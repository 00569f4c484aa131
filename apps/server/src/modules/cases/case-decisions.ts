import {
  applyDecisionToLedger,
  type CaseDetail,
  type CaseLedger,
  compareDates,
  type DecisionActionInput,
  type DecisionType,
  type ExternalDecisionAction,
  type ExternalDecisionState,
  findDecisionType,
  isDecisionInEffect,
  nextDecisionState,
  nextExternalDecisionState,
  openingLedger,
  type ProcedureCategory,
  type ProcuracyDecisionAction,
  type ProcuracyDecisionState,
  QUALITY_STAGES,
  type QualityStage,
  type RecordDecisionInput,
  ZDecisionActionInput,
  ZRecordDecisionInput,
} from '@eprocuracy/domain';
import { diffFields } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { procedureCategory } from './case-derived.ts';
import { applyMeasureEffect } from './case-measures.ts';
import { restructure, restructureDetails } from './case-restructure.ts';
import { changeCase } from './case-writes.ts';
import * as repo from './cases.repo.ts';
import { ledgerRefusal } from './ledger-refusal.ts';

const ledgerOf = (row: repo.CaseRow): CaseLedger => ({ state: row.stageState, periods: row.periods });

/** The furthest stage of procedure the case has reached, for judging its data once closed or suspended. */
const furthest = (before: string, now: string): string => {
  const [a, b] = [QUALITY_STAGES.indexOf(before as QualityStage), QUALITY_STAGES.indexOf(now as QualityStage)];
  return b > a ? now : before;
};

const inEffectOf = (row: repo.DecisionRow) => ({
  id: row.id,
  typeCode: row.typeCode,
  date: row.decisionDate,
  ...(row.period ? { period: row.period } : {}),
  ...(row.tier !== null ? { tier: row.tier } : {}),
  ...(row.returnedBy ? { returnedBy: row.returnedBy as 'presiding_judge' | 'trial_panel' } : {}),
});

/** Applies a decision that has just taken effect: stage, periods (through the domain) and measures. */
const takeEffect = async (tx: Db, ctx: Ctx, row: repo.CaseRow, decision: repo.DecisionRow, type: DecisionType) => {
  const category = procedureCategory(row);
  const applied = applyDecisionToLedger(ledgerOf(row), inEffectOf(decision), undefined, category);
  if (!applied.ok) throw ledgerRefusal(applied);
  const { state, periods } = applied.ledger;
  await repo.updateCase(tx, row.id, {
    stage: state.stage,
    stageState: state,
    periods,
    reachedStage: furthest(row.reachedStage, state.stage),
  });
  const measure = decision.subjectId
    ? await applyMeasureEffect(
        tx,
        { ...row, stage: row.stage },
        { decisionId: decision.id, subjectId: decision.subjectId, type, input: inputOf(decision) },
        category,
      )
    : null;
  const restructured = await restructure(tx, ctx, row, decision, type);
  return { stage: state.stage, basis: applied.basis, measure, ...(restructured ?? {}) };
};

const inputOf = (d: repo.DecisionRow): RecordDecisionInput => ({
  typeCode: d.typeCode,
  date: d.decisionDate,
  ...(d.period ? { period: d.period } : {}),
  ...(d.tier !== null ? { tier: d.tier } : {}),
  ...(d.measureEnd ? { measureEnd: d.measureEnd } : {}),
});

/** Rebuilds stage and periods from every decision still in effect (after one is annulled). */
const replayLedger = async (tx: Db, row: repo.CaseRow, category: ProcedureCategory) => {
  let ledger = openingLedger();
  for (const d of await repo.decisionsInEffect(tx, row.id)) {
    const applied = applyDecisionToLedger(ledger, inEffectOf(d), undefined, category);
    if (applied.ok) ledger = applied.ledger;
  }
  await repo.updateCase(tx, row.id, { stage: ledger.state.stage, stageState: ledger.state, periods: ledger.periods });
};

const checkDates = (input: RecordDecisionInput, now: string) => {
  if (compareDates(input.date.slice(0, 10), now) > 0) {
    throw invalid([
      { field: 'date', vi: 'Ngày quyết định không được ở tương lai', en: 'The decision date may not be in the future' },
    ]);
  }
  if (input.receivedAt && input.receivedAt < input.date) {
    throw invalid([
      {
        field: 'receivedAt',
        vi: 'Ngày nhận không được trước ngày quyết định',
        en: 'Received before the decision was made',
      },
    ]);
  }
};

const typeOrRefuse = (code: string): DecisionType => {
  const type = findDecisionType(code);
  if (!type || type.appliesTo === 'crime_report') {
    throw invalid([
      { field: 'typeCode', vi: 'Không có loại quyết định này đối với vụ án', en: 'No such decision type for a case' },
    ]);
  }
  if (type.respondsTo) {
    throw invalid([
      {
        field: 'typeCode',
        vi: 'Phê chuẩn, không phê chuẩn hoặc hủy bỏ được thực hiện trên chính quyết định cần trả lời',
        en: 'Approval, refusal or annulment is an action on the decision it answers',
      },
    ]);
  }
  return type;
};

/**
 * Records a decision on the case. The procuracy's own is a draft until a leader approves and it is issued;
 * another body's takes effect at once unless it needs the procuracy's approval (e.g. detention, Art. 119(4)).
 * An act the case's stage does not allow is refused with its article, before anything is written.
 */
export const recordDecision = async (
  ctx: Ctx,
  options: { id: string; input: RecordDecisionInput },
): Promise<CaseDetail> => {
  const input = ZRecordDecisionInput.parse(options.input);
  const type = typeOrRefuse(input.typeCode);
  checkDates(input, todayInVietnam());
  const details = await restructureDetails(ctx, options.id, type, input);
  return changeCase(ctx, options.id, async (tx, row) => {
    if (row.stage === 'closed' || row.stage === 'terminated') {
      throw invalid([
        {
          field: 'typeCode',
          vi: 'Vụ án đã kết thúc hoặc đã đình chỉ: không ghi thêm quyết định',
          en: 'The case is closed or terminated: no further decisions',
        },
      ]);
    }
    const needsSubject = type.appliesTo === 'defendant' || type.measure !== undefined;
    if (needsSubject && !input.subjectId) {
      throw invalid([{ field: 'subjectId', vi: 'Cần chọn bị can', en: 'Choose the defendant' }]);
    }
    if (input.subjectId) {
      const person = await repo.findPersonOfCase(tx, row.id, input.subjectId);
      if (person?.role !== 'defendant') {
        throw invalid([
          { field: 'subjectId', vi: 'Không có bị can này trong vụ án', en: 'No such defendant in the case' },
        ]);
      }
    }
    const draft = {
      id: newId(),
      caseId: row.id,
      typeCode: type.code,
      subjectId: input.subjectId ?? null,
      number: input.number ?? null,
      decisionDate: input.date,
      receivedAt: input.receivedAt ?? null,
      period: input.period ?? null,
      tier: input.tier ?? null,
      returnedBy: input.returnedBy ?? null,
      measureEnd: input.measureEnd ?? null,
      note: input.note ?? null,
      details,
      draftedBy: ctx.actor.officerId,
    };
    // Whatever its state, a decision the stage machine would refuse is refused now, citing the rule.
    const trial = applyDecisionToLedger(
      ledgerOf(row),
      inEffectOf({ ...draft } as repo.DecisionRow),
      undefined,
      procedureCategory(row),
    );
    if (!trial.ok) throw ledgerRefusal(trial);
    const state = type.issuer === 'procuracy' && !type.recordOnly ? 'draft' : 'recorded';
    const inEffect = isDecisionInEffect(type, state);
    await repo.insertDecision(tx, { ...draft, state, inEffect });
    const effect = inEffect
      ? await takeEffect(
          tx,
          ctx,
          row,
          {
            ...draft,
            state,
            inEffect,
            respondsTo: null,
            decidedBy: null,
            createdAt: new Date(),
            updatedAt: new Date(),
          },
          type,
        )
      : null;
    const data = {
      decisionId: draft.id,
      typeCode: type.code,
      label: type.label,
      state,
      date: input.date,
      ...(effect ?? {}),
    };
    return {
      event: { kind: 'decision_recorded', data },
      audit: {
        action: 'case.decision_recorded',
        changes: diffFields(null, { typeCode: type.code, state, number: draft.number, date: input.date }),
      },
    };
  });
};

/** Moves a decision through its workflow; when it comes into effect (issued, approved) it changes the case. */
export const actOnDecision = (
  ctx: Ctx,
  options: { id: string; decisionId: string; input: DecisionActionInput },
): Promise<CaseDetail> => {
  const input = ZDecisionActionInput.parse(options.input);
  return changeCase(ctx, options.id, async (tx, row) => {
    const decision = await repo.findDecision(tx, row.id, options.decisionId);
    const type = decision && findDecisionType(decision.typeCode);
    if (!decision || !type) throw notFound();
    const moved =
      type.issuer === 'procuracy'
        ? nextDecisionState(
            decision.state as ProcuracyDecisionState,
            input.action as ProcuracyDecisionAction,
            ctx.actor.roles,
          )
        : nextExternalDecisionState(
            type,
            decision.state as ExternalDecisionState,
            input.action as ExternalDecisionAction,
            ctx.actor.roles,
          );
    if (!moved.ok) throw invalid([{ field: 'action', vi: moved.reason.vi, en: moved.reason.en }]);
    const patch: Partial<repo.DecisionRow> = { state: moved.state };
    if (input.action === 'issue') {
      const number = input.number ?? decision.number;
      if (!number)
        throw invalid([
          { field: 'number', vi: 'Cần số quyết định khi ban hành', en: 'An issued decision needs its number' },
        ]);
      patch.number = number;
      if (input.date) patch.decisionDate = input.date;
    }
    if (['approve', 'refuse', 'annul', 'return_for_revision'].includes(input.action))
      patch.decidedBy = ctx.actor.officerId;
    if (input.note) patch.note = input.note;
    const inEffect = isDecisionInEffect(type, moved.state);
    const updated = { ...decision, ...patch, inEffect };
    await repo.updateDecision(tx, decision.id, { ...patch, inEffect });
    let effect: Record<string, unknown> | null = null;
    if (inEffect && !decision.inEffect) effect = await takeEffect(tx, ctx, row, updated, type);
    if (!inEffect && decision.inEffect) await replayLedger(tx, row, procedureCategory(row));
    const data = {
      decisionId: decision.id,
      typeCode: type.code,
      label: type.label,
      action: input.action,
      state: moved.state,
      ...(effect ?? {}),
    };
    return {
      event: { kind: 'decision_action', data },
      audit: {
        action: `case.decision_${input.action}`,
        changes: diffFields({ state: decision.state }, { state: moved.state }),
      },
    };
  });
};

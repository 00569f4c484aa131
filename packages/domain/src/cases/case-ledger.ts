import { datePart, formatViDate, isLegalDate, isLegalDateTime } from '../procedure/calendar.ts';
import type { LocalizedText } from '../procedure/day-off.ts';
import { isHourly } from '../procedure/deadline-types.ts';
import { computeDeadline, type DeadlineRefusal, type GrantedExtension } from '../procedure/deadlines.ts';
import { formatBasis, ruleFor } from '../procedure/rule-set.ts';
import type { ProcedureCategory } from '../procedure/rule-types.ts';
import { PROCEDURE_RULES } from '../procedure/rules.ts';
import { type CaseState, initialCaseState } from '../procedure/stages.ts';
import { applyDecisionToCase } from './apply-decision.ts';
import { type DecisionType, findDecisionType } from './decision-types.ts';
import { periodStillRunning, periodsAfterAct } from './ledger-period-scope.ts';

export { isWindowRule, PERIOD_STAGES } from './ledger-period-scope.ts';

/** A statutory period running for the whole case (investigation, prosecution, trial preparation, appeal windows). */
export type CasePeriod = {
  /** A rule id of `procedure/rules*.ts`, e.g. 'art172_investigation'. */
  ruleId: string;
  /** 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:mm' for a rule counted in hours. */
  start: string;
  extensions: GrantedExtension[];
  ordered?: { months?: number; days?: number };
  /** The decision that started it. */
  decisionId?: string;
};

/** What the law tracks of a case: its stage (with returns counted) and its running periods. */
export type CaseLedger = { state: CaseState; periods: CasePeriod[] };

/** A decision that has taken legal effect (see `isDecisionInEffect`). */
export type DecisionInEffect = {
  id?: string;
  typeCode: string;
  /** The day (or moment) the decision took effect. */
  date: string;
  /** The length an extension grants, or the ordered length of a period the decision starts. */
  period?: { months?: number; days?: number };
  /** The extension tier (index into the rule's extension tiers); by default the next available one. */
  tier?: number;
  returnedBy?: 'presiding_judge' | 'trial_panel';
};

export type LedgerResult =
  | { ok: true; ledger: CaseLedger; basis: string }
  | { ok: false; field: string; reason: LocalizedText; basis?: string };
type Refusal = Extract<LedgerResult, { ok: false }>;

/**
 * Periods of preventive measures, one per defendant: each measure carries its own deadline
 * (see `measureRuleId`), so the case ledger never holds them.
 */
export const MEASURE_RULE_IDS: readonly string[] = [
  'art118_custody',
  'art173_detention_investigation',
  'art241_detention_prosecution',
  'art278_detention_trial',
];

/** A new case at the crime-report stage with no period running. */
export const openingLedger = (): CaseLedger => ({ state: initialCaseState('crime_report'), periods: [] });

const refuse = (field: string, vi: string, en: string, basis?: string): Refusal => ({
  ok: false,
  field,
  reason: { vi, en },
  ...(basis ? { basis } : {}),
});

/** The decision's own field that a deadline-engine refusal is about. */
const decisionField = (engineField: string): string => {
  if (engineField === 'ruleId') return 'typeCode';
  if (engineField === 'category') return 'category';
  if (engineField === 'start' || engineField === 'onDate' || engineField.endsWith('.grantedOn')) return 'date';
  return 'period';
};

/** The period checked by the deadline engine: it must be computable, or the decision is refused. */
const checked = (period: CasePeriod, category: ProcedureCategory): DeadlineRefusal | null => {
  const result = computeDeadline({
    ruleId: period.ruleId,
    start: period.start,
    category,
    extensionsGranted: period.extensions,
    ...(period.ordered ? { ordered: period.ordered } : {}),
  });
  return result.ok ? null : { ...result, field: decisionField(result.field) };
};

const ruleLabel = (ruleId: string): LocalizedText =>
  PROCEDURE_RULES.find((r) => r.id === ruleId)?.label ?? { vi: ruleId, en: ruleId };

type Effect = DecisionType['deadlineEffects'][number];
type Step = { ok: true; periods: CasePeriod[] } | Refusal;

const startPeriod = (periods: CasePeriod[], ruleId: string, d: DecisionInEffect, c: ProcedureCategory): Step => {
  const rule = ruleFor(ruleId, datePart(d.date));
  // Day-based periods run from the day; only a rule counted in hours keeps the moment.
  const start = rule && isHourly(rule) ? d.date : datePart(d.date);
  const period: CasePeriod = {
    ruleId,
    start,
    extensions: [],
    ...(d.period ? { ordered: { ...d.period } } : {}),
    ...(d.id !== undefined ? { decisionId: d.id } : {}),
  };
  const refusal = checked(period, c);
  if (refusal) return refusal;
  const at = periods.findIndex((p) => p.ruleId === ruleId);
  return { ok: true, periods: at < 0 ? [...periods, period] : periods.map((p, i) => (i === at ? period : p)) };
};

const isOneAmount = (period: DecisionInEffect['period']): boolean => {
  if (!period) return false;
  const given = [period.months, period.days].filter((n) => n !== undefined);
  return given.length === 1 && Number.isInteger(given[0]) && (given[0] as number) > 0;
};

const extendPeriod = (
  periods: CasePeriod[],
  ruleId: string,
  d: DecisionInEffect,
  c: ProcedureCategory,
  type: DecisionType,
): Step => {
  const basis = formatBasis(type.basis);
  const running = periods.find((p) => p.ruleId === ruleId);
  if (!running) {
    const label = ruleLabel(ruleId);
    return refuse(
      'typeCode',
      `Không có thời hạn "${label.vi}" đang chạy để gia hạn`,
      `No "${label.en}" period is running to extend`,
      basis.vi,
    );
  }
  if (!d.period || !isOneAmount(d.period)) {
    return refuse(
      'period',
      'Ghi thời gian gia hạn: số tháng hoặc số ngày (một số nguyên dương)',
      'Give the extension: a whole number of months or of days',
      basis.vi,
    );
  }
  const extension: GrantedExtension = {
    ...(d.period.months !== undefined ? { months: d.period.months } : { days: d.period.days }),
    grantedOn: datePart(d.date),
    ...(d.tier !== undefined ? { tier: d.tier } : {}),
  };
  const extended: CasePeriod = { ...running, extensions: [...running.extensions, extension] };
  const refusal = checked(extended, c);
  if (refusal) return refusal;
  return { ok: true, periods: periods.map((p) => (p === running ? extended : p)) };
};

const applyEffect = (
  periods: CasePeriod[],
  effect: Effect,
  d: DecisionInEffect,
  c: ProcedureCategory,
  type: DecisionType,
): Step => {
  switch (effect.effect) {
    case 'stop':
      return { ok: true, periods: periods.filter((p) => p.ruleId !== effect.ruleId) };
    case 'start':
      return startPeriod(periods, effect.ruleId, d, c);
    case 'extend':
      return extendPeriod(periods, effect.ruleId, d, c, type);
  }
};

/**
 * The case after a decision in effect: its stage act run through the stage machine (which refuses
 * acts out of stage and a third return by the procuracy, Art. 174(2)), then its deadline effects in
 * order — start, extend (checked against the law by the deadline engine), stop. Leaving a stage ends
 * the periods bound to it, a closing act keeps only appeal and protest windows (plus what the act
 * itself starts, e.g. delivering a termination decision, Art. 240(2)), and a final judgment ends
 * everything. A decision that must wait for periods to run out (`notBeforeEndOf`: a judgment is final
 * only once no appeal or protest can be lodged, Art. 343) is refused while one runs. `category` picks
 * the legal limits of an extension: the server passes the case's most serious category (`caseCategory`).
 * Pure: `ledger` is never changed; a refusal changes nothing.
 */
export const applyDecisionToLedger = (
  ledger: CaseLedger,
  decision: DecisionInEffect,
  types?: readonly DecisionType[],
  category: ProcedureCategory = 'especially_serious',
): LedgerResult => {
  const type = findDecisionType(decision.typeCode, types);
  if (!type) return refuse('typeCode', 'Không có loại quyết định này', 'No such decision type');
  if (!isLegalDate(decision.date) && !isLegalDateTime(decision.date)) {
    return refuse(
      'date',
      'Ngày có hiệu lực không hợp lệ (YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm)',
      'Invalid date of effect (YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
    );
  }
  const moved = applyDecisionToCase(ledger.state, type, decision.returnedBy ? { returnedBy: decision.returnedBy } : {});
  if (!moved.ok)
    return { ok: false, field: 'typeCode', reason: moved.reason, ...(moved.basis ? { basis: moved.basis } : {}) };
  const running =
    type.notBeforeEndOf && periodStillRunning(ledger.periods, type.notBeforeEndOf, decision.date, category);
  if (running) {
    const label = ruleLabel(running.ruleId);
    return refuse(
      'date',
      `Chưa hết thời hạn "${label.vi}" (đến hết ngày ${formatViDate(running.due)}); chỉ có thể ghi nhận từ ngày ${formatViDate(running.endedFrom)}`,
      `The period "${label.en}" runs until the end of ${running.due}; this can be recorded from ${running.endedFrom}`,
      formatBasis(type.basis).vi,
    );
  }
  let periods = periodsAfterAct(ledger.periods, ledger.state.stage, moved.state.stage, type.stageAct);
  for (const effect of type.deadlineEffects) {
    if (MEASURE_RULE_IDS.includes(effect.ruleId)) continue;
    const step = applyEffect(periods, effect, decision, category, type);
    if (!step.ok) return step;
    periods = step.periods;
  }
  return { ok: true, ledger: { state: moved.state, periods }, basis: moved.basis };
};

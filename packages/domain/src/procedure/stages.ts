import type { LocalizedText } from './day-off.ts';
import { formatBasis } from './rule-set.ts';
import {
  ACT_LABELS,
  CASE_ACTS,
  CASE_STAGES,
  type CaseAct,
  type CaseStage,
  STAGE_LABELS,
  STAGE_TRANSITIONS,
  type StageTransition,
  SUSPENDABLE_STAGES,
  type SuspendableStage,
  TRIAL_PANEL_RETURN,
} from './stage-transitions.ts';

/** Where a criminal case stands, with what the law limits: returns for supplementary investigation. */
export type CaseState = {
  stage: CaseStage;
  /** The stage a suspended case goes back to on `resume`. */
  suspendedFrom?: SuspendableStage;
  returnsByProcuracy: number;
  returnsByCourt: { presidingJudge: number; trialPanel: number };
  hasFirstInstanceJudgment: boolean;
};

/** Who returns the file at trial: the presiding judge before the hearing (Art. 280) or the trial panel (Art. 326(3)(a)). */
export type TransitionContext = { returnedBy?: 'presiding_judge' | 'trial_panel' };

export type TransitionResult =
  | { ok: true; state: CaseState; basis: string }
  | { ok: false; reason: LocalizedText; basis?: string };

/** A new case at its first stage, with no returns counted. */
export const initialCaseState = (stage: 'crime_report' | 'investigation' = 'crime_report'): CaseState => ({
  stage,
  returnsByProcuracy: 0,
  returnsByCourt: { presidingJudge: 0, trialPanel: 0 },
  hasFirstInstanceJudgment: false,
});

const count = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isValidState = (s: CaseState): boolean =>
  CASE_STAGES.includes(s.stage) &&
  count(s.returnsByProcuracy) &&
  count(s.returnsByCourt?.presidingJudge) &&
  count(s.returnsByCourt?.trialPanel) &&
  (s.stage === 'suspended'
    ? SUSPENDABLE_STAGES.includes(s.suspendedFrom as SuspendableStage)
    : s.suspendedFrom === undefined);

const counterValue = (state: CaseState, counter: NonNullable<StageTransition['limit']>['counter']): number =>
  counter === 'returnsByProcuracy' ? state.returnsByProcuracy : state.returnsByCourt[counter];

const pick = (state: CaseState, act: CaseAct, context: TransitionContext, transitions: readonly StageTransition[]) => {
  if (
    act === 'return_for_supplementary_investigation' &&
    state.stage === 'first_instance_trial' &&
    context.returnedBy === 'trial_panel'
  ) {
    return TRIAL_PANEL_RETURN;
  }
  return transitions.find(
    (t) => t.from === state.stage && t.act === act && (act !== 'resume' || t.to === state.suspendedFrom),
  );
};

/**
 * Applies a procedural act to a case, or refuses it with the reason and the rule. Transitions are
 * data (`STAGE_TRANSITIONS`); limits such as the procuracy's two returns (Art. 174(2)) are enforced here.
 */
export const transition = (
  state: CaseState,
  act: CaseAct,
  context: TransitionContext = {},
  transitions: readonly StageTransition[] = STAGE_TRANSITIONS,
): TransitionResult => {
  if (!isValidState(state))
    return { ok: false, reason: { vi: 'Trạng thái vụ án không hợp lệ', en: 'Invalid case state' } };
  if (!CASE_ACTS.includes(act))
    return { ok: false, reason: { vi: 'Hành vi tố tụng không hợp lệ', en: 'Unknown procedural act' } };
  const stage = STAGE_LABELS[state.stage];
  const label = ACT_LABELS[act];
  const move = pick(state, act, context, transitions);
  if (!move) {
    const allowed = transitions.filter((t) => t.act === act);
    const basis = [...new Set(allowed.map((t) => formatBasis(t.basis).vi))].join('; ');
    const where = [...new Set(allowed.map((t) => STAGE_LABELS[t.from]))];
    return {
      ok: false,
      reason: {
        vi: `Không thể "${label.vi}" khi vụ án ở giai đoạn "${stage.vi}"; chỉ được ở: ${where.map((w) => w.vi).join(', ')}.`,
        en: `Cannot "${label.en}" while the case is at "${stage.en}"; allowed only at: ${where.map((w) => w.en).join(', ')}.`,
      },
      ...(basis ? { basis } : {}),
    };
  }
  const basis = formatBasis(move.basis);
  if (move.requiresJudgment && !state.hasFirstInstanceJudgment) {
    return {
      ok: false,
      reason: {
        vi: `Chưa tuyên án sơ thẩm nên chưa thể "${label.vi}".`,
        en: `No first-instance judgment yet, so "${label.en}" is not possible.`,
      },
      basis: basis.vi,
    };
  }
  if (act === 'first_instance_judgment' && state.hasFirstInstanceJudgment) {
    return {
      ok: false,
      reason: { vi: 'Bản án sơ thẩm đã được tuyên.', en: 'The first-instance judgment has already been pronounced.' },
      basis: basis.vi,
    };
  }
  if (move.limit && counterValue(state, move.limit.counter) >= move.limit.max) {
    const who = {
      returnsByProcuracy: ['Viện kiểm sát', 'The procuracy'],
      presidingJudge: ['Thẩm phán chủ tọa phiên tòa', 'The presiding judge'],
      trialPanel: ['Hội đồng xét xử', 'The trial panel'],
    }[move.limit.counter];
    const limitBasis = formatBasis(move.limit.basis);
    return {
      ok: false,
      reason: {
        vi: `${who[0]} chỉ được trả hồ sơ để điều tra bổ sung ${move.limit.max === 2 ? 'hai lần' : 'một lần'} (${limitBasis.vi}); đã trả ${counterValue(state, move.limit.counter)} lần.`,
        en: `${who[1]} may return the file for supplementary investigation only ${move.limit.max === 2 ? 'twice' : 'once'} (${limitBasis.en}); already returned ${counterValue(state, move.limit.counter)} time(s).`,
      },
      basis: limitBasis.vi,
    };
  }
  const to = move.to === 'same' ? state.stage : move.to;
  const counter = move.limit?.counter;
  const next: CaseState = {
    stage: to,
    returnsByProcuracy: state.returnsByProcuracy + (counter === 'returnsByProcuracy' ? 1 : 0),
    returnsByCourt: {
      presidingJudge: state.returnsByCourt.presidingJudge + (counter === 'presidingJudge' ? 1 : 0),
      trialPanel: state.returnsByCourt.trialPanel + (counter === 'trialPanel' ? 1 : 0),
    },
    hasFirstInstanceJudgment:
      act === 'first_instance_judgment' ||
      (state.hasFirstInstanceJudgment &&
        act !== 'annul_for_retrial' &&
        (to === 'first_instance_trial' || to === 'appeal' || to === 'closed' || to === 'suspended')),
    ...(to === 'suspended' ? { suspendedFrom: state.stage as SuspendableStage } : {}),
  };
  return { ok: true, state: next, basis: basis.vi };
};

/** The acts `transition` would accept from `state` (for menus and tests). */
export const allowedActs = (state: CaseState, context: TransitionContext = {}): CaseAct[] =>
  CASE_ACTS.filter((act) => transition(state, act, context).ok);

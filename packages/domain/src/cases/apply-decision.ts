import { formatBasis } from '../procedure/rule-set.ts';
import { STAGE_LABELS } from '../procedure/stage-transitions.ts';
import { type CaseState, type TransitionContext, type TransitionResult, transition } from '../procedure/stages.ts';
import type { DecisionType } from './decision-types.ts';
import type { ProcuracyDecisionState } from './decision-workflow.ts';
import type { ExternalDecisionState } from './external-decisions.ts';

/**
 * Whether a decision in `state` has legal effect: the procuracy's own once issued; another body's
 * decision needing approval once approved (e.g. a custody extension, Art. 118(2)); one it only
 * supervises unless annulled; a court's or a party's act as recorded.
 */
export const isDecisionInEffect = (
  type: DecisionType,
  state: ProcuracyDecisionState | ExternalDecisionState,
): boolean => {
  if (type.recordOnly) return state === 'recorded';
  if (type.issuer === 'procuracy') return state === 'issued';
  if (type.requiresProcuracyApproval) return state === 'approved';
  return state === 'recorded' || state === 'no_action_needed';
};

/**
 * The case's state after a decision takes effect: its stage act run through the stage machine
 * (`procedure/stages.ts`), which refuses acts the case's stage does not allow, and refused at a stage
 * the decision type is not made at (`stages`); a decision with no stage act leaves the stage as it is.
 */
export const applyDecisionToCase = (
  state: CaseState,
  type: DecisionType,
  context: TransitionContext = {},
): TransitionResult => {
  if (type.stages && !type.stages.includes(state.stage)) {
    const where = type.stages.map((s) => STAGE_LABELS[s]);
    return {
      ok: false,
      reason: {
        vi: `"${type.label.vi}" chỉ được ra ở giai đoạn: ${where.map((w) => w.vi).join(', ')}.`,
        en: `"${type.label.en}" is made only at: ${where.map((w) => w.en).join(', ')}.`,
      },
      basis: formatBasis(type.basis).vi,
    };
  }
  return type.stageAct
    ? transition(state, type.stageAct, context)
    : { ok: true, state, basis: formatBasis(type.basis).vi };
};

import { formatBasis } from '../procedure/rule-set.ts';
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
 * (`procedure/stages.ts`), which refuses acts the case's stage does not allow; a decision with no
 * stage act leaves the stage as it is.
 */
export const applyDecisionToCase = (
  state: CaseState,
  type: DecisionType,
  context: TransitionContext = {},
): TransitionResult =>
  type.stageAct ? transition(state, type.stageAct, context) : { ok: true, state, basis: formatBasis(type.basis).vi };

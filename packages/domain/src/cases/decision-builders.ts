import type { LocalizedText } from '../procedure/day-off.ts';
import type { LegalBasis } from '../procedure/rule-types.ts';
import type { DeadlineEffect, DecisionType } from './decision-types.ts';

/* Builders that keep the decision catalogue close to the wording of the Code. */

/** A decision type; by default it needs no approval and touches no deadline. */
export const decision = (
  fields: Omit<DecisionType, 'requiresProcuracyApproval' | 'deadlineEffects'> &
    Partial<Pick<DecisionType, 'requiresProcuracyApproval' | 'deadlineEffects'>>,
): DecisionType => ({
  requiresProcuracyApproval: fields.approvalDeadline !== undefined,
  deadlineEffects: [],
  ...fields,
});

export const starts = (ruleId: string): DeadlineEffect => ({ ruleId, effect: 'start' });
export const extendsRule = (ruleId: string): DeadlineEffect => ({ ruleId, effect: 'extend' });
export const stops = (ruleId: string): DeadlineEffect => ({ ruleId, effect: 'stop' });

type Answer = { code: string; label: LocalizedText; basis: LegalBasis };

/** The procuracy's two answers to `target`: approve it, or refuse / annul it (`refusalOutcome` of the target). */
export const answers = (target: DecisionType, approve: Answer, refuse: Answer): DecisionType[] => [
  decision({
    ...approve,
    issuer: 'procuracy',
    appliesTo: target.appliesTo,
    respondsTo: target.code,
    response: 'approve',
  }),
  decision({
    ...refuse,
    issuer: 'procuracy',
    appliesTo: target.appliesTo,
    respondsTo: target.code,
    response: target.refusalOutcome === 'annulled' ? 'annul' : 'refuse',
  }),
];

/** The procuracy's annulment of a decision it supervises but does not approve. */
export const annulment = (target: DecisionType, answer: Answer): DecisionType =>
  decision({ ...answer, issuer: 'procuracy', appliesTo: target.appliesTo, respondsTo: target.code, response: 'annul' });

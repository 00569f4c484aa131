import type { LocalizedText } from '../procedure/day-off.ts';
import type { LegalBasis } from '../procedure/rule-types.ts';
import type { CaseAct, CaseStage } from '../procedure/stage-transitions.ts';
import { PRETRIAL_DECISION_TYPES } from './decision-catalogue-pretrial.ts';
import { TRIAL_DECISION_TYPES } from './decision-catalogue-trial.ts';
import type { MeasureKind } from './measure-kinds.ts';

/** Who issues a decision; `party` is a participant's act the court records (an appeal, Art. 331–332). */
export const DECISION_ISSUERS = ['investigating_body', 'procuracy', 'court', 'party'] as const;
export type DecisionIssuer = (typeof DECISION_ISSUERS)[number];

/** What a decision is about: a crime report (nguồn tin), the whole case, or one defendant. */
export const DECISION_SUBJECTS = ['case', 'defendant', 'crime_report'] as const;
export type DecisionSubject = (typeof DECISION_SUBJECTS)[number];

/** A short time limit as the Code states it: hours run from the moment, days under Art. 134. */
export type TimeLimit = { hours: number; days?: never } | { days: number; hours?: never };

/** How long the procuracy has to decide, the article that says so and, when one exists, the versioned rule. */
export type ProcuracyTimeLimit = TimeLimit & { basis: LegalBasis; ruleId?: string };

/** A statutory period (a rule id of `procedure/rules.ts`) that the decision starts, extends or stops. */
export type DeadlineEffect = { ruleId: string; effect: 'start' | 'extend' | 'stop' };

/**
 * One kind of procedural decision, as data. `respondsTo` marks the procuracy's answer to another
 * body's decision (approve, refuse, annul); `refusalOutcome` says what the procuracy's "no" to a
 * decision needing approval is called (không phê chuẩn or hủy bỏ); `annulledBy` gives the article that
 * lets the procuracy annul a decision it does not approve; `procuracyReview` is a time limit for the
 * procuracy to act on a decision needing no approval (e.g. 15 days to review a termination, Art. 230(3)).
 */
export type DecisionType = {
  code: string;
  label: LocalizedText;
  issuer: DecisionIssuer;
  appliesTo: DecisionSubject;
  basis: LegalBasis;
  requiresProcuracyApproval: boolean;
  approvalDeadline?: ProcuracyTimeLimit;
  refusalOutcome?: 'not_approved' | 'annulled';
  annulledBy?: LegalBasis;
  procuracyReview?: ProcuracyTimeLimit;
  sendToProcuracyWithin?: ProcuracyTimeLimit;
  stageAct?: CaseAct;
  /**
   * The stages at which this decision is made, when its act is allowed at more than one stage by another
   * body: the procuracy returns the file at prosecution (Art. 245), the court at trial (Art. 280, 326).
   */
  stages?: readonly CaseStage[];
  deadlineEffects: readonly DeadlineEffect[];
  measure?: { kind: MeasureKind | 'any'; effect: 'apply' | 'extend' | 'end' };
  /** A record of an act done (e.g. delivering the indictment, Art. 240(2)): in effect once recorded, no approval. */
  recordOnly?: boolean;
  /**
   * Periods (rule ids) that must have run out first: the decision cannot take effect on or before the
   * last day of any of them still running (a judgment is final only when no appeal or protest can still be
   * lodged, Art. 343; a period in days ends at 24:00 of its last day, Art. 134(1)).
   */
  notBeforeEndOf?: readonly string[];
  respondsTo?: string;
  response?: 'approve' | 'refuse' | 'annul';
};

/** Every decision type the system knows, from the crime report to the appeal judgment. */
export const DECISION_TYPES: readonly DecisionType[] = [...PRETRIAL_DECISION_TYPES, ...TRIAL_DECISION_TYPES];

/** The decision type with this code, if any. */
export const findDecisionType = (code: string, types: readonly DecisionType[] = DECISION_TYPES) =>
  types.find((t) => t.code === code);

/** The procuracy's possible answers (approve, refuse, annul) to a decision type. */
export const responsesTo = (code: string, types: readonly DecisionType[] = DECISION_TYPES): DecisionType[] =>
  types.filter((t) => t.respondsTo === code);

/** Decision types that start, extend or stop the deadline rule `ruleId`. */
export const decisionTypesAffecting = (ruleId: string, types: readonly DecisionType[] = DECISION_TYPES) =>
  types.filter((t) => t.deadlineEffects.some((e) => e.ruleId === ruleId));

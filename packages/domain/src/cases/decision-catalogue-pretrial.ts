import { INVESTIGATION_DECISION_TYPES } from './decision-catalogue-investigation.ts';
import { MEASURE_DECISION_TYPES } from './decision-catalogue-measures.ts';
import { REPORT_DECISION_TYPES } from './decision-catalogue-report.ts';
import type { DecisionType } from './decision-types.ts';

/** Decisions before the case reaches the procuracy for prosecution. */
export const PRETRIAL_DECISION_TYPES: readonly DecisionType[] = [
  ...REPORT_DECISION_TYPES,
  ...MEASURE_DECISION_TYPES,
  ...INVESTIGATION_DECISION_TYPES,
];

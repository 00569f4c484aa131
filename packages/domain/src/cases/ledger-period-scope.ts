import { addDays, compareDates, datePart, type LegalDate } from '../procedure/calendar.ts';
import { computeDeadline, type GrantedExtension } from '../procedure/deadlines.ts';
import type { ProcedureCategory } from '../procedure/rule-types.ts';
import type { CaseAct, CaseStage } from '../procedure/stage-transitions.ts';

/** Appeal and protest windows (Art. 333, 337 CPC): they lapse on their own and outlive the stage. */
export const isWindowRule = (ruleId: string): boolean => ruleId.startsWith('art333_') || ruleId.startsWith('art337_');

/**
 * The stage whose work a period limits. When the case leaves that stage the period has no more
 * object: a new investigation conclusion ends the supplementary investigation (Art. 174(2)), a
 * return of the file ends the trial preparation (Art. 277, 280). Windows and the delivery of the
 * procuracy's decision (Art. 240(2)) are bound to no stage.
 */
export const PERIOD_STAGES: Readonly<Record<string, CaseStage>> = {
  art147_settle_crime_report: 'crime_report',
  art172_investigation: 'investigation',
  art174_resumed_investigation: 'investigation',
  art174_supplementary_by_procuracy: 'investigation',
  art174_supplementary_by_court: 'investigation',
  art240_prosecution_decision: 'prosecution',
  art277_trial_preparation: 'first_instance_trial',
  art277_after_supplementary: 'first_instance_trial',
  art277_open_hearing: 'first_instance_trial',
};

/**
 * The periods still running after a stage act, before the decision's own deadline effects: a
 * final judgment ends all (Art. 343, 355); closing or terminating the case keeps only the windows;
 * leaving a stage ends the periods bound to it; the first-instance judgment ends the preparation
 * and hearing periods (the hearing was held, Art. 277, 327).
 */
export const periodsAfterAct = <P extends { ruleId: string }>(
  periods: readonly P[],
  from: CaseStage,
  to: CaseStage,
  act: CaseAct | undefined,
): P[] => {
  if (act === 'judgment_final' || act === 'first_instance_judgment_final') return [];
  if (to === 'closed' || to === 'terminated') return periods.filter((p) => isWindowRule(p.ruleId));
  const ended = new Set<CaseStage>();
  if (from !== to) ended.add(from);
  if (act === 'first_instance_judgment') ended.add('first_instance_trial');
  return periods.filter((p) => {
    const stage = PERIOD_STAGES[p.ruleId];
    return stage === undefined || !ended.has(stage);
  });
};

type RunningPeriod = {
  ruleId: string;
  start: string;
  extensions: readonly GrantedExtension[];
  ordered?: { months?: number; days?: number };
};

/**
 * Of the periods `ruleIds` still running on `date` (their last day not yet over), the one that ends last,
 * with the first day on which all of them have run out; undefined when none is. For acts the law allows only
 * once periods have lapsed, such as a judgment becoming final when no appeal or protest came in time (Art. 343).
 */
export const periodStillRunning = (
  periods: readonly RunningPeriod[],
  ruleIds: readonly string[],
  date: string,
  category: ProcedureCategory,
): { ruleId: string; due: LegalDate; endedFrom: LegalDate } | undefined => {
  let last: { ruleId: string; due: LegalDate } | undefined;
  for (const p of periods) {
    if (!ruleIds.includes(p.ruleId)) continue;
    const result = computeDeadline({
      ruleId: p.ruleId,
      start: p.start,
      category,
      extensionsGranted: p.extensions,
      ...(p.ordered ? { ordered: p.ordered } : {}),
    });
    if (!result.ok) continue;
    const due = datePart(result.due);
    if (compareDates(datePart(date), due) > 0) continue;
    if (!last || compareDates(due, last.due) > 0) last = { ruleId: p.ruleId, due };
  }
  return last && { ...last, endedFrom: addDays(last.due, 1) };
};

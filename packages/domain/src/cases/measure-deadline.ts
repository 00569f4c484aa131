import type { DayOffCalendar } from '../procedure/day-off.ts';
import { computeDeadline } from '../procedure/deadlines.ts';
import { art } from '../procedure/rule-builders.ts';
import { formatBasis } from '../procedure/rule-set.ts';
import type { LegalBasis, ProcedureCategory } from '../procedure/rule-types.ts';
import type { DeadlineEntry, DeadlineProblem } from './case-deadlines.ts';
import { MEASURE_LABELS } from './measure-kinds.ts';
import { computeMeasureEnd, measureRuleId, type PreventiveMeasure } from './measures.ts';

/** The article bounding a measure the Code gives no period of its own: the stage's period, or the appeal court's order. */
const orderedEndBasis = (measure: PreventiveMeasure): LegalBasis => {
  switch (measure.kind) {
    case 'bail':
      return art(121, 5);
    case 'deposit':
      return art(122, 4);
    case 'residence_ban':
      return art(123, 4);
    case 'exit_ban':
      return art(124, 3);
    default:
      // Detention ordered by the appeal court: at most the appeal preparation period (Art. 347(2)).
      return measure.stage === 'appeal' ? art(347, 2) : art(119);
  }
};

/**
 * The live deadline of one defendant's measure, a problem when its data cannot be counted, or null
 * when there is nothing to count: the measure ended, an arrest (a moment, not a period), or a
 * measure with no statutory period whose order gives no end date.
 */
export const measureDeadline = (
  measure: PreventiveMeasure & { defendantName?: string },
  category: ProcedureCategory,
  calendar?: DayOffCalendar,
): DeadlineEntry | DeadlineProblem | null => {
  if (measure.endedAt !== undefined || measure.kind === 'arrest') return null;
  const key = `measure:${measure.id}`;
  const ruleId = measureRuleId(measure.kind, measure.stage);
  const end = computeMeasureEnd(measure, category, calendar);
  if (!end.ok) {
    const unbounded = !ruleId && end.field === 'orderedEnd' && measure.orderedEnd === undefined;
    return unbounded ? null : { key, field: end.field, reason: end.reason };
  }
  const kind = MEASURE_LABELS[measure.kind];
  const name = measure.defendantName?.trim();
  const common = {
    key,
    kind: 'measure' as const,
    subjectId: measure.defendantId,
    label: name ? { vi: `${kind.vi} — ${name}`, en: `${kind.en} — ${name}` } : kind,
    start: measure.start,
    due: end.due,
    maxPossibleDue: end.maxPossibleDue,
    steps: end.steps,
  };
  if (!ruleId) {
    const basis = formatBasis(orderedEndBasis(measure));
    return { ...common, basis: basis.vi, basisEn: basis.en };
  }
  // The same input `computeMeasureEnd` counted, for the English basis and the extensions left.
  const deadline = computeDeadline({
    ruleId,
    start: measure.start,
    category,
    ...(measure.ordered ? { ordered: measure.ordered } : {}),
    ...(measure.extensions ? { extensionsGranted: measure.extensions } : {}),
    ...(measure.custodyDaysDeducted ? { custodyDaysDeducted: measure.custodyDaysDeducted } : {}),
    ...(calendar ? { calendar } : {}),
  });
  if (!deadline.ok) return { key, field: deadline.field, reason: deadline.reason };
  const { basis, basisEn, remainingExtensions } = deadline;
  return { ...common, ruleId, basis, basisEn, remainingExtensions };
};

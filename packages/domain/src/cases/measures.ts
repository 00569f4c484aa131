import { compareDates, datePart, isLegalDate, isLegalDateTime, type LegalDate } from '../procedure/calendar.ts';
import { countCustodyDays } from '../procedure/custody.ts';
import type { DayOffCalendar, LocalizedText } from '../procedure/day-off.ts';
import { computeDeadline, type GrantedExtension } from '../procedure/deadlines.ts';
import type { ProcedureCategory } from '../procedure/rule-types.ts';
import type { MeasureKind } from './measure-kinds.ts';

/** Stages at which a preventive measure runs (Art. 109: from the crime report to the trial). */
export const MEASURE_STAGES = [
  'crime_report',
  'investigation',
  'prosecution',
  'first_instance_trial',
  'appeal',
] as const;
export type MeasureStage = (typeof MEASURE_STAGES)[number];

/**
 * One preventive measure of one defendant. `start` is a date, or a date-time for arrest and custody
 * (custody runs from the hour, Art. 118(1)). `ordered` is the length written in the order when shorter
 * than the law's; `orderedEnd` is the end date of a measure the Code gives no period of its own (bail,
 * deposit, residence ban, exit ban: at most the stage's period, Art. 121(5), 122(4), 123(4), 124(3);
 * detention ordered by the appeal court, Art. 347). `endedAt` is set when the person was released or the measure
 * cancelled or replaced before its end (Art. 125).
 */
export type PreventiveMeasure = {
  id: string;
  defendantId: string;
  kind: MeasureKind;
  stage: MeasureStage;
  start: string;
  ordered?: { months?: number; days?: number };
  orderedEnd?: LegalDate;
  extensions?: readonly GrantedExtension[];
  custodyDaysDeducted?: number;
  endedAt?: string;
};

export type MeasureEnd =
  | {
      ok: true;
      end: string;
      due: string;
      maxPossibleDue: string;
      ruleId?: string;
      basis?: string;
      steps: LocalizedText[];
    }
  | { ok: false; field: string; reason: LocalizedText; basis?: string };

/** Detention rules by the stage at which the order was made (Art. 173, 241, 278(2)). */
const DETENTION_RULES: Partial<Record<MeasureStage, string>> = {
  investigation: 'art173_detention_investigation',
  prosecution: 'art241_detention_prosecution',
  first_instance_trial: 'art278_detention_trial',
};

/** The versioned deadline rule that bounds a measure, if the Code gives it a period (Art. 118, 173, 241, 278). */
export const measureRuleId = (kind: MeasureKind, stage: MeasureStage): string | undefined => {
  if (kind === 'custody') return 'art118_custody';
  return kind === 'detention' ? DETENTION_RULES[stage] : undefined;
};

const refuse = (field: string, vi: string, en: string): MeasureEnd => ({ ok: false, field, reason: { vi, en } });
const isMoment = (kind: MeasureKind): boolean => kind === 'custody' || kind === 'arrest';

const withEndedAt = (measure: PreventiveMeasure, due: string): { end: string } | MeasureEnd => {
  const { endedAt } = measure;
  if (endedAt === undefined) return { end: due };
  const fits = isMoment(measure.kind) ? isLegalDateTime(endedAt) : isLegalDate(endedAt);
  if (!fits || compareDates(endedAt, measure.start) < 0) {
    return refuse(
      'endedAt',
      'Thời điểm kết thúc không hợp lệ hoặc trước khi bắt đầu',
      'Invalid end, or before the start',
    );
  }
  return { end: compareDates(endedAt, due) < 0 ? endedAt : due };
};

/**
 * When a measure ends: for custody and detention, the deadline engine's due date (extensions and
 * custody days deducted, Art. 118(4), 134); otherwise the end written in the order; in both cases cut
 * short by `endedAt`.
 */
export const computeMeasureEnd = (
  measure: PreventiveMeasure,
  category: ProcedureCategory,
  calendar?: DayOffCalendar,
): MeasureEnd => {
  const valid = isMoment(measure.kind) ? isLegalDateTime(measure.start) : isLegalDate(measure.start);
  if (!valid) {
    return isMoment(measure.kind)
      ? refuse('start', 'Cần giờ và ngày bắt đầu (YYYY-MM-DDTHH:mm)', 'Give the start hour and date (YYYY-MM-DDTHH:mm)')
      : refuse('start', 'Ngày bắt đầu không hợp lệ (YYYY-MM-DD)', 'Invalid start date (YYYY-MM-DD)');
  }
  if (measure.kind === 'arrest')
    return { ok: true, end: measure.start, due: measure.start, maxPossibleDue: measure.start, steps: [] };
  const ruleId = measureRuleId(measure.kind, measure.stage);
  if (!ruleId) {
    if (measure.extensions?.length || measure.custodyDaysDeducted) {
      return refuse(
        'extensions',
        'Biện pháp này không gia hạn, không trừ ngày tạm giữ theo quy tắc thời hạn',
        'This measure has no statutory period to extend or deduct from',
      );
    }
    if (!isLegalDate(measure.orderedEnd) || compareDates(measure.orderedEnd, measure.start) < 0) {
      return refuse(
        'orderedEnd',
        'Cần ngày kết thúc ghi trong lệnh, không trước ngày bắt đầu',
        'Give the end date written in the order, not before the start',
      );
    }
    const cut = withEndedAt(measure, measure.orderedEnd);
    if ('ok' in cut) return cut;
    return { ok: true, end: cut.end, due: measure.orderedEnd, maxPossibleDue: measure.orderedEnd, steps: [] };
  }
  const result = computeDeadline({
    ruleId,
    start: measure.start,
    category,
    ...(measure.ordered ? { ordered: measure.ordered } : {}),
    ...(measure.extensions ? { extensionsGranted: measure.extensions } : {}),
    ...(measure.custodyDaysDeducted ? { custodyDaysDeducted: measure.custodyDaysDeducted } : {}),
    ...(calendar ? { calendar } : {}),
  });
  if (!result.ok) return result;
  const cut = withEndedAt(measure, result.due);
  if ('ok' in cut) return cut;
  const { due, maxPossibleDue, basis, steps } = result;
  return { ok: true, end: cut.end, due, maxPossibleDue, ruleId, basis, steps };
};

const endOrThrow = (measure: PreventiveMeasure, category: ProcedureCategory, calendar?: DayOffCalendar): string => {
  const result = computeMeasureEnd(measure, category, calendar);
  if (!result.ok) throw new RangeError(`Measure ${measure.id}: ${result.field}: ${result.reason.en}`);
  return result.end;
};

/** True when the measure holds at some time on `date` (its first and last days included). Throws on an invalid measure. */
export const isMeasureLiveOn = (
  measure: PreventiveMeasure,
  date: LegalDate,
  category: ProcedureCategory,
  calendar?: DayOffCalendar,
): boolean => {
  const end = datePart(endOrThrow(measure, category, calendar));
  return compareDates(datePart(measure.start), date) <= 0 && compareDates(date, end) <= 0;
};

/** Custody days actually served, each started 24 hours a day (Art. 118(4)); 0 for other measures. */
export const custodyDaysServed = (
  measure: PreventiveMeasure,
  category: ProcedureCategory,
  calendar?: DayOffCalendar,
): number =>
  measure.kind === 'custody' ? countCustodyDays(measure.start, endOrThrow(measure, category, calendar)) : 0;

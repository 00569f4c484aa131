import { compareDates, datePart, daysBetween, isLegalDate, type LegalDate } from '../procedure/calendar.ts';
import type { DayOffCalendar, LocalizedText } from '../procedure/day-off.ts';
import { computeDeadline, type RemainingExtension } from '../procedure/deadlines.ts';
import type { ProcedureCategory } from '../procedure/rule-types.ts';
import { approvalDueAt } from './approval-due.ts';
import type { CasePeriod } from './case-ledger.ts';
import { findDecisionType } from './decision-types.ts';
import { isWindowRule } from './ledger-period-scope.ts';
import { measureDeadline } from './measure-deadline.ts';
import type { PreventiveMeasure } from './measures.ts';

export { caseCategory, type StoredCharge } from './case-category.ts';

export type DeadlineState = 'running' | 'due_soon' | 'overdue';

/** One deadline of a case as a list shows it: a case period, one defendant's measure, or a pending approval. */
export type LiveDeadline = {
  /** Stable per case: `period:${ruleId}`, `measure:${measureId}`, `approval:${decisionId}`. */
  key: string;
  kind: 'period' | 'measure' | 'approval';
  ruleId?: string;
  /** The defendant (measure) or the decision awaiting the procuracy (approval). */
  subjectId?: string;
  label: LocalizedText;
  basis: string;
  basisEn: string;
  start: string;
  /** A date, or a date-time for periods counted in hours. */
  due: string;
  dueDate: LegalDate;
  maxPossibleDue?: string;
  steps: LocalizedText[];
  remainingExtensions?: RemainingExtension[];
  /** Appeal and protest windows lapse: they are never overdue. */
  window: boolean;
  /** `dueDate` − today in calendar days (negative when past). */
  daysLeft: number;
  state: DeadlineState;
};

export type CaseDeadlineInput = {
  category: ProcedureCategory;
  periods: readonly CasePeriod[];
  measures: readonly (PreventiveMeasure & { defendantName?: string })[];
  pendingDecisions: readonly { id: string; typeCode: string; receivedAt: string; label?: LocalizedText }[];
  today: LegalDate;
  /** How many days ahead a deadline counts as due soon; `DEFAULT_SOON_DAYS` unless configured. */
  soonDays?: number;
  calendar?: DayOffCalendar;
};

export type DeadlineProblem = { key: string; field: string; reason: LocalizedText };
export type CaseDeadlines = { deadlines: LiveDeadline[]; problems: DeadlineProblem[] };

/** The default alert horizon: a deadline within 10 days is due soon. */
export const DEFAULT_SOON_DAYS = 10;

/** Overdue once the due day has passed; due soon from `soonDays` days before it to the due day itself. */
export const deadlineState = (daysLeft: number, soonDays: number): DeadlineState =>
  daysLeft < 0 ? 'overdue' : daysLeft <= soonDays ? 'due_soon' : 'running';

/** A deadline before it is placed against today. */
export type DeadlineEntry = Omit<LiveDeadline, 'dueDate' | 'daysLeft' | 'state' | 'window'>;

const fromPeriod = (p: CasePeriod, input: CaseDeadlineInput): DeadlineEntry | DeadlineProblem => {
  const key = `period:${p.ruleId}`;
  const result = computeDeadline({
    ruleId: p.ruleId,
    start: p.start,
    category: input.category,
    extensionsGranted: p.extensions,
    ...(p.ordered ? { ordered: p.ordered } : {}),
    ...(input.calendar ? { calendar: input.calendar } : {}),
  });
  if (!result.ok) return { key, field: result.field, reason: result.reason };
  const { ruleId, label, basis, basisEn, start, due, maxPossibleDue, steps, remainingExtensions } = result;
  return { key, kind: 'period', ruleId, label, basis, basisEn, start, due, maxPossibleDue, steps, remainingExtensions };
};

const fromApproval = (
  pending: CaseDeadlineInput['pendingDecisions'][number],
  input: CaseDeadlineInput,
): DeadlineEntry | DeadlineProblem | null => {
  const key = `approval:${pending.id}`;
  const type = findDecisionType(pending.typeCode);
  // A decision the procuracy answers with no time limit has no deadline to show.
  if (type && !type.approvalDeadline && !type.procuracyReview) return null;
  const result = approvalDueAt(type ?? { typeCode: pending.typeCode }, pending.receivedAt, input.calendar);
  if (!result.ok || !type) {
    const reason = result.ok ? { vi: 'Không có loại quyết định này', en: 'No such decision type' } : result.reason;
    return { key, field: result.ok ? 'typeCode' : result.field, reason };
  }
  const verb = result.kind === 'approval' ? { vi: 'Phê chuẩn', en: 'Approve' } : { vi: 'Xem xét', en: 'Review' };
  const name = pending.label ?? type.label;
  const ruleId = (type.approvalDeadline ?? type.procuracyReview)?.ruleId;
  return {
    key,
    kind: 'approval',
    ...(ruleId ? { ruleId } : {}),
    subjectId: pending.id,
    label: { vi: `${verb.vi}: ${name.vi}`, en: `${verb.en}: ${name.en}` },
    basis: result.basis,
    basisEn: result.basisEn,
    start: pending.receivedAt,
    due: result.due,
    steps: result.steps,
  };
};

const isProblem = (x: DeadlineEntry | DeadlineProblem): x is DeadlineProblem => 'field' in x;
// A date-only due ends at 24:00, after any moment of that day.
const sortable = (due: string): string => (due.length === 10 ? `${due}T24:00` : due);

/**
 * Every live deadline of a case, soonest first: the case's periods, its defendants' running
 * custody, detention and other bounded measures, and the procuracy's pending approvals (hours for
 * a custody extension, Art. 118(2)). Lapsed appeal and protest windows are left out. Anything the
 * deadline engine refuses is listed in `problems` by key instead of being hidden.
 */
export const caseDeadlines = (input: CaseDeadlineInput): CaseDeadlines => {
  const soonDays = input.soonDays ?? DEFAULT_SOON_DAYS;
  if (!isLegalDate(input.today)) {
    const reason = { vi: 'Ngày hôm nay không hợp lệ (YYYY-MM-DD)', en: 'Invalid current date (YYYY-MM-DD)' };
    return { deadlines: [], problems: [{ key: 'today', field: 'today', reason }] };
  }
  if (!Number.isInteger(soonDays) || soonDays < 0) {
    const reason = { vi: 'Số ngày cảnh báo phải là số nguyên không âm', en: 'Alert days must be a whole number ≥ 0' };
    return { deadlines: [], problems: [{ key: 'soonDays', field: 'soonDays', reason }] };
  }
  const found = [
    ...input.periods.map((p) => fromPeriod(p, input)),
    ...input.measures.map((m) => measureDeadline(m, input.category, input.calendar)),
    ...input.pendingDecisions.map((d) => fromApproval(d, input)),
  ].filter((x) => x !== null);
  const deadlines: LiveDeadline[] = [];
  for (const item of found) {
    if (isProblem(item)) continue;
    const dueDate = datePart(item.due);
    const daysLeft = daysBetween(input.today, dueDate);
    const window = item.ruleId !== undefined && item.kind === 'period' && isWindowRule(item.ruleId);
    if (window && daysLeft < 0) continue;
    deadlines.push({ ...item, dueDate, daysLeft, window, state: deadlineState(daysLeft, soonDays) });
  }
  deadlines.sort((a, b) => compareDates(sortable(a.due), sortable(b.due)) || compareDates(a.key, b.key));
  return { deadlines, problems: found.filter(isProblem) };
};

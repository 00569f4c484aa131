import {
  type ComputeDeadlineInput,
  type CrimeReportDeadline,
  computeDeadline,
  type DeadlineResult,
  daysBetween,
  formatViDate,
  type GrantedExtension,
  type ProcedureCategory,
} from '@eprocuracy/domain';

export const SETTLEMENT_RULE = 'art147_settle_crime_report';

/** The part of an event the deadline depends on. */
export type DeadlineEvent = { kind: string; data: Record<string, unknown> };

type Period = { start: string; resumedOn?: string; extensions: GrantedExtension[] };

/** The period now running: from receipt, or from the latest resumption (Art. 149), with its extensions. */
const currentPeriod = (receivedOn: string, events: readonly DeadlineEvent[]): Period => {
  let period: Period = { start: receivedOn, extensions: [] };
  for (const event of events) {
    if (event.kind === 'resumed') {
      const date = String(event.data.date);
      period = { start: date, resumedOn: date, extensions: [] };
    }
    if (event.kind === 'extension_granted') {
      const { months, grantedOn, tier } = event.data as { months: number; grantedOn: string; tier?: number };
      period.extensions.push({ months, grantedOn, ...(tier === undefined ? {} : { tier }) });
    }
  }
  return period;
};

/** Runs the Art. 147 rule over the current period, optionally with one more extension. */
export const computeSettlementDeadline = (
  receivedOn: string,
  events: readonly DeadlineEvent[],
  category: ProcedureCategory,
  extra?: GrantedExtension,
): { result: DeadlineResult; period: Period } => {
  const period = currentPeriod(receivedOn, events);
  const input: ComputeDeadlineInput = {
    ruleId: SETTLEMENT_RULE,
    start: period.start,
    category,
    extensionsGranted: extra ? [...period.extensions, extra] : period.extensions,
  };
  return { result: computeDeadline(input), period };
};

/**
 * The settlement deadline of a report from its events, as of `today`: stopped once settled or while
 * suspended, otherwise the due date with its legal basis, the arithmetic and the days left.
 */
export const settlementDeadline = (
  receivedOn: string,
  events: readonly DeadlineEvent[],
  category: ProcedureCategory,
  today: string,
): CrimeReportDeadline => {
  const last = events.filter((e) => ['settled', 'suspended', 'resumed'].includes(e.kind)).at(-1);
  if (last?.kind === 'settled') {
    return {
      state: 'stopped',
      reason: { vi: 'Đã giải quyết xong tố giác, tin báo', en: 'The report has been settled' },
    };
  }
  if (last?.kind === 'suspended') {
    return {
      state: 'stopped',
      reason: {
        vi: `Tạm đình chỉ giải quyết từ ngày ${formatViDate(String(last.data.date))} (Điều 148 BLTTHS): thời hạn không chạy`,
        en: `Settlement suspended since ${last.data.date} (Art. 148 CPC): the period does not run`,
      },
    };
  }
  const { result, period } = computeSettlementDeadline(receivedOn, events, category);
  if (!result.ok) {
    // Events were validated with the same engine when recorded, so this means the rules changed under them.
    return { state: 'stopped', reason: result.reason };
  }
  const steps = period.resumedOn
    ? [
        {
          vi: `Phục hồi giải quyết ngày ${formatViDate(period.resumedOn)} (Điều 149 BLTTHS): thời hạn tính lại từ ngày phục hồi.`,
          en: `Settlement resumed on ${period.resumedOn} (Art. 149 CPC): the period runs again from that day.`,
        },
        ...result.steps,
      ]
    : result.steps;
  const daysLeft = daysBetween(today, result.due.slice(0, 10));
  return {
    state: 'running',
    start: result.start,
    due: result.due,
    basis: result.basis,
    basisEn: result.basisEn,
    maxPossibleDue: result.maxPossibleDue,
    ...(result.requestBy ? { requestBy: result.requestBy } : {}),
    steps,
    daysLeft,
    overdue: daysLeft < 0,
  };
};

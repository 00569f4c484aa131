import { compareDates } from '../../procedure/calendar.ts';

/**
 * Handling of an incoming document (Decree 30 Art. 20, 23, 24): registered (received), routed to a unit or
 * person with a deadline, in progress, done.
 */
export const HANDLING_STATUSES = ['received', 'routed', 'in_progress', 'done'] as const;
export type HandlingStatus = (typeof HANDLING_STATUSES)[number];

const NEXT: Record<HandlingStatus, readonly HandlingStatus[]> = {
  received: ['routed'],
  // Re-routing is allowed until the document is done (Art. 23(3): the leader's instruction may be changed).
  routed: ['routed', 'in_progress', 'done'],
  in_progress: ['routed', 'done'],
  done: [],
};

/** Whether handling may move from one status to another. */
export const canMoveHandling = (from: HandlingStatus, to: HandlingStatus): boolean => NEXT[from].includes(to);

/** Open handling whose deadline passed before `today` is overdue (Art. 24(2): the clerk follows up). */
export const isHandlingOverdue = (status: HandlingStatus, dueOn: string | null, today: string): boolean =>
  status !== 'done' && dueOn !== null && compareDates(dueOn, today) < 0;

import {
  addDays,
  type DeadlineDashboard,
  type DeadlineItem,
  type DeadlineQuery,
  daysBetween,
  deadlineState,
  grantsFor,
  type LiveDeadline,
} from '@eprocuracy/domain';
import { and, type SQL } from 'drizzle-orm';
import { accessFilter } from '../../platform/access.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { getOffice } from '../identity/offices.ts';
import { caseCode } from './case-derived.ts';
import * as caseRepo from './cases.repo.ts';
import { cases } from './cases.schema.ts';
import * as repo from './deadline-dashboard.repo.ts';

const officePathOf = (ctx: Ctx) => `/${ctx.actor.officePath.join('/')}/`;

/** Which deadlines a scope covers: the actor's cases, the actor's office, or the offices below it. */
const scopeFilter = (ctx: Ctx, scope: DeadlineQuery['scope']): SQL => {
  switch (scope) {
    case 'mine':
      return repo.ofCasesAssignedTo(ctx.actor.officerId);
    case 'office':
      return repo.ofOffice(ctx.actor.officeId);
    case 'below': {
      const below = repo.ofOfficesBelow(officePathOf(ctx), ctx.actor.officeId);
      // Without a grant reaching the offices below, only the actor's own assignments can show there: find
      // those through the assignment index rather than test every deadline below against the policy.
      const reachesBelow = grantsFor(ctx.actor, 'case', 'read').some((g) => g.reach === 'subtree' || g.reach === 'all');
      return reachesBelow ? below : (and(below, repo.ofCasesAssignedTo(ctx.actor.officerId)) as SQL);
    }
  }
};

const stateFilter = (state: DeadlineQuery['state'], today: string): SQL | undefined => {
  switch (state) {
    case 'overdue':
      return repo.isOverdue(today);
    case 'due_soon':
      return repo.isDueSoon(today);
    case 'all':
      return undefined;
  }
};

const sumCounts = (rows: readonly { overdue: number; dueSoon: number }[]) => ({
  overdue: rows.reduce((n, r) => n + r.overdue, 0),
  dueSoon: rows.reduce((n, r) => n + r.dueSoon, 0),
});

/**
 * "Việc sắp đến hạn / quá hạn": the live deadlines that are overdue or due within DEADLINE_SOON_DAYS, in the
 * actor's scope, soonest first. Lists only cases the actor may read (the same rule as the case page).
 */
export const getDeadlineDashboard = async (ctx: Ctx, query: DeadlineQuery): Promise<DeadlineDashboard> => {
  const today = todayInVietnam();
  const soonDays = ctx.config.DEADLINE_SOON_DAYS;
  const conditions: SQL[] = [
    accessFilter(ctx, 'case', 'read', {
      officeId: cases.officeId,
      officePath: repo.officePathColumn,
      secrecy: cases.secrecy,
      isAssigned: caseRepo.isAssignedTo,
    }),
    scopeFilter(ctx, query.scope),
    repo.needsAttention(today, addDays(today, soonDays)),
  ];
  const wholeScope = and(...conditions) as SQL;
  // An office picked from the per-office counts narrows the list and its counts, not the per-office table.
  const inScope = query.officeId
    ? (and(wholeScope, repo.ofSubtree((await getOffice(ctx, query.officeId)).path)) as SQL)
    : wholeScope;
  const withState = and(inScope, stateFilter(query.state, today)) as SQL;
  const byOfficeCounted = query.scope === 'below' ? repo.countDeadlinesByOffice(ctx.db, wholeScope, today) : null;
  // Over the whole scope the per-office counts add up to the totals: no second pass over the same rows.
  const totalled = byOfficeCounted && !query.officeId ? byOfficeCounted.then(sumCounts) : null;
  const [rows, counts, byOffice] = await Promise.all([
    repo.listDeadlines(ctx.db, withState, query),
    totalled ?? repo.countDeadlines(ctx.db, inScope, today),
    byOfficeCounted ?? [],
  ]);
  const officers = await caseRepo.currentAssignments(
    ctx.db,
    rows.map((r) => r.caseId),
  );
  const prosecutorsOf = Map.groupBy(
    officers.filter((a) => a.role === 'prosecutor'),
    (a) => a.caseId,
  );
  const items = rows.map((row): DeadlineItem => {
    const daysLeft = daysBetween(today, row.dueDate);
    return {
      caseId: row.caseId,
      caseCode: caseCode(row, row.officeCode),
      caseTitle: row.title,
      officeId: row.officeId,
      officeName: row.officeName,
      key: row.key,
      kind: row.kind as LiveDeadline['kind'],
      label: { vi: row.labelVi, en: row.labelEn },
      basis: row.basis,
      due: row.due,
      dueDate: row.dueDate,
      daysLeft,
      state: deadlineState(daysLeft, soonDays),
      prosecutors: (prosecutorsOf.get(row.caseId) ?? []).map((a) => a.fullName),
    };
  });
  const totals = { overdue: counts.overdue, due_soon: counts.dueSoon, all: counts.overdue + counts.dueSoon };
  return { items, total: totals[query.state], counts, byOffice };
};

/** Case codes by case id, for lists that name cases (notifications). */
export const caseCodesOf = async (db: Db, caseIds: readonly string[]): Promise<Map<string, string>> =>
  new Map((await repo.findCaseCodes(db, caseIds)).map((r) => [r.id, caseCode(r, r.officeCode)]));

import { addDays, type CaseListQuery, type CaseSummary, DEFAULT_SOON_DAYS, foldText } from '@eprocuracy/domain';
import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { accessFilter } from '../../platform/access.ts';
import type { Ctx } from '../../platform/context.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { getOffice } from '../identity/offices.ts';
import { summaryOf } from './case-view.ts';
import * as repo from './cases.repo.ts';
import { caseAssignments, caseCharges, cases } from './cases.schema.ts';

/** Counting stops here: a list says "more than 10 000" rather than scanning a whole country to count. */
export const COUNT_CAP = 10_000;

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

const assignedTo = (officerId: string) =>
  sql`EXISTS (SELECT 1 FROM ${caseAssignments} WHERE ${caseAssignments.caseId} = ${cases.id} AND ${caseAssignments.officerId} = ${officerId} AND ${caseAssignments.toDate} IS NULL)`;

const charged = (article: string) =>
  sql`EXISTS (SELECT 1 FROM ${caseCharges} WHERE ${caseCharges.caseId} = ${cases.id} AND ${caseCharges.article} = ${article.toLowerCase()} AND ${caseCharges.withdrawnAt} IS NULL)`;

/** The WHERE clause of a case list: the access policy first, then the officer's filters. */
export const caseFilter = async (ctx: Ctx, query: Omit<CaseListQuery, 'limit' | 'offset' | 'sort'>): Promise<SQL> => {
  const today = todayInVietnam();
  const conditions: (SQL | undefined)[] = [
    accessFilter(ctx, 'case', 'read', {
      officeId: cases.officeId,
      officePath: repo.officePathColumn,
      secrecy: cases.secrecy,
      isAssigned: repo.isAssignedTo,
    }),
  ];
  if (query.officeId) {
    const office = await getOffice(ctx, query.officeId);
    conditions.push(
      query.subtree === 'true'
        ? sql`${repo.officePathColumn} LIKE ${`${office.path}%`}`
        : eq(cases.officeId, office.id),
    );
  }
  conditions.push(isNull(cases.mergedInto));
  if (query.stage) conditions.push(eq(cases.stage, query.stage));
  if (query.crimeReportId) conditions.push(eq(cases.crimeReportId, query.crimeReportId));
  if (query.category) conditions.push(eq(cases.category, query.category));
  if (query.article) conditions.push(charged(query.article));
  if (query.prosecutorId) conditions.push(assignedTo(query.prosecutorId));
  if (query.mine === 'true') conditions.push(assignedTo(ctx.actor.officerId));
  if (query.deadline === 'overdue') conditions.push(sql`${cases.nextDueDate} < ${today}`);
  if (query.deadline === 'due_soon') {
    conditions.push(sql`${cases.nextDueDate} BETWEEN ${today} AND ${addDays(today, DEFAULT_SOON_DAYS)}`);
  }
  if (query.deadline === 'none') conditions.push(isNull(cases.nextDueDate));
  if (query.q) {
    const words = foldText(query.q).split(' ').filter(Boolean).slice(0, 8);
    for (const word of words) conditions.push(sql`${cases.searchText} LIKE ${`%${escapeLike(word)}%`}`);
  }
  return and(...conditions) as SQL;
};

const ORDER = {
  updated: [desc(cases.updatedAt), desc(cases.id)],
  opened: [desc(cases.openedOn), desc(cases.id)],
  due: [sql`${cases.nextDueDate} ASC NULLS LAST`, asc(cases.id)],
};

/** Cases the actor may read (the same rule as the case page), filtered and paged. */
export const listCases = async (ctx: Ctx, query: CaseListQuery): Promise<{ items: CaseSummary[]; total: number }> => {
  const filter = await caseFilter(ctx, query);
  const [rows, total] = await Promise.all([
    ctx.db
      .select(repo.withOffice)
      .from(cases)
      .innerJoin(repo.officesTable, repo.joinOffice)
      .where(filter)
      .orderBy(...ORDER[query.sort])
      .limit(query.limit)
      .offset(query.offset),
    countCases(ctx, filter),
  ]);
  const officers = Map.groupBy(
    await repo.currentAssignments(
      ctx.db,
      rows.map((r) => r.row.id),
    ),
    (a) => a.caseId,
  );
  const today = todayInVietnam();
  return { items: rows.map((r) => summaryOf(r, officers.get(r.row.id) ?? [], today)), total };
};

/** Matching cases, counted up to `COUNT_CAP + 1`. */
const countCases = async (ctx: Ctx, filter: SQL) => {
  const inner = ctx.db
    .select({ one: sql`1` })
    .from(cases)
    .innerJoin(repo.officesTable, repo.joinOffice)
    .where(filter)
    .limit(COUNT_CAP + 1)
    .as('matching');
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(inner);
  return row?.n ?? 0;
};

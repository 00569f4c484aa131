import { addDays, type CaseListQuery, type CaseSummary, DEFAULT_SOON_DAYS, foldText } from '@eprocuracy/domain';
import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { accessFilter } from '../../platform/access.ts';
import type { Ctx } from '../../platform/context.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { getOffice } from '../identity/offices.ts';
import { summaryOf } from './case-view.ts';
import * as repo from './cases.repo.ts';
import { caseAssignments, cases } from './cases.schema.ts';

/** Counting stops here: a list says "more than 10 000" rather than scanning a whole country to count. */
export const COUNT_CAP = 10_000;

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A whole case code ("12/2026/QNI") is that one case, found by its number key, not the cases containing it. */
const CASE_CODE = /^(\d{1,7})\/(\d{4})\/([a-z0-9-]+)$/;

const wordCondition = (word: string): SQL => {
  const code = CASE_CODE.exec(word);
  if (!code) return sql`${cases.searchText} LIKE ${`%${escapeLike(word)}%`}`;
  const [, number, year, officeCode] = code;
  return sql`(${cases.number} = ${Number(number)} AND ${cases.year} = ${Number(year)} AND ${repo.officesTable.code} = ${officeCode?.toUpperCase()})`;
};

const assignedTo = (officerId: string) =>
  sql`EXISTS (SELECT 1 FROM ${caseAssignments} WHERE ${caseAssignments.caseId} = ${cases.id} AND ${caseAssignments.officerId} = ${officerId} AND ${caseAssignments.toDate} IS NULL)`;

/**
 * The filters a composite GIN index answers together with the office (words, article): they go inside each
 * arm of the access policy so that each arm is one index scan. The others stay outside, where PostgreSQL
 * tests them on the rows the policy lets through.
 */
const indexedFilters = (query: Omit<CaseListQuery, 'limit' | 'offset' | 'sort'>): SQL | undefined => {
  const conditions: SQL[] = [];
  if (query.article) conditions.push(sql`${cases.chargeArticles} @> ARRAY[${query.article.toLowerCase()}]::text[]`);
  const words = query.q ? foldText(query.q).split(' ').filter(Boolean).slice(0, 8) : [];
  conditions.push(...words.map(wordCondition));
  return and(...conditions);
};

/** The WHERE clause of a case list: the access policy (with the indexed filters in each arm), then the rest. */
export const caseFilter = async (ctx: Ctx, query: Omit<CaseListQuery, 'limit' | 'offset' | 'sort'>): Promise<SQL> => {
  const today = todayInVietnam();
  const conditions: (SQL | undefined)[] = [
    accessFilter(
      ctx,
      'case',
      'read',
      {
        officeId: cases.officeId,
        officePath: repo.officePathColumn,
        secrecy: cases.secrecy,
        isAssigned: repo.isAssignedTo,
      },
      indexedFilters(query),
    ),
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
  if (query.prosecutorId) conditions.push(assignedTo(query.prosecutorId));
  if (query.mine === 'true') conditions.push(assignedTo(ctx.actor.officerId));
  if (query.deadline === 'overdue') conditions.push(sql`${cases.nextDueDate} < ${today}`);
  if (query.deadline === 'due_soon') {
    conditions.push(sql`${cases.nextDueDate} BETWEEN ${today} AND ${addDays(today, DEFAULT_SOON_DAYS)}`);
  }
  if (query.deadline === 'none') conditions.push(isNull(cases.nextDueDate));
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

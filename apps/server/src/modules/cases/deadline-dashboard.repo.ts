import { and, asc, desc, eq, gte, inArray, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { offices } from '../identity/identity.schema.ts';
import { caseAssignments, caseDeadlines, cases } from './cases.schema.ts';

/**
 * Deadlines that call for attention on `today`: overdue ones and those due by `horizon`. A window
 * (appeal, protest) lapses instead of falling overdue, so a past window is never one of them.
 */
export const needsAttention = (today: string, horizon: string): SQL =>
  and(
    lte(caseDeadlines.dueDate, horizon),
    sql`NOT (${caseDeadlines.window} AND ${caseDeadlines.dueDate} < ${today})`,
  ) as SQL;

export const isOverdue = (today: string): SQL => lt(caseDeadlines.dueDate, today);
export const isDueSoon = (today: string): SQL => gte(caseDeadlines.dueDate, today);

/**
 * Deadlines of the cases the officer is currently assigned to. `= ANY(ARRAY(…))` makes the planner fetch the
 * officer's few cases first and look their deadlines up by key, instead of scanning every deadline by date.
 */
export const ofCasesAssignedTo = (officerId: string): SQL =>
  sql`${caseDeadlines.caseId} = ANY(ARRAY(SELECT ${caseAssignments.caseId} FROM ${caseAssignments} WHERE ${caseAssignments.officerId} = ${officerId} AND ${caseAssignments.toDate} IS NULL))`;

export const ofOffice = (officeId: string): SQL => eq(caseDeadlines.officeId, officeId);

/** Deadlines of the offices strictly below the office at `officePath` ('/root/…/office/'). */
export const ofOfficesBelow = (officePath: string, officeId: string): SQL =>
  and(
    inArray(
      caseDeadlines.officeId,
      sql`(SELECT ${offices.id} FROM ${offices} WHERE ${offices.path} LIKE ${`${officePath}%`})`,
    ),
    ne(caseDeadlines.officeId, officeId),
  ) as SQL;

/** Deadlines of an office and of every office below it. */
export const ofSubtree = (officePath: string): SQL =>
  inArray(
    caseDeadlines.officeId,
    sql`(SELECT ${offices.id} FROM ${offices} WHERE ${offices.path} LIKE ${`${officePath}%`})`,
  );

export const officePathColumn = offices.path;

/** One page of deadlines matching `filter`, soonest first. */
export const listDeadlines = (db: Db, filter: SQL, page: { limit: number; offset: number }) =>
  db
    .select({
      caseId: caseDeadlines.caseId,
      key: caseDeadlines.key,
      kind: caseDeadlines.kind,
      labelVi: caseDeadlines.labelVi,
      labelEn: caseDeadlines.labelEn,
      basis: caseDeadlines.basis,
      due: caseDeadlines.due,
      dueDate: caseDeadlines.dueDate,
      number: cases.number,
      year: cases.year,
      title: cases.title,
      officeId: cases.officeId,
      officeCode: offices.code,
      officeName: offices.name,
    })
    .from(caseDeadlines)
    .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
    .innerJoin(offices, eq(offices.id, cases.officeId))
    .where(filter)
    .orderBy(asc(caseDeadlines.dueDate), asc(caseDeadlines.caseId), asc(caseDeadlines.key))
    .limit(page.limit)
    .offset(page.offset);

const counted = (today: string) => ({
  overdue: sql<number>`count(*) FILTER (WHERE ${caseDeadlines.dueDate} < ${today})::int`,
  dueSoon: sql<number>`count(*) FILTER (WHERE ${caseDeadlines.dueDate} >= ${today})::int`,
});

/** Overdue and due-soon counts of the deadlines matching `filter`. */
export const countDeadlines = async (db: Db, filter: SQL, today: string) => {
  const [row] = await db
    .select(counted(today))
    .from(caseDeadlines)
    .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
    .innerJoin(offices, eq(offices.id, cases.officeId))
    .where(filter);
  return { overdue: row?.overdue ?? 0, dueSoon: row?.dueSoon ?? 0 };
};

/** The same counts per office, offices with the most overdue items first. */
export const countDeadlinesByOffice = (db: Db, filter: SQL, today: string) =>
  db
    .select({ officeId: cases.officeId, officeName: offices.name, ...counted(today) })
    .from(caseDeadlines)
    .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
    .innerJoin(offices, eq(offices.id, cases.officeId))
    .where(filter)
    .groupBy(cases.officeId, offices.name)
    .orderBy(desc(counted(today).overdue), desc(counted(today).dueSoon), asc(offices.name));

/** Case codes (number/year/office code) of some cases. */
export const findCaseCodes = async (db: Db, caseIds: readonly string[]) =>
  caseIds.length === 0
    ? []
    : db
        .select({ id: cases.id, number: cases.number, year: cases.year, officeCode: offices.code })
        .from(cases)
        .innerJoin(offices, eq(offices.id, cases.officeId))
        .where(inArray(cases.id, [...caseIds]));

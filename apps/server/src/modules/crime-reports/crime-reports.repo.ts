import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import { officers, offices } from '../identity/identity.schema.ts';
import { crimeReportAssignments, crimeReportEvents, crimeReports } from './crime-reports.schema.ts';

export type CrimeReportRow = typeof crimeReports.$inferSelect;
export type CrimeReportEventRow = typeof crimeReportEvents.$inferSelect;

const withOffice = {
  report: crimeReports,
  officeName: offices.name,
  officeCode: offices.code,
  officePath: offices.path,
};

export const insertCrimeReport = (tx: Db, row: typeof crimeReports.$inferInsert) => tx.insert(crimeReports).values(row);

export const updateCrimeReport = (tx: Db, id: string, patch: Partial<typeof crimeReports.$inferInsert>) =>
  tx.update(crimeReports).set(patch).where(eq(crimeReports.id, id));

export const findCrimeReport = async (db: Db, id: string) =>
  (
    await db
      .select(withOffice)
      .from(crimeReports)
      .innerJoin(offices, eq(offices.id, crimeReports.officeId))
      .where(eq(crimeReports.id, id))
  )[0];

/** SQL true when the officer currently supervises the report. */
export const isAssignedTo = (officerId: string): SQL =>
  sql`EXISTS (SELECT 1 FROM ${crimeReportAssignments} WHERE ${crimeReportAssignments.crimeReportId} = ${crimeReports.id} AND ${crimeReportAssignments.officerId} = ${officerId} AND ${crimeReportAssignments.toDate} IS NULL)`;

/** Summary or source containing every word typed, ignoring case and Vietnamese diacritics. */
export const textMatches = (q: string): SQL | undefined => {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
  const text = sql`(f_unaccent(${crimeReports.summary}) || ' ' || f_unaccent(${crimeReports.source}))`;
  return and(...words.map((word) => sql`${text} LIKE f_unaccent(${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`})`));
};

export const officePathColumn = offices.path;

/** Reports of an office and of every office below it. */
export const inOfficeSubtree = (officePath: string): SQL => sql`${offices.path} LIKE ${`${officePath}%`}`;

export const listCrimeReports = (db: Db, filter: SQL, page?: { limit: number; offset: number }) => {
  const query = db
    .select(withOffice)
    .from(crimeReports)
    .innerJoin(offices, eq(offices.id, crimeReports.officeId))
    .where(filter)
    .orderBy(desc(crimeReports.receivedOn), desc(crimeReports.year), desc(crimeReports.number));
  return page ? query.limit(page.limit).offset(page.offset) : query;
};

export const countCrimeReports = async (db: Db, filter: SQL) =>
  (
    await db
      .select({ n: sql<number>`count(*)::int` })
      .from(crimeReports)
      .innerJoin(offices, eq(offices.id, crimeReports.officeId))
      .where(filter)
  )[0]?.n ?? 0;

/** Current assignments of some reports, with the officers' names. */
export const currentAssignments = async (db: Db, reportIds: readonly string[]) =>
  reportIds.length === 0
    ? []
    : db
        .select({
          crimeReportId: crimeReportAssignments.crimeReportId,
          officerId: crimeReportAssignments.officerId,
          fromDate: crimeReportAssignments.fromDate,
          fullName: officers.fullName,
        })
        .from(crimeReportAssignments)
        .innerJoin(officers, eq(officers.id, crimeReportAssignments.officerId))
        .where(
          and(inArray(crimeReportAssignments.crimeReportId, [...reportIds]), isNull(crimeReportAssignments.toDate)),
        )
        .orderBy(asc(crimeReportAssignments.fromDate), asc(crimeReportAssignments.createdAt));

export const insertAssignment = (tx: Db, row: Omit<typeof crimeReportAssignments.$inferInsert, 'id'>) =>
  tx.insert(crimeReportAssignments).values({ id: newId(), ...row });

/** Ends an officer's open assignment to a report. */
export const closeAssignment = (tx: Db, crimeReportId: string, officerId: string, toDate: string) =>
  tx
    .update(crimeReportAssignments)
    .set({ toDate })
    .where(
      and(
        eq(crimeReportAssignments.crimeReportId, crimeReportId),
        eq(crimeReportAssignments.officerId, officerId),
        isNull(crimeReportAssignments.toDate),
      ),
    );

/** Events of some reports, oldest first. */
export const listEvents = async (db: Db, reportIds: readonly string[]) =>
  reportIds.length === 0
    ? []
    : db
        .select()
        .from(crimeReportEvents)
        .where(inArray(crimeReportEvents.crimeReportId, [...reportIds]))
        .orderBy(asc(crimeReportEvents.at), asc(crimeReportEvents.id));

export const appendEvent = (tx: Db, row: Omit<typeof crimeReportEvents.$inferInsert, 'id'>) =>
  tx.insert(crimeReportEvents).values({ id: newId(), ...row });

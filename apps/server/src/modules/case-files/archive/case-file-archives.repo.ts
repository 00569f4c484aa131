import { and, desc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db.ts';
import { caseAssignments, cases } from '../../cases/cases.schema.ts';
import { offices } from '../../identity/identity.schema.ts';
import { caseFileArchiveDocuments, caseFileArchives } from './case-file-archives.schema.ts';

export type ArchiveRecord = typeof caseFileArchives.$inferSelect;

const { rows: _rows, report: _report, ...summaryColumns } = getTableColumns(caseFileArchives);

export const insertArchive = (db: Db, row: typeof caseFileArchives.$inferInsert) =>
  db.insert(caseFileArchives).values(row);

export const findArchive = async (db: Db, id: string) =>
  (await db.select().from(caseFileArchives).where(eq(caseFileArchives.id, id)))[0];

/** Progress and outcome, without the manifest rows and the report. */
export const findArchiveSummary = async (db: Db, id: string) =>
  (await db.select(summaryColumns).from(caseFileArchives).where(eq(caseFileArchives.id, id)))[0];
export type ArchiveSummary = NonNullable<Awaited<ReturnType<typeof findArchiveSummary>>>;

export const listArchives = (db: Db, createdBy: string, limit: number) =>
  db
    .select(summaryColumns)
    .from(caseFileArchives)
    .where(eq(caseFileArchives.createdBy, createdBy))
    .orderBy(desc(caseFileArchives.createdAt))
    .limit(limit);

export const updateArchive = (db: Db, id: string, patch: Partial<typeof caseFileArchives.$inferInsert>) =>
  db
    .update(caseFileArchives)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(caseFileArchives.id, id));

/** Counts one more row handled, committed with the document it filed. */
export const countRowDone = (db: Db, id: string) =>
  db
    .update(caseFileArchives)
    .set({ processed: sql`${caseFileArchives.processed} + 1`, updatedAt: new Date() })
    .where(eq(caseFileArchives.id, id));

export type FiledRow = { documentId: string; archiveId: string };

/** The rows of an archive (by its SHA-256) already filed as documents, by row, with the upload that filed them. */
export const filedRows = async (db: Db, archiveSha256: string): Promise<Map<number, FiledRow>> =>
  new Map(
    (
      await db
        .select({
          row: caseFileArchiveDocuments.row,
          documentId: caseFileArchiveDocuments.documentId,
          archiveId: caseFileArchiveDocuments.archiveId,
        })
        .from(caseFileArchiveDocuments)
        .where(eq(caseFileArchiveDocuments.archiveSha256, archiveSha256))
    ).map((r) => [r.row, { documentId: r.documentId, archiveId: r.archiveId }]),
  );

/** Whether a row of an archive was filed, read under the case-file lock in the writing transaction. */
export const isRowFiled = async (db: Db, archiveSha256: string, row: number) =>
  (
    await db
      .select({ row: caseFileArchiveDocuments.row })
      .from(caseFileArchiveDocuments)
      .where(and(eq(caseFileArchiveDocuments.archiveSha256, archiveSha256), eq(caseFileArchiveDocuments.row, row)))
  ).length > 0;

export const insertFiledRow = (db: Db, row: typeof caseFileArchiveDocuments.$inferInsert) =>
  db.insert(caseFileArchiveDocuments).values(row);

const caseColumns = {
  id: cases.id,
  number: cases.number,
  year: cases.year,
  externalRef: cases.externalRef,
  officeCode: offices.code,
};

/** Cases named by register code (number/year/office code). */
export const findCasesByCodes = async (db: Db, codes: readonly string[]) => {
  if (codes.length === 0) return [];
  const keys = codes.map((code) => {
    const [number, year, office] = code.split('/');
    return sql`(${Number(number)}, ${Number(year)}, ${office})`;
  });
  return db
    .select(caseColumns)
    .from(cases)
    .innerJoin(offices, eq(offices.id, cases.officeId))
    .where(sql`(${cases.number}, ${cases.year}, ${offices.code}) IN (${sql.join(keys, sql`, `)})`);
};

/** Cases with one of these source references, in any office (the caller keeps those the actor may write). */
export const findCasesByRefs = async (db: Db, refs: readonly string[]) =>
  refs.length === 0
    ? []
    : db
        .select(caseColumns)
        .from(cases)
        .innerJoin(offices, eq(offices.id, cases.officeId))
        .where(inArray(cases.externalRef, [...refs]));

/** Current officers of some cases, for the access policy. */
export const assigneesOf = async (db: Db, caseIds: readonly string[]) =>
  caseIds.length === 0
    ? []
    : db
        .select({ caseId: caseAssignments.caseId, officerId: caseAssignments.officerId })
        .from(caseAssignments)
        .where(and(inArray(caseAssignments.caseId, [...caseIds]), isNull(caseAssignments.toDate)));

/** How many documents this upload filed (not those an earlier upload of the same archive filed). */
export const countFiledBy = async (db: Db, archiveId: string) =>
  Number(
    (
      await db
        .select({ n: sql<number>`count(*)::int` })
        .from(caseFileArchiveDocuments)
        .where(eq(caseFileArchiveDocuments.archiveId, archiveId))
    )[0]?.n ?? 0,
  );

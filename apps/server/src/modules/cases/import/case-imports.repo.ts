import { and, desc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db.ts';
import { officers, offices } from '../../identity/identity.schema.ts';
import { caseAssignments, caseEvents, cases } from '../cases.schema.ts';
import { caseImports } from './case-imports.schema.ts';

export type CaseImportRecord = typeof caseImports.$inferSelect;

const { rows: _rows, report: _report, ...summaryColumns } = getTableColumns(caseImports);

/** PostgreSQL binds at most 65,535 parameters a statement: look values up in slices of this size. */
const SLICE = 10_000;

const inSlices = async <T, R>(values: readonly T[], read: (slice: T[]) => Promise<R[]>): Promise<R[]> => {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += SLICE) out.push(...(await read(values.slice(i, i + SLICE))));
  return out;
};

export const insertImport = (db: Db, row: typeof caseImports.$inferInsert) => db.insert(caseImports).values(row);

export const findImport = async (db: Db, id: string) =>
  (await db.select().from(caseImports).where(eq(caseImports.id, id)))[0];

/** The import's progress and outcome columns, without the parsed rows and the report (which can be large). */
export const findImportSummary = async (db: Db, id: string) =>
  (await db.select(summaryColumns).from(caseImports).where(eq(caseImports.id, id)))[0];
export type CaseImportSummary = NonNullable<Awaited<ReturnType<typeof findImportSummary>>>;

export const updateImport = (db: Db, id: string, patch: Partial<typeof caseImports.$inferInsert>) =>
  db
    .update(caseImports)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(caseImports.id, id));

/** Adds to the counters of an import (a batch of valid_rows committed). */
export const addToImportCounts = (db: Db, id: string, add: { processed: number; created: number; updated: number }) =>
  db
    .update(caseImports)
    .set({
      processed: sql`${caseImports.processed} + ${add.processed}`,
      casesCreated: sql`${caseImports.casesCreated} + ${add.created}`,
      casesUpdated: sql`${caseImports.casesUpdated} + ${add.updated}`,
      updatedAt: new Date(),
    })
    .where(eq(caseImports.id, id));

export const listImports = (db: Db, createdBy: string, limit: number) =>
  db
    .select(summaryColumns)
    .from(caseImports)
    .where(eq(caseImports.createdBy, createdBy))
    .orderBy(desc(caseImports.createdAt))
    .limit(limit);

export const findOfficesByCodes = (db: Db, codes: readonly string[]) =>
  inSlices(codes, (slice) =>
    db
      .select({ id: offices.id, code: offices.code, path: offices.path, status: offices.status })
      .from(offices)
      .where(inArray(offices.code, slice)),
  );

export const findOfficersByUsernames = (db: Db, usernames: readonly string[]) =>
  inSlices(usernames, (slice) =>
    db
      .select({
        id: officers.id,
        username: officers.username,
        fullName: officers.fullName,
        officeId: officers.officeId,
        status: officers.status,
        roles: officers.roles,
        clearance: officers.clearance,
      })
      .from(officers)
      .where(inArray(officers.username, slice)),
  );

/** Cases of these offices with any of these external references, with what access and numbering need. */
export const findCasesByRefs = async (db: Db, officeIds: readonly string[], refs: readonly string[]) => {
  if (officeIds.length === 0 || refs.length === 0) return [];
  const found = await inSlices(refs, (slice) =>
    db
      .select({
        id: cases.id,
        officeId: cases.officeId,
        externalRef: cases.externalRef,
        number: cases.number,
        year: cases.year,
        secrecy: cases.secrecy,
        summary: cases.summary,
        crimeReportId: cases.crimeReportId,
        reportReceivedOn: cases.reportReceivedOn,
        investigatingBodyCode: cases.investigatingBodyCode,
        createdBy: cases.createdBy,
        officePath: offices.path,
      })
      .from(cases)
      .innerJoin(offices, eq(offices.id, cases.officeId))
      .where(and(inArray(cases.officeId, [...officeIds]), inArray(cases.externalRef, slice))),
  );
  const assignees = await inSlices(
    found.map((c) => c.id),
    (slice) =>
      db
        .select({ caseId: caseAssignments.caseId, officerId: caseAssignments.officerId })
        .from(caseAssignments)
        .where(and(inArray(caseAssignments.caseId, slice), isNull(caseAssignments.toDate))),
  );
  const byCase = Map.groupBy(assignees, (a) => a.caseId);
  return found.map((c) => ({ ...c, assigneeIds: (byCase.get(c.id) ?? []).map((a) => a.officerId) }));
};

/** Which of these cases this import already wrote (their `imported` event names it): a resumed job skips them. */
export const casesWrittenBy = async (db: Db, importId: string, caseIds: readonly string[]) =>
  new Set(
    (
      await inSlices(caseIds, (slice) =>
        db
          .select({ caseId: caseEvents.caseId })
          .from(caseEvents)
          .where(
            and(
              inArray(caseEvents.caseId, slice),
              eq(caseEvents.kind, 'imported'),
              sql`${caseEvents.data}->>'importId' = ${importId}`,
            ),
          ),
      )
    ).map((r) => r.caseId),
  );

/** Register codes (number/year/office) of some cases, for the report. */
export const caseCodes = async (db: Db, caseIds: readonly string[]) =>
  new Map(
    (
      await inSlices(caseIds, (slice) =>
        db
          .select({ id: cases.id, number: cases.number, year: cases.year, officeCode: offices.code })
          .from(cases)
          .innerJoin(offices, eq(offices.id, cases.officeId))
          .where(inArray(cases.id, slice)),
      )
    ).map((c) => [c.id, `${c.number}/${c.year}/${c.officeCode}`]),
  );

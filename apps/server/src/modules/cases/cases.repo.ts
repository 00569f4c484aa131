import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import { officers, offices } from '../identity/identity.schema.ts';
import { textArrayLiteral } from './case-bulk-rows.ts';
import {
  caseAssignments,
  caseCharges,
  caseDeadlines,
  caseDecisions,
  caseEvents,
  caseEvidence,
  caseMeasures,
  casePersons,
  cases,
} from './cases.schema.ts';

export type CaseRow = typeof cases.$inferSelect;
export type PersonRow = typeof casePersons.$inferSelect;
export type ChargeRow = typeof caseCharges.$inferSelect;
export type EvidenceRow = typeof caseEvidence.$inferSelect;
export type DecisionRow = typeof caseDecisions.$inferSelect;
export type MeasureRow = typeof caseMeasures.$inferSelect;
export type EventRow = typeof caseEvents.$inferSelect;
export type DeadlineRow = typeof caseDeadlines.$inferSelect;

export const withOffice = { row: cases, officeName: offices.name, officeCode: offices.code, officePath: offices.path };

export const officesTable = offices;
export const joinOffice = eq(offices.id, cases.officeId);

export const findCase = async (db: Db, id: string) =>
  (
    await db.select(withOffice).from(cases).innerJoin(offices, eq(offices.id, cases.officeId)).where(eq(cases.id, id))
  )[0];

export const findByExternalRef = async (db: Db, officeId: string, externalRef: string) =>
  (
    await db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.officeId, officeId), eq(cases.externalRef, externalRef)))
  )[0];

export const findByCrimeReport = async (db: Db, crimeReportId: string) =>
  (await db.select({ id: cases.id }).from(cases).where(eq(cases.crimeReportId, crimeReportId)))[0];

/** Locks the case row for the rest of the transaction, so concurrent acts on one case apply one after the other. */
export const lockCase = async (tx: Db, id: string) =>
  (await tx.select().from(cases).where(eq(cases.id, id)).for('update'))[0];

export const insertCase = (tx: Db, row: typeof cases.$inferInsert) => tx.insert(cases).values(row);

export const updateCase = (tx: Db, id: string, patch: Partial<typeof cases.$inferInsert>) =>
  tx
    .update(cases)
    .set({ ...patch, updatedAt: new Date(), version: sql`${cases.version} + 1` })
    .where(eq(cases.id, id));

/** SQL true when the officer is currently assigned to the case. */
// `id = ANY(ARRAY(subquery))` rather than EXISTS: the officer's cases become an index condition on the primary key,
// so a list filtered by "assigned OR own office" is a BitmapOr of two index scans instead of a scan of every case.
export const isAssignedTo = (officerId: string): SQL =>
  sql`${cases.id} = ANY(ARRAY(SELECT ${caseAssignments.caseId} FROM ${caseAssignments} WHERE ${caseAssignments.officerId} = ${officerId} AND ${caseAssignments.toDate} IS NULL))`;

export const officePathColumn = offices.path;

/** Current prosecutors and leaders of some cases, with names, earliest first. */
export const currentAssignments = async (db: Db, caseIds: readonly string[]) =>
  caseIds.length === 0
    ? []
    : db
        .select({
          caseId: caseAssignments.caseId,
          officerId: caseAssignments.officerId,
          role: caseAssignments.role,
          fromDate: caseAssignments.fromDate,
          fullName: officers.fullName,
        })
        .from(caseAssignments)
        .innerJoin(officers, eq(officers.id, caseAssignments.officerId))
        .where(and(inArray(caseAssignments.caseId, [...caseIds]), isNull(caseAssignments.toDate)))
        .orderBy(asc(caseAssignments.fromDate), asc(caseAssignments.createdAt));

export const insertAssignment = (tx: Db, row: Omit<typeof caseAssignments.$inferInsert, 'id'>) =>
  tx.insert(caseAssignments).values({ id: newId(), ...row });

export const closeAssignment = (tx: Db, caseId: string, officerId: string, toDate: string) =>
  tx
    .update(caseAssignments)
    .set({ toDate })
    .where(
      and(eq(caseAssignments.caseId, caseId), eq(caseAssignments.officerId, officerId), isNull(caseAssignments.toDate)),
    );

/** Everything recorded on one case, oldest first. */
export const loadParts = async (db: Db, caseId: string) => {
  const [persons, charges, evidence, measures, decisions, events] = await Promise.all([
    db.select().from(casePersons).where(eq(casePersons.caseId, caseId)).orderBy(asc(casePersons.createdAt)),
    db.select().from(caseCharges).where(eq(caseCharges.caseId, caseId)).orderBy(asc(caseCharges.createdAt)),
    db.select().from(caseEvidence).where(eq(caseEvidence.caseId, caseId)).orderBy(asc(caseEvidence.createdAt)),
    db.select().from(caseMeasures).where(eq(caseMeasures.caseId, caseId)).orderBy(asc(caseMeasures.createdAt)),
    db.select().from(caseDecisions).where(eq(caseDecisions.caseId, caseId)).orderBy(asc(caseDecisions.createdAt)),
    db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.at), asc(caseEvents.id)),
  ]);
  return { persons, charges, evidence, measures, decisions, events };
};

/** The parts the derived fields need, for many cases at once (the deadline job, bulk writes). */
export const loadDerivationParts = async (db: Db, caseIds: readonly string[]) => {
  const ids = [...caseIds];
  if (ids.length === 0) return { persons: [], charges: [], measures: [], decisions: [] };
  // One query after another: this runs inside transactions, where a connection takes one query at a time.
  // Oldest first, as `loadParts` reads them: the search text lists names, and the lead charge breaks ties, in that order.
  const persons = await db
    .select()
    .from(casePersons)
    .where(inArray(casePersons.caseId, ids))
    .orderBy(asc(casePersons.createdAt));
  const charges = await db
    .select()
    .from(caseCharges)
    .where(and(inArray(caseCharges.caseId, ids), isNull(caseCharges.withdrawnAt)))
    .orderBy(asc(caseCharges.createdAt));
  const measures = await db
    .select()
    .from(caseMeasures)
    .where(inArray(caseMeasures.caseId, ids))
    .orderBy(asc(caseMeasures.createdAt));
  const decisions = await db
    .select()
    .from(caseDecisions)
    .where(inArray(caseDecisions.caseId, ids))
    .orderBy(asc(caseDecisions.createdAt));
  return { persons, charges, measures, decisions };
};

export const insertPerson = (tx: Db, row: typeof casePersons.$inferInsert) => tx.insert(casePersons).values(row);
export const updatePerson = (tx: Db, id: string, patch: Partial<typeof casePersons.$inferInsert>) =>
  tx.update(casePersons).set(patch).where(eq(casePersons.id, id));
export const insertCharges = (tx: Db, rows: (typeof caseCharges.$inferInsert)[]) =>
  rows.length === 0 ? Promise.resolve() : tx.insert(caseCharges).values(rows);
export const withdrawCharge = (tx: Db, id: string) =>
  tx.update(caseCharges).set({ withdrawnAt: new Date() }).where(eq(caseCharges.id, id));
export const insertEvidence = (tx: Db, row: typeof caseEvidence.$inferInsert) => tx.insert(caseEvidence).values(row);
export const insertDecision = (tx: Db, row: typeof caseDecisions.$inferInsert) => tx.insert(caseDecisions).values(row);
export const updateDecision = (tx: Db, id: string, patch: Partial<typeof caseDecisions.$inferInsert>) =>
  tx
    .update(caseDecisions)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(caseDecisions.id, id));
export const insertMeasure = (tx: Db, row: typeof caseMeasures.$inferInsert) => tx.insert(caseMeasures).values(row);
export const updateMeasure = (tx: Db, id: string, patch: Partial<typeof caseMeasures.$inferInsert>) =>
  tx.update(caseMeasures).set(patch).where(eq(caseMeasures.id, id));

export const appendEvent = (tx: Db, row: Omit<typeof caseEvents.$inferInsert, 'id'>) =>
  tx.insert(caseEvents).values({ id: newId(), ...row });

/** Replaces the stored live deadlines of some cases. */
export const replaceDeadlines = async (
  tx: Db,
  caseIds: readonly string[],
  rows: (typeof caseDeadlines.$inferInsert)[],
) => {
  if (caseIds.length === 0) return;
  await tx.delete(caseDeadlines).where(inArray(caseDeadlines.caseId, [...caseIds]));
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(caseDeadlines).values(rows.slice(i, i + 1000));
};

export const officerNames = async (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? new Map<string, string>()
    : new Map(
        (
          await db
            .select({ id: officers.id, fullName: officers.fullName })
            .from(officers)
            .where(inArray(officers.id, [...ids]))
        ).map((o) => [o.id, o.fullName]),
      );

type Derived = Pick<
  typeof cases.$inferInsert,
  | 'category'
  | 'leadArticle'
  | 'leadClause'
  | 'defendantCount'
  | 'nextDueDate'
  | 'nextDue'
  | 'completeness'
  | 'searchText'
  | 'chargeArticles'
>;

/**
 * Stores derived columns of many cases in one statement, without touching `updated_at`: recomputing is
 * not a change of the case.
 */
export const updateDerivedMany = async (tx: Db, changes: readonly { id: string; columns: Derived }[]) => {
  for (let i = 0; i < changes.length; i += 500) {
    const values = changes
      .slice(i, i + 500)
      .map(
        ({ id, columns: c }) =>
          sql`(${id}::uuid, ${c.category ?? null}, ${c.leadArticle ?? null}, ${c.leadClause ?? null}::int, ${c.defendantCount ?? 0}::int, ${c.nextDueDate ?? null}::date, ${c.nextDue ? JSON.stringify(c.nextDue) : null}::jsonb, ${c.completeness ?? 0}::int, ${c.searchText ?? ''}, ${textArrayLiteral(c.chargeArticles ?? [])}::text[])`,
      );
    await tx.execute(sql`
      UPDATE ${cases} AS c SET
        category = v.category, lead_article = v.lead_article, lead_clause = v.lead_clause,
        defendant_count = v.defendant_count, next_due_date = v.next_due_date, next_due = v.next_due,
        completeness = v.completeness, search_text = v.search_text, charge_articles = v.charge_articles
      FROM (VALUES ${sql.join(values, sql`, `)})
        AS v(id, category, lead_article, lead_clause, defendant_count, next_due_date, next_due, completeness, search_text, charge_articles)
      WHERE c.id = v.id`);
  }
};

/** The stored live deadlines of some cases. */
export const deadlinesOfCases = (db: Db, caseIds: readonly string[]) =>
  db
    .select()
    .from(caseDeadlines)
    .where(inArray(caseDeadlines.caseId, [...caseIds]));

export const evidenceCounts = async (db: Db, caseIds: readonly string[]) =>
  new Map(
    (
      await db
        .select({ caseId: caseEvidence.caseId, n: sql<number>`count(*)::int` })
        .from(caseEvidence)
        .where(inArray(caseEvidence.caseId, [...caseIds]))
        .groupBy(caseEvidence.caseId)
    ).map((r) => [r.caseId, r.n]),
  );

export const measuresOf = (db: Db, caseId: string, personId: string) =>
  db
    .select()
    .from(caseMeasures)
    .where(and(eq(caseMeasures.caseId, caseId), eq(caseMeasures.personId, personId)))
    .orderBy(asc(caseMeasures.createdAt));

export const findDecision = async (db: Db, caseId: string, id: string) =>
  (
    await db
      .select()
      .from(caseDecisions)
      .where(and(eq(caseDecisions.caseId, caseId), eq(caseDecisions.id, id)))
  )[0];

export const findPersonOfCase = async (db: Db, caseId: string, id: string) =>
  (
    await db
      .select()
      .from(casePersons)
      .where(and(eq(casePersons.caseId, caseId), eq(casePersons.id, id), isNull(casePersons.mergedInto)))
  )[0];

/** Decisions in effect, in the order they took effect, for replaying the case's ledger. */
export const decisionsInEffect = (db: Db, caseId: string) =>
  db
    .select()
    .from(caseDecisions)
    .where(and(eq(caseDecisions.caseId, caseId), eq(caseDecisions.inEffect, true)))
    .orderBy(asc(caseDecisions.decisionDate), asc(caseDecisions.createdAt));

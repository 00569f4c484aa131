import { and, asc, eq, gt, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db.ts';
import { officers, offices } from '../identity/identity.schema.ts';
import { caseAssignments, caseDeadlines, cases } from './cases.schema.ts';
import { isOverdue, needsAttention } from './deadline-dashboard.repo.ts';

/** Stages whose deadlines have all ended. */
const ENDED_STAGES = ['closed', 'terminated'];

/** Any fixed number naming the job's lock; 0x0dead1e5 reads "deadlines". */
const ALERT_BATCH_LOCK = 0x0dead1e5;

/**
 * Makes batches of concurrent runs (the nightly one and one an admin asked for) take turns, so two runs never
 * rewrite the same cases in opposite orders and deadlock; held until the transaction ends.
 */
export const takeAlertBatchLock = (tx: Db) => tx.execute(sql`SELECT pg_advisory_xact_lock(${ALERT_BATCH_LOCK})`);

/** The next batch of live cases after `afterId`, in id order (keyset pagination over the primary key). */
export const liveCaseIdsAfter = async (db: Db, afterId: string | null, limit: number): Promise<string[]> =>
  (
    await db
      .select({ id: cases.id })
      .from(cases)
      .where(and(notInArray(cases.stage, ENDED_STAGES), afterId ? gt(cases.id, afterId) : undefined))
      .orderBy(asc(cases.id))
      .limit(limit)
  ).map((row) => row.id);

/** Deadlines of some cases that are overdue or due by `horizon`, with what the access policy needs to know. */
export const deadlinesNeedingAttention = (db: Db, caseIds: readonly string[], today: string, horizon: string) =>
  db
    .select({
      caseId: caseDeadlines.caseId,
      key: caseDeadlines.key,
      labelVi: caseDeadlines.labelVi,
      labelEn: caseDeadlines.labelEn,
      due: caseDeadlines.due,
      dueDate: caseDeadlines.dueDate,
      number: cases.number,
      year: cases.year,
      secrecy: cases.secrecy,
      officeId: cases.officeId,
      officeCode: offices.code,
      officePath: offices.path,
    })
    .from(caseDeadlines)
    .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
    .innerJoin(offices, eq(offices.id, cases.officeId))
    .where(and(inArray(caseDeadlines.caseId, [...caseIds]), needsAttention(today, horizon)));

/** An officer as the access policy sees them. */
const officerColumns = {
  officerId: officers.id,
  officeId: officers.officeId,
  officePath: offices.path,
  roles: officers.roles,
  clearance: officers.clearance,
};
const isActive = eq(officers.status, 'active');
const isLeader = sql`'leader' = ANY(${officers.roles})`;

/** Active prosecutors currently assigned to some cases. */
export const assignedProsecutors = (db: Db, caseIds: readonly string[]) =>
  db
    .select({ caseId: caseAssignments.caseId, ...officerColumns })
    .from(caseAssignments)
    .innerJoin(officers, eq(officers.id, caseAssignments.officerId))
    .innerJoin(offices, eq(offices.id, officers.officeId))
    .where(
      and(
        inArray(caseAssignments.caseId, [...caseIds]),
        isNull(caseAssignments.toDate),
        eq(caseAssignments.role, 'prosecutor'),
        isActive,
      ),
    );

/** Active leaders of some offices. */
export const officeLeaders = (db: Db, officeIds: readonly string[]) =>
  officeIds.length === 0
    ? Promise.resolve([])
    : db
        .select(officerColumns)
        .from(officers)
        .innerJoin(offices, eq(offices.id, officers.officeId))
        .where(and(inArray(officers.officeId, [...officeIds]), isLeader, isActive));

const caseOffice = alias(offices, 'case_office');
const counts = (today: string) => ({
  caseOfficeId: cases.officeId,
  caseOfficePath: caseOffice.path,
  secrecy: cases.secrecy,
  overdue: sql<number>`count(*) FILTER (WHERE ${caseDeadlines.dueDate} < ${today})::int`,
  dueSoon: sql<number>`count(*) FILTER (WHERE ${caseDeadlines.dueDate} >= ${today})::int`,
});

/**
 * Per prosecutor, the deadlines needing attention on their current cases, counted by case office and
 * secrecy so that the caller can keep only what the policy lets each one read.
 */
export const prosecutorDeadlineCounts = (db: Db, today: string, horizon: string) =>
  db
    .select({ ...officerColumns, ...counts(today) })
    .from(caseDeadlines)
    .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
    .innerJoin(caseOffice, eq(caseOffice.id, cases.officeId))
    .innerJoin(
      caseAssignments,
      and(
        eq(caseAssignments.caseId, caseDeadlines.caseId),
        isNull(caseAssignments.toDate),
        eq(caseAssignments.role, 'prosecutor'),
      ),
    )
    .innerJoin(officers, and(eq(officers.id, caseAssignments.officerId), isActive))
    .innerJoin(offices, eq(offices.id, officers.officeId))
    .where(needsAttention(today, horizon))
    .groupBy(officers.id, offices.path, cases.officeId, caseOffice.path, cases.secrecy);

/** Per leader, the overdue deadlines of their own office's cases, by secrecy. */
export const leaderOverdueCounts = (db: Db, today: string, horizon: string) =>
  db
    .select({ ...officerColumns, ...counts(today) })
    .from(caseDeadlines)
    .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
    .innerJoin(caseOffice, eq(caseOffice.id, cases.officeId))
    .innerJoin(officers, and(eq(officers.officeId, cases.officeId), isLeader, isActive))
    .innerJoin(offices, eq(offices.id, officers.officeId))
    .where(and(needsAttention(today, horizon), isOverdue(today)))
    .groupBy(officers.id, offices.path, cases.officeId, caseOffice.path, cases.secrecy);

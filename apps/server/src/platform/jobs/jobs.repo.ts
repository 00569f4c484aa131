import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { auditLog } from '../audit.schema.ts';
import type { Db } from '../db.ts';
import { newId } from '../ids.ts';
import type { JobRow } from './define-job.ts';
import { jobSchedules, jobs } from './jobs.schema.ts';

type NewJob = { id?: string; name: string; payload: unknown; maxAttempts: number; runAt?: Date; singletonKey?: string };

const ACTIVE = sql`status in ('queued', 'running')`;
const inMs = (ms: number) => sql`now() + ${ms} * interval '1 millisecond'`;

/** Inserts a job; with a singleton key already queued or running, inserts nothing and returns null. */
export const insertJob = async (db: Db, job: NewJob): Promise<string | null> => {
  const [row] = await db
    .insert(jobs)
    .values({ ...job, id: job.id ?? newId(), runAt: job.runAt ?? sql`now()` })
    .onConflictDoNothing({ target: jobs.singletonKey, where: ACTIVE })
    .returning({ id: jobs.id });
  return row?.id ?? null;
};

/** Takes up to `limit` due jobs no other worker holds, leasing them to `workerId` for `leaseMs`. */
export const claimJobs = (db: Db, workerId: string, limit: number, leaseMs: number): Promise<JobRow[]> => {
  // One statement: the rows another worker has locked are skipped, not waited for.
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.status, 'queued'), lte(jobs.runAt, sql`now()`)))
    .orderBy(asc(jobs.runAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(jobs)
    .set({
      status: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      lockedBy: workerId,
      lockedUntil: inMs(leaseMs),
      startedAt: sql`now()`,
    })
    .where(inArray(jobs.id, due))
    .returning();
};

const leaseExpired = and(eq(jobs.status, 'running'), lte(jobs.lockedUntil, sql`now()`));
const exhausted = sql`${jobs.attempts} >= ${jobs.maxAttempts}`;
const leaseExpiredError = sql`'lease expired: the worker ' || coalesce(${jobs.lockedBy}, '?') || ' stopped during attempt ' || ${jobs.attempts}`;

/**
 * Queues again the jobs whose lease ran out (their worker died or hung) and have attempts left, to resume.
 * Returns those that have none left: each is failed by `failExpiredJob`, with its failure handler.
 */
export const releaseExpiredLeases = async (db: Db): Promise<JobRow[]> => {
  await db
    .update(jobs)
    .set({ status: 'queued', lastError: leaseExpiredError, lockedBy: null, lockedUntil: null })
    .where(and(leaseExpired, sql`not ${exhausted}`));
  return db.select().from(jobs).where(and(leaseExpired, exhausted));
};

/** Fails an exhausted job whose lease ran out; null when another worker got there first. */
export const failExpiredJob = async (db: Db, id: string): Promise<JobRow | null> => {
  const [row] = await db
    .update(jobs)
    .set({ status: 'failed', finishedAt: sql`now()`, lastError: leaseExpiredError, lockedBy: null, lockedUntil: null })
    .where(and(eq(jobs.id, id), leaseExpired, exhausted))
    .returning();
  return row ?? null;
};

const held = (id: string, workerId: string) =>
  and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running'));

/** Extends the lease of a running job; false when this worker no longer holds it. */
export const renewLease = async (db: Db, id: string, workerId: string, leaseMs: number): Promise<boolean> =>
  (
    await db
      .update(jobs)
      .set({ lockedUntil: inMs(leaseMs) })
      .where(held(id, workerId))
      .returning({ id: jobs.id })
  ).length > 0;

/** Marks a job this worker holds as done. */
export const completeJob = (db: Db, id: string, workerId: string) =>
  db
    .update(jobs)
    .set({ status: 'done', finishedAt: sql`now()`, lockedBy: null, lockedUntil: null })
    .where(held(id, workerId));

/** Queues a job this worker holds for another attempt after `delayMs`. */
export const retryJob = (db: Db, id: string, workerId: string, error: string, delayMs: number) =>
  db
    .update(jobs)
    .set({ status: 'queued', runAt: inMs(delayMs), lastError: error, lockedBy: null, lockedUntil: null })
    .where(held(id, workerId));

/** Marks a job this worker holds as failed for good; null when it no longer holds it. */
export const failJob = async (db: Db, id: string, workerId: string, error: string): Promise<JobRow | null> => {
  const [row] = await db
    .update(jobs)
    .set({ status: 'failed', finishedAt: sql`now()`, lastError: error, lockedBy: null, lockedUntil: null })
    .where(held(id, workerId))
    .returning();
  return row ?? null;
};

export const findJob = async (db: Db, id: string): Promise<JobRow | undefined> =>
  (await db.select().from(jobs).where(eq(jobs.id, id)))[0];

/**
 * Records that a schedule enqueued the slot `slotAt`; true only for the first caller per slot, so of
 * several processes exactly one enqueues (the row lock serialises them).
 */
export const claimScheduleSlot = async (db: Db, name: string, slotAt: Date, jobId: string): Promise<boolean> =>
  (
    await db
      .insert(jobSchedules)
      .values({ name, lastSlotAt: slotAt, lastJobId: jobId })
      .onConflictDoUpdate({
        target: jobSchedules.name,
        set: { lastSlotAt: slotAt, lastJobId: jobId, updatedAt: sql`now()` },
        setWhere: sql`${jobSchedules.lastSlotAt} < excluded.last_slot_at`,
      })
      .returning({ name: jobSchedules.name })
  ).length > 0;

export type QueueStats = { queued: number; running: number; failed: number; oldestQueuedSeconds: number | null };

/** Counts for the health report; each count uses a partial index. */
export const readQueueStats = async (db: Db): Promise<QueueStats> => {
  const [row] = await db
    .select({
      queued: sql<number>`(select count(*) from jobs where status = 'queued' and run_at <= now())::int`,
      running: sql<number>`(select count(*) from jobs where status = 'running')::int`,
      failed: sql<number>`(select count(*) from jobs where status = 'failed')::int`,
      oldest: sql<
        number | null
      >`(select extract(epoch from now() - min(run_at))::float8 from jobs where status = 'queued' and run_at <= now())`,
    })
    .from(sql`(select 1) as one`);
  return {
    queued: Number(row?.queued ?? 0),
    running: Number(row?.running ?? 0),
    failed: Number(row?.failed ?? 0),
    oldestQueuedSeconds: row?.oldest == null ? null : Math.round(Number(row.oldest)),
  };
};

/** Whether a job already recorded its outcome in the audit log (lets a re-run job skip a second entry). */
export const hasJobAuditEntry = async (db: Db, jobId: string): Promise<boolean> =>
  (
    await db
      .select({ seq: auditLog.seq })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'job'), eq(auditLog.entityId, jobId)))
      .limit(1)
  ).length > 0;

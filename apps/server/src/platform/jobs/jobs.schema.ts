import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** The durable job queue: a row per job, claimed by workers with FOR UPDATE SKIP LOCKED. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    payload: jsonb('payload').notNull(),
    /** queued | running | done | failed | cancelled */
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    /** Which worker holds the lease; a lease past `locked_until` means that worker died. */
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    /** At most one queued or running job per key (e.g. `audit.verify:2026-11-22`). */
    singletonKey: text('singleton_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    check('jobs_status_check', sql`status in ('queued', 'running', 'done', 'failed', 'cancelled')`),
    index('jobs_queued_idx').on(t.runAt).where(sql`status = 'queued'`),
    index('jobs_running_idx').on(t.lockedUntil).where(sql`status = 'running'`),
    index('jobs_failed_idx').on(t.finishedAt).where(sql`status = 'failed'`),
    index('jobs_name_idx').on(t.name, t.createdAt),
    uniqueIndex('jobs_singleton_key').on(t.singletonKey).where(sql`status in ('queued', 'running')`),
  ],
);

/** State of the code-defined recurring schedules: the last slot each one enqueued, shared by all workers. */
export const jobSchedules = pgTable('job_schedules', {
  name: text('name').primaryKey(),
  lastSlotAt: timestamp('last_slot_at', { withTimezone: true }).notNull(),
  lastJobId: uuid('last_job_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

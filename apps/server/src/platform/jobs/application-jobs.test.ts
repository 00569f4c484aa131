import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { sessions } from '../../modules/identity/identity.schema.ts';
import { sessionsCleanupJob } from '../../modules/identity/sessions-cleanup.job.ts';
import { signedIn, TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { auditLog } from '../audit.schema.ts';
import { auditVerifyJob } from './audit-verify.job.ts';
import { scheduleCatalog } from './catalog.ts';
import { enqueue } from './enqueue.ts';
import { findJob } from './jobs.repo.ts';
import { jobSchedules, jobs } from './jobs.schema.ts';
import { startWorker } from './worker.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('application jobs', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  /** Runs the application's own worker (all jobs, all schedules) until the given jobs have finished. */
  const runUntilFinished = async (ids: () => Promise<string[]>) => {
    const worker = startWorker({ db: t.database.db, config: t.config, pollMs: 20 });
    try {
      for (let waited = 0; waited < 20_000; waited += 20) {
        const wanted = await ids();
        const rows = wanted.length
          ? await t.database.db.select({ status: jobs.status }).from(jobs).where(sql`${jobs.id} in ${wanted}`)
          : [];
        if (rows.length > 0 && rows.every((row) => row.status === 'done' || row.status === 'failed')) return;
        await sleep(20);
      }
      throw new Error('jobs did not finish in time');
    } finally {
      await worker.stop();
    }
  };

  const verdictOf = async (jobId: string) =>
    (
      await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'job'), eq(auditLog.entityId, jobId)))
    ).map((row) => ({ action: row.action, changes: row.changes as Record<string, { after: unknown }> }));

  test('the worker enqueues the daily schedules once and runs them; the audit chain is verified', async () => {
    const scheduled = async () =>
      (await t.database.db.select({ id: jobs.id }).from(jobs).where(sql`${jobs.singletonKey} is not null`)).map(
        (row) => row.id,
      );
    await runUntilFinished(scheduled);
    const rows = await t.database.db.select().from(jobs).where(sql`${jobs.singletonKey} is not null`);
    assert.deepEqual(rows.map((row) => row.name).sort(), [
      'audit.verify',
      'case-files.integrity',
      'cases.deadline-alerts',
      'sessions.cleanup',
    ]);
    assert.ok(rows.every((row) => row.status === 'done'));
    const schedules = await t.database.db.select().from(jobSchedules);
    assert.equal(schedules.length, scheduleCatalog.length);
    const verifyJob = rows.find((row) => row.name === 'audit.verify');
    assert.ok(verifyJob);
    const [verdict] = await verdictOf(verifyJob.id);
    assert.equal(verdict?.action, 'audit.verified');
    assert.ok(Number(verdict?.changes.entries?.after) >= 1);
  });

  test('a tampered audit log is reported as audit.broken naming the first broken entry', async () => {
    await new TestClient(t.app).login('admin', 'wrong-password-1');
    const [last] = await t.database.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    assert.ok(last);
    await t.database.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    await t.database.exec(`UPDATE audit_log SET action = 'forged' WHERE seq = ${last.seq}`);
    await t.database.exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
    const id = await enqueue(t.database.db, auditVerifyJob, {});
    assert.ok(id);
    await runUntilFinished(async () => [id]);
    const verdicts = await verdictOf(id);
    assert.equal(verdicts.length, 1);
    assert.equal(verdicts[0]?.action, 'audit.broken');
    assert.equal(verdicts[0]?.changes.firstBrokenSeq?.after, last.seq);
    assert.equal(verdicts[0]?.changes.reason?.after, 'edited');
    await t.database.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    await t.database.exec(`UPDATE audit_log SET action = '${last.action}' WHERE seq = ${last.seq}`);
    await t.database.exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
  });

  test('running the audit verification job again records its verdict only once', async () => {
    const id = await enqueue(t.database.db, auditVerifyJob, {});
    assert.ok(id);
    const job = await findJob(t.database.db, id);
    assert.ok(job);
    const handler = await auditVerifyJob.handler();
    const context = { payload: {}, job, db: t.database.db, config: t.config, signal: new AbortController().signal };
    await handler(context);
    await handler(context);
    const verdicts = await verdictOf(id);
    assert.deepEqual(
      verdicts.map((v) => v.action),
      ['audit.verified'],
    );
  });

  test('sessions.cleanup revokes idle and expired sessions and leaves live ones', async () => {
    await signedIn(t.app, 'ksv.quangninh');
    await signedIn(t.app, 'ksv.travinh');
    const open = () => t.database.db.select().from(sessions).where(isNull(sessions.revokedAt));
    const [idle, expired] = await open();
    const live = await signedIn(t.app, 'vanthu.hanoi');
    const before = await open();
    assert.equal(before.length, 3);
    const idleSince = new Date(Date.now() - (t.config.SESSION_IDLE_MINUTES + 5) * 60_000);
    assert.ok(idle && expired);
    await t.database.db.update(sessions).set({ lastSeenAt: idleSince }).where(eq(sessions.id, idle.id));
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, expired.id));
    const id = await enqueue(t.database.db, sessionsCleanupJob, {});
    assert.ok(id);
    await runUntilFinished(async () => [id]);
    assert.equal((await findJob(t.database.db, id))?.status, 'done');
    const after = (await open()).map((row) => row.id);
    assert.ok(!after.includes(idle.id) && !after.includes(expired.id));
    assert.equal(after.length, before.length - 2);
    assert.equal((await live.get('/api/me')).status, 200);
  });

  test('GET /api/health reports the queue: queued, running and failed jobs and the oldest wait', async () => {
    const health = async () => (await new TestClient(t.app).get('/api/health')).body.jobs;
    const before = await health();
    await enqueue(t.database.db, sessionsCleanupJob, {}, { runAt: new Date(Date.now() - 120_000) });
    await enqueue(t.database.db, sessionsCleanupJob, {}, { runAt: new Date(Date.now() + 3_600_000) });
    const after = await health();
    assert.equal(after.queued, before.queued + 1);
    assert.equal(after.running, 0);
    assert.equal(typeof after.failed, 'number');
    assert.ok(after.oldestQueuedSeconds >= 119, `oldest ${after.oldestQueuedSeconds}`);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { createTestDatabase, testConfig } from '../../test/harness.ts';
import type { Database } from '../db.ts';
import { AppError } from '../errors.ts';
import { defineJob, type JobContext, type JobDefinition } from './define-job.ts';
import { enqueue } from './enqueue.ts';
import { claimJobs, findJob } from './jobs.repo.ts';
import { jobs } from './jobs.schema.ts';
import { daily, enqueueDueSchedules, latestSlot } from './schedules.ts';
import { startWorker } from './worker.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a worker over `definitions` until every job in `ids` is done or failed. */
const drain = async (
  database: Database,
  config: Config,
  definitions: JobDefinition[],
  ids: string[],
  leaseMs = 5000,
) => {
  const worker = startWorker({ db: database.db, config, jobs: definitions, schedules: [], pollMs: 20, leaseMs });
  try {
    for (let waited = 0; waited < 20_000; waited += 20) {
      const rows = await database.db.select({ status: jobs.status }).from(jobs).where(sql`${jobs.id} in ${ids}`);
      if (rows.every((row) => row.status === 'done' || row.status === 'failed')) return;
      await sleep(20);
    }
    throw new Error('jobs did not finish in time');
  } finally {
    await worker.stop();
  }
};

describe('job queue', () => {
  let database: Database;
  const config = testConfig();
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.close());
  const mustEnqueue = async <P>(definition: JobDefinition<z.ZodType<P>>, payload: P) => {
    const id = await enqueue(database.db, definition, payload);
    assert.ok(id);
    return id;
  };

  const runs: string[] = [];
  const recordJob = defineJob({
    name: 'test.record',
    payload: z.strictObject({ caseId: z.string().min(1) }),
    handler:
      async () =>
      async ({ payload }: JobContext<{ caseId: string }>) => {
        runs.push(payload.caseId);
      },
  });

  test('a job enqueued in a transaction that rolls back does not exist', async () => {
    await assert.rejects(
      database.db.transaction(async (tx) => {
        await enqueue(tx, recordJob, { caseId: 'rolled-back' });
        throw new Error('business change failed');
      }),
      /business change failed/,
    );
    const rows = await database.db.select().from(jobs).where(sql`${jobs.payload}->>'caseId' = 'rolled-back'`);
    assert.equal(rows.length, 0);
  });

  test('an invalid payload is refused naming the field, in Vietnamese and English', async () => {
    await assert.rejects(
      () => enqueue(database.db, recordJob, { caseId: 42 } as never),
      (error: unknown) => {
        assert.ok(error instanceof AppError);
        assert.equal(error.code, 'INVALID');
        assert.equal(error.fields?.[0]?.field, 'payload.caseId');
        assert.ok(error.fields?.[0]?.vi && error.fields[0].en);
        return true;
      },
    );
    await assert.rejects(
      () => enqueue(database.db, recordJob, { caseId: 'x', extra: 1 } as never),
      (error: AppError) => error.fields?.[0]?.field === 'payload.extra',
    );
  });

  test('a committed job runs once and is done', async () => {
    const id = await database.db.transaction((tx) => enqueue(tx, recordJob, { caseId: 'once' }));
    assert.ok(id);
    await drain(database, config, [recordJob], [id]);
    const job = await findJob(database.db, id);
    assert.equal(job?.status, 'done');
    assert.equal(job?.attempts, 1);
    assert.ok(job?.finishedAt);
    assert.deepEqual(
      runs.filter((r) => r === 'once'),
      ['once'],
    );
  });

  test('a failing handler is retried with growing delays, then failed with the last error', async () => {
    const attemptsAt: number[] = [];
    const failing = defineJob({
      name: 'test.failing',
      payload: z.strictObject({}),
      handler: async () => async () => {
        attemptsAt.push(Date.now());
        throw new Error(`boom ${attemptsAt.length}`);
      },
      maxAttempts: 3,
      backoff: { baseMs: 150, maxMs: 10_000 },
    });
    const id = await mustEnqueue(failing, {});
    await drain(database, config, [failing], [id]);
    const job = await findJob(database.db, id);
    assert.equal(job?.status, 'failed');
    assert.equal(job?.attempts, 3);
    assert.match(job?.lastError ?? '', /^Error: boom 3/);
    assert.equal(attemptsAt.length, 3);
    const [first = 0, second = 0, third = 0] = attemptsAt;
    assert.ok(second - first >= 140, `first retry after ${second - first} ms`);
    assert.ok(third - second >= 290, `second retry after ${third - second} ms`);
  });

  test('a job that fails once then succeeds is done on its second attempt', async () => {
    let calls = 0;
    const flaky = defineJob({
      name: 'test.flaky',
      payload: z.strictObject({}),
      handler: async () => async () => {
        calls += 1;
        if (calls === 1) throw new Error('transient');
      },
      backoff: { baseMs: 10, maxMs: 10 },
    });
    const id = await mustEnqueue(flaky, {});
    await drain(database, config, [flaky], [id]);
    const job = await findJob(database.db, id);
    assert.equal(job?.status, 'done');
    assert.equal(job?.attempts, 2);
    assert.match(job?.lastError ?? '', /transient/);
  });

  test('a singleton key allows one queued or running job, and a new one after it finished', async () => {
    const first = await enqueue(database.db, recordJob, { caseId: 's1' }, { singletonKey: 'alerts:2026-11-22' });
    const duplicate = await enqueue(database.db, recordJob, { caseId: 's2' }, { singletonKey: 'alerts:2026-11-22' });
    assert.ok(first);
    assert.equal(duplicate, null);
    await drain(database, config, [recordJob], [first]);
    const again = await enqueue(database.db, recordJob, { caseId: 's3' }, { singletonKey: 'alerts:2026-11-22' });
    assert.ok(again && again !== first);
    assert.ok(runs.includes('s1') && !runs.includes('s2'));
  });

  test('a job whose worker died (lease expired) is taken over and completed', async () => {
    const id = await mustEnqueue(recordJob, { caseId: 'orphan' });
    const claimed = await claimJobs(database.db, 'dead-worker', 10, 1);
    assert.ok(claimed.some((job) => job.id === id));
    await sleep(5);
    await drain(database, config, [recordJob], [id]);
    const job = await findJob(database.db, id);
    assert.equal(job?.status, 'done');
    assert.equal(job?.attempts, 2);
    assert.match(job?.lastError ?? '', /lease expired: the worker dead-worker stopped during attempt 1/);
  });

  test('a job whose lease expired after its last attempt is failed, not run again', async () => {
    const once = defineJob({ ...recordJob, name: 'test.once', maxAttempts: 1 });
    const id = await mustEnqueue(once, { caseId: 'poison' });
    await claimJobs(database.db, 'dead-worker', 10, 1);
    await sleep(5);
    await drain(database, config, [once], [id]);
    const job = await findJob(database.db, id);
    assert.equal(job?.status, 'failed');
    assert.ok(!runs.includes('poison'));
  });

  const failures: { caseId: string; error: string; attempts: number }[] = [];
  const withFailureHandler = (name: string, maxAttempts: number, handler: JobDefinition['handler']) =>
    defineJob({
      name,
      payload: z.strictObject({ caseId: z.string() }),
      handler,
      onFailed:
        async () =>
        async ({ payload, job, error }) => {
          failures.push({ caseId: payload.caseId, error: error.split('\n')[0] ?? '', attempts: job.attempts });
        },
      maxAttempts,
      backoff: { baseMs: 10, maxMs: 10 },
    });

  test('the failure handler runs once when the last attempt throws, with the error', async () => {
    const throwing = withFailureHandler('test.throwing', 2, async () => async () => {
      throw new Error('scanner file unreadable');
    });
    const id = await mustEnqueue(throwing, { caseId: 'thrown' });
    await drain(database, config, [throwing], [id]);
    assert.equal((await findJob(database.db, id))?.status, 'failed');
    assert.deepEqual(
      failures.filter((f) => f.caseId === 'thrown'),
      [{ caseId: 'thrown', error: 'Error: scanner file unreadable', attempts: 2 }],
    );
  });

  test('the failure handler runs once when the worker died during the last attempt', async () => {
    const dying = withFailureHandler('test.dying', 1, recordJob.handler as JobDefinition['handler']);
    const id = await mustEnqueue(dying, { caseId: 'died' });
    await claimJobs(database.db, 'dead-worker', 10, 1);
    await sleep(5);
    await drain(database, config, [dying], [id]);
    await drain(database, config, [dying], [id]);
    assert.equal((await findJob(database.db, id))?.status, 'failed');
    assert.ok(!runs.includes('died'));
    assert.deepEqual(
      failures.filter((f) => f.caseId === 'died'),
      [{ caseId: 'died', error: 'lease expired: the worker dead-worker stopped during attempt 1', attempts: 1 }],
    );
  });

  test('a failure handler that throws is logged and the job is failed all the same', async () => {
    const broken = defineJob({
      name: 'test.broken-failure-handler',
      payload: z.strictObject({}),
      handler: async () => async () => {
        throw new Error('first');
      },
      onFailed: async () => async () => {
        throw new Error('failure handler broken');
      },
      maxAttempts: 1,
    });
    const id = await mustEnqueue(broken, {});
    await drain(database, config, [broken], [id]);
    assert.equal((await findJob(database.db, id))?.status, 'failed');
  });

  test('a handler longer than the lease keeps its job by heartbeat; stop waits for it', async () => {
    let executions = 0;
    const slow = defineJob({
      name: 'test.slow',
      payload: z.strictObject({}),
      handler: async () => async () => {
        executions += 1;
        await sleep(900);
      },
    });
    const id = await mustEnqueue(slow, {});
    const options = { db: database.db, config, jobs: [slow], schedules: [], pollMs: 20, leaseMs: 300 };
    const one = startWorker(options);
    const two = startWorker(options);
    for (let i = 0; i < 100 && (await findJob(database.db, id))?.status !== 'running'; i++) await sleep(10);
    await Promise.all([one.stop(), two.stop()]);
    const job = await findJob(database.db, id);
    assert.equal(job?.status, 'done');
    assert.equal(job?.attempts, 1);
    assert.equal(executions, 1);
  });

  test('the daily slot is the latest 06:00 in Vietnam at or before now', () => {
    const schedule = daily(recordJob, { caseId: 'x' }, { hour: 6 });
    assert.deepEqual(latestSlot(schedule, new Date('2026-11-22T00:30:00Z')), {
      at: new Date('2026-11-21T23:00:00Z'),
      date: '2026-11-22',
    });
    assert.deepEqual(latestSlot(schedule, new Date('2026-11-21T22:59:59Z')), {
      at: new Date('2026-11-20T23:00:00Z'),
      date: '2026-11-21',
    });
  });

  test('a daily schedule enqueues each day once, however often and by however many workers it is checked', async () => {
    const daily06 = daily(recordJob, { caseId: 'daily' }, { hour: 6 });
    const now = new Date('2026-11-22T03:00:00Z');
    const counts = await Promise.all([1, 2, 3].map(() => enqueueDueSchedules(database.db, [daily06], now)));
    assert.equal(
      counts.reduce((a, b) => a + b, 0),
      1,
    );
    assert.equal(await enqueueDueSchedules(database.db, [daily06], new Date('2026-11-22T16:59:00Z')), 0);
    assert.equal(await enqueueDueSchedules(database.db, [daily06], new Date('2026-11-22T23:00:00Z')), 1);
    const rows = await database.db
      .select({ key: jobs.singletonKey, runAt: jobs.runAt })
      .from(jobs)
      .where(eq(jobs.name, 'test.record'))
      .orderBy(jobs.runAt);
    const keys = rows.map((row) => row.key).filter((key) => key?.startsWith('test.record:'));
    assert.deepEqual(keys, ['test.record:2026-11-22', 'test.record:2026-11-23']);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { createTestDatabase, testConfig } from '../../test/harness.ts';
import { createScratchPgDatabase } from '../../test/scratch.ts';
import { type Database, openDatabase } from '../db.ts';
import { migrate } from '../migrate.ts';
import { defineJob, type JobContext } from './define-job.ts';
import { enqueue } from './enqueue.ts';
import { jobs } from './jobs.schema.ts';
import { startWorker } from './worker.ts';

/** Two handles on one database: two pools on PostgreSQL (as two processes would have), the one PGlite otherwise. */
const openTwoHandles = async (): Promise<{ one: Database; two: Database; close: () => Promise<void> }> => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await createTestDatabase();
    return { one: database, two: database, close: database.close };
  }
  const scratch = await createScratchPgDatabase(serverUrl);
  const one = await openDatabase({ url: scratch.url });
  await migrate(one);
  const two = await openDatabase({ url: scratch.url });
  return {
    one,
    two,
    close: async () => {
      await one.close();
      await two.close();
      await scratch.drop();
    },
  };
};

describe('concurrent workers', () => {
  let handles: Awaited<ReturnType<typeof openTwoHandles>>;
  before(async () => {
    handles = await openTwoHandles();
  });
  after(() => handles.close());

  test('two workers never run the same job twice (FOR UPDATE SKIP LOCKED)', async () => {
    const executions = new Map<number, number>();
    const byWorker = new Map<string, number>();
    const countJob = defineJob({
      name: 'test.count',
      payload: z.strictObject({ n: z.number().int() }),
      handler:
        async () =>
        async ({ payload, job }: JobContext<{ n: number }>) => {
          executions.set(payload.n, (executions.get(payload.n) ?? 0) + 1);
          byWorker.set(job.lockedBy ?? '?', (byWorker.get(job.lockedBy ?? '?') ?? 0) + 1);
          await new Promise((resolve) => setTimeout(resolve, 5 + (payload.n % 7)));
        },
    });
    const total = 80;
    await handles.one.db.transaction(async (tx) => {
      for (let n = 0; n < total; n++) await enqueue(tx, countJob, { n });
    });
    const config = testConfig();
    const options = { config, jobs: [countJob], schedules: [], pollMs: 10, concurrency: 4 };
    const workers = [startWorker({ ...options, db: handles.one.db }), startWorker({ ...options, db: handles.two.db })];
    try {
      for (let waited = 0; waited < 30_000; waited += 25) {
        const [row] = await handles.one.db
          .select({ open: sql<number>`count(*)::int` })
          .from(jobs)
          .where(sql`${jobs.name} = 'test.count' and ${jobs.status} <> 'done'`);
        if (Number(row?.open) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
    assert.equal(executions.size, total);
    assert.deepEqual(
      [...executions.values()].filter((count) => count !== 1),
      [],
    );
    assert.equal(byWorker.size, 2, `both workers took jobs: ${JSON.stringify([...byWorker])}`);
    const attempts = await handles.one.db
      .select({ max: sql<number>`max(${jobs.attempts})::int` })
      .from(jobs)
      .where(sql`${jobs.name} = 'test.count'`);
    assert.equal(Number(attempts[0]?.max), 1);
  });
});

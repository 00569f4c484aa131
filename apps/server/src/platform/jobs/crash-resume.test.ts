import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { createStore, type Store } from '../../test/scratch.ts';
import { type ServerProcess, spawnServer, stopProcess } from '../../test/server-process.ts';
import { auditLog } from '../audit.schema.ts';
import { hashEntry } from '../audit.ts';
import type { Database } from '../db.ts';
import { migrate } from '../migrate.ts';
import { auditVerifyJob } from './audit-verify.job.ts';
import { enqueue } from './enqueue.ts';
import { findJob } from './jobs.repo.ts';

/** Enough entries that verifying them takes a good part of a second, so the kill lands mid-job. */
const ENTRIES = 60_000;

/** Appends a valid hash chain of `count` entries in bulk, as years of use would leave behind. */
const fillAuditLog = async (database: Database, count: number) => {
  let prevHash = '0'.repeat(64);
  const at = new Date().toISOString();
  for (let start = 1; start <= count; start += 4000) {
    const rows = [];
    for (let seq = start; seq < Math.min(count + 1, start + 4000); seq++) {
      const entry = {
        ...{ seq, at, actorId: null, actorName: 'bulk', officeId: null, ip: null, action: 'test.bulk' },
        ...{ entityType: null, entityId: null, changes: null, prevHash },
      };
      prevHash = hashEntry(entry);
      rows.push({ ...entry, hash: prevHash });
    }
    await database.db.insert(auditLog).values(rows);
  }
};

/** The real server with its worker, a 3 s lease (short, yet long enough for a loaded machine to heartbeat) and fast polling. */
const startServer = (store: Store): ServerProcess =>
  spawnServer({
    ...{ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_DEMO: 'false' },
    ...{ WORKER: 'true', WORKER_CONCURRENCY: '3', JOB_LEASE_SECONDS: '3', JOB_POLL_MS: '50' },
    ...store.env,
  });

describe('a job interrupted by a crash', () => {
  let store: Store;
  let server: ServerProcess | undefined;
  before(async () => {
    store = await createStore('jobs-crash');
  });
  after(async () => {
    if (server) await stopProcess(server.child, 'SIGKILL');
    await store.drop();
  });

  test('resumes after kill -9 and restart, and completes exactly once', { timeout: 180_000 }, async () => {
    let database = await store.open();
    await migrate(database);
    await fillAuditLog(database, ENTRIES);
    const id = await enqueue(database.db, auditVerifyJob, {});
    assert.ok(id);
    await database.close();

    server = startServer(store);
    await server.waitForLog(new RegExp(`job ${id} audit.verify started \\(attempt 1\\)`));
    await stopProcess(server.child, 'SIGKILL');

    server = startServer(store);
    await server.waitForLog(new RegExp(`job ${id} audit.verify done`));
    await stopProcess(server.child, 'SIGTERM');
    server = undefined;

    database = await store.open();
    try {
      const job = await findJob(database.db, id);
      assert.equal(job?.status, 'done');
      assert.ok((job?.attempts ?? 0) >= 2, `attempts ${job?.attempts}`);
      assert.match(job?.lastError ?? '', /lease expired/);
      const verdicts = await database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'job'), eq(auditLog.entityId, id)));
      assert.equal(verdicts.length, 1);
      const [verdict] = verdicts;
      assert.equal(verdict?.action, 'audit.verified');
      const entries = (verdict.changes as { entries: { after: number } }).entries.after;
      assert.ok(entries >= ENTRIES, `verified ${entries} entries`);
    } finally {
      await database.close();
    }
  });
});

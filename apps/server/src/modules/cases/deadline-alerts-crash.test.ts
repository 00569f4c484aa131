import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { buildApp } from '../../app.ts';
import { auditLog } from '../../platform/audit.schema.ts';
import type { Database } from '../../platform/db.ts';
import { enqueue } from '../../platform/jobs/enqueue.ts';
import { findJob } from '../../platform/jobs/jobs.repo.ts';
import { jobSchedules } from '../../platform/jobs/jobs.schema.ts';
import { migrate } from '../../platform/migrate.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { signedIn } from '../../test/client.ts';
import { testConfig } from '../../test/harness.ts';
import { createStore, type Store } from '../../test/scratch.ts';
import { type ServerProcess, spawnServer, stopProcess } from '../../test/server-process.ts';
import { DEMO_PASSWORD, seedIfEmpty } from '../identity/seed.ts';
import { openingDates, openTheftCase } from '../notifications/deadline-test-cases.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { deadlineAlertsJob } from './deadline-alerts.job.ts';

/** Enough cases that the job runs for a while in small batches, so the kill lands mid-run. */
const COPIES = 2000;

const rowsOf = async (database: Database, query: ReturnType<typeof sql>) =>
  ((await database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;

/** Copies `table`'s rows of the template case onto every copy, with new ids (`copies` maps old case → new). */
const copyRows = async (database: Database, table: string) => {
  const columns = (
    await rowsOf(
      database,
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = ${table} AND table_schema = current_schema() ORDER BY ordinal_position`,
    )
  ).map((r) => String(r.column_name));
  const value = (c: string) => (c === 'id' ? 'gen_random_uuid()' : c === 'case_id' ? 'copies.new_id' : `t."${c}"`);
  await database.exec(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
     SELECT ${columns.map(value).join(', ')} FROM "${table}" t JOIN copies ON copies.old_id = t.case_id`,
  );
};

/** A template case opened through the API, copied COPIES times in SQL without its stored deadlines. */
const fillCases = async (database: Database) => {
  const app = await buildApp(database, testConfig());
  await app.ready();
  const prosecutor = await signedIn(app, 'ksv.quangninh');
  const openedOn = openingDates(todayInVietnam()).overdue;
  const template = await openTheftCase(prosecutor, { title: 'Vụ án mẫu', openedOn });
  await app.close();
  await database.exec(
    `CREATE TABLE copies AS SELECT id AS old_id, gen_random_uuid() AS new_id, g FROM cases, generate_series(1, ${COPIES}) g WHERE id = '${template.id}'`,
  );
  const caseColumns = (
    await rowsOf(
      database,
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'cases' AND table_schema = current_schema() ORDER BY ordinal_position`,
    )
  ).map((r) => String(r.column_name));
  const value = (c: string) => (c === 'id' ? 'copies.new_id' : c === 'number' ? 't.number + copies.g' : `t."${c}"`);
  await database.exec(
    `INSERT INTO cases (${caseColumns.map((c) => `"${c}"`).join(', ')})
     SELECT ${caseColumns.map(value).join(', ')} FROM cases t JOIN copies ON copies.old_id = t.id`,
  );
  for (const table of ['case_assignments', 'case_charges', 'case_decisions']) await copyRows(database, table);
  await database.exec('DROP TABLE copies');
  return template;
};

/** Signs in to the running server over HTTP and returns a reader of the officer's unread notification count. */
const unreadCounter = async (server: ServerProcess, port: number, username: string) => {
  await server.waitForLog(/is ready at/);
  const baseUrl = `http://127.0.0.1:${port}`;
  const cookies = new Map<string, string>();
  const call = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(`${baseUrl}${path}`, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response.json();
  };
  const { token } = (await call('/api/auth/csrf')) as { token: string };
  await call('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return async () => ((await call('/api/notifications?limit=1')) as { unread: number }).unread;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const startServer = (store: Store, port = 0): ServerProcess =>
  spawnServer({
    ...{ PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_DEMO: 'false' },
    ...{ WORKER: 'true', WORKER_CONCURRENCY: '2', JOB_LEASE_SECONDS: '10', JOB_POLL_MS: '50' },
    ...store.env,
  });

describe('the deadline alerts job interrupted by a crash', () => {
  let store: Store;
  let server: ServerProcess | undefined;
  before(async () => {
    store = await createStore('deadline-crash');
  });
  after(async () => {
    if (server) await stopProcess(server.child, 'SIGKILL');
    await store.drop();
  });

  test('resumes after kill -9 and restart; every case is alerted exactly once', { timeout: 300_000 }, async () => {
    let database = await store.open();
    await migrate(database);
    await seedIfEmpty(database.db);
    const template = await fillCases(database);
    // The nightly run is held back, so that only the run under test does the work.
    await database.db
      .insert(jobSchedules)
      .values({ name: deadlineAlertsJob.name, lastSlotAt: new Date(Date.now() + 86_400_000) });
    const id = await enqueue(database.db, deadlineAlertsJob, { batchSize: 100 });
    assert.ok(id);
    await database.close();

    const port = await freePort();
    server = startServer(store, port);
    await server.waitForLog(new RegExp(`job ${id} cases.deadline-alerts started \\(attempt 1\\)`));
    // Kill it once the first batches have committed: their alerts are already readable over HTTP.
    const unread = await unreadCounter(server, port, 'ksv.quangninh');
    let seenBeforeCrash = 0;
    while (seenBeforeCrash === 0) seenBeforeCrash = await unread();
    await stopProcess(server.child, 'SIGKILL');
    assert.ok(seenBeforeCrash < COPIES + 1, `the crash came mid-run (${seenBeforeCrash} alerts so far)`);

    server = startServer(store);
    await server.waitForLog(new RegExp(`job ${id} cases.deadline-alerts done`));
    await stopProcess(server.child, 'SIGTERM');
    server = undefined;

    database = await store.open();
    try {
      const job = await findJob(database.db, id);
      assert.equal(job?.status, 'done');
      assert.ok((job?.attempts ?? 0) >= 2, `attempts ${job?.attempts}`);
      assert.match(job?.lastError ?? '', /lease expired/);
      const [counts] = await rowsOf(
        database,
        sql`SELECT (SELECT count(*)::int FROM cases) AS cases,
                   (SELECT count(DISTINCT case_id)::int FROM case_deadlines) AS with_deadlines`,
      );
      assert.deepEqual(counts, { cases: COPIES + 1, with_deadlines: COPIES + 1 }, 'every case was recomputed');
      const prosecutorId = template.officers[0]?.officerId ?? '';
      const mine = await database.db
        .select({ caseId: notifications.caseId, kind: notifications.kind })
        .from(notifications)
        .where(and(eq(notifications.officerId, prosecutorId), eq(notifications.kind, 'overdue')));
      assert.equal(mine.length, COPIES + 1);
      assert.equal(new Set(mine.map((n) => n.caseId)).size, COPIES + 1, 'one alert per case');
      const digests = await database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.officerId, prosecutorId), eq(notifications.kind, 'digest')));
      assert.equal(digests.length, 1);
      assert.match(digests[0]?.titleVi ?? '', new RegExp(`: ${COPIES + 1} việc quá hạn, 0 việc sắp đến hạn$`));
      const outcomes = await database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'job'), eq(auditLog.entityId, id)));
      assert.equal(outcomes.length, 1);
      assert.equal(outcomes[0]?.action, 'cases.deadline_alerts');
    } finally {
      await database.close();
    }
  });
});

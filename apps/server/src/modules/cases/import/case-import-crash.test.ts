import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CaseImportView } from '@eprocuracy/domain';
import { and, eq, like, sql } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit.schema.ts';
import { verifyAudit } from '../../../platform/audit.ts';
import { createStore, type Store } from '../../../test/scratch.ts';
import { type ServerProcess, spawnServer, stopProcess } from '../../../test/server-process.ts';
import { DEMO_PASSWORD } from '../../identity/seed.ts';
import { cases } from '../cases.schema.ts';
import { type CsvRow, caseCsv, caseRow } from './case-import-test-helpers.ts';
import { caseImports } from './case-imports.schema.ts';

/** Cases per file, two rows each: six write batches, so a kill lands while they are written. */
const CASES = 3000;

type Server = ServerProcess & { base: string };

/** The real server with its worker: a 1 s lease, so a killed import resumes a second after the restart. */
const startServer = async (store: Store): Promise<Server> => {
  const server = spawnServer({
    ...{ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '100000' },
    ...{ WORKER: 'true', JOB_LEASE_SECONDS: '1', JOB_POLL_MS: '50' },
    ...store.env,
  });
  const ready = new Promise<string>((resolve) =>
    server.child.stdout?.on('data', (chunk: Buffer) => {
      const found = /eProcuracy is ready at (http:\/\/\S+?)\/?(\s|$)/.exec(String(chunk));
      if (found?.[1]) resolve(found[1]);
    }),
  );
  await server.waitForLog(/eProcuracy is ready at/);
  return { ...server, base: await ready };
};

/** A signed-in session over fetch: cookies and the CSRF token, as the browser keeps them. */
const signIn = async (base: string, username: string) => {
  const cookies = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(`${base}${url}`, {
      ...init,
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(init.headers ?? {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    return response;
  };
  const { token } = (await (await send('/api/auth/csrf')).json()) as { token: string };
  const withToken = (url: string, init: RequestInit = {}) =>
    send(url, { ...init, headers: { 'x-csrf-token': token, ...(init.headers ?? {}) } });
  const login = await withToken('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  assert.equal(login.status, 200);
  return withToken;
};

const fileOf = (prefix: string) => {
  const rows: CsvRow[] = [];
  for (let i = 0; i < CASES; i++) {
    const ref = `${prefix}-${i}`;
    rows.push(caseRow(ref), caseRow(ref, { article: '174', clause: '1' }));
  }
  return caseCsv(rows);
};

describe('kill -9 during a legacy case import', { timeout: 900_000 }, () => {
  let store: Store;
  let server: Server | undefined;
  before(async () => {
    store = await createStore('case-import-crash');
  });
  after(async () => {
    if (server) await stopProcess(server.child);
    await store?.drop();
  });

  /** Cases of the file stored now, read straight from the database while the server is down. */
  const stored = async (prefix: string, importId: string) => {
    const database = await store.open();
    try {
      const [count] = await database.db
        .select({ n: sql<number>`count(*)::int`, refs: sql<number>`count(distinct external_ref)::int` })
        .from(cases)
        .where(like(cases.externalRef, `${prefix}-%`));
      const [record] = await database.db.select().from(caseImports).where(eq(caseImports.id, importId));
      const audits = await database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'import.cases'), eq(auditLog.entityId, importId)));
      const chain = await verifyAudit(database.db);
      return { cases: Number(count?.n), refs: Number(count?.refs), record, audits: audits.length, isChainOk: chain.ok };
    } finally {
      await database.close();
    }
  };

  /** Uploads, kills the server once `isTime` says so, checks what survived, restarts and lets the job finish. */
  const crashDuring = async (prefix: string, mode: string, isTime: (view: CaseImportView) => boolean) => {
    server = await startServer(store);
    let send = await signIn(server.base, 'vt.quangninh');
    const form = new FormData();
    form.set('mode', mode);
    form.set('file', new Blob([fileOf(prefix)], { type: 'text/csv' }), `${prefix}.csv`);
    const started = (await (await send('/api/case-imports', { method: 'POST', body: form })).json()) as CaseImportView;
    for (;;) {
      const view = (await (await send(`/api/case-imports/${started.id}`)).json()) as CaseImportView;
      assert.notEqual(view.status, 'failed', String(view.error));
      if (isTime(view) || view.status === 'done') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await stopProcess(server.child);
    const afterKill = await stored(prefix, started.id);

    server = await startServer(store);
    send = await signIn(server.base, 'vt.quangninh');
    let view: CaseImportView;
    do {
      await new Promise((resolve) => setTimeout(resolve, 100));
      view = (await (await send(`/api/case-imports/${started.id}`)).json()) as CaseImportView;
    } while (!['done', 'rejected', 'failed'].includes(view.status));
    assert.equal(view.status, 'done', String(view.error));
    await stopProcess(server.child, 'SIGTERM');
    const finished = await stored(prefix, started.id);
    server = undefined;
    assert.ok(afterKill.isChainOk && finished.isChainOk, 'the audit hash chain survives the crash');
    return { afterKill, finished, view };
  };

  test('all or nothing: a kill while the cases are written leaves none or all; the resumed job writes each once', async () => {
    const { afterKill, finished, view } = await crashDuring(
      'AON',
      'all_or_nothing',
      (v) => v.status === 'writing' && v.processed > 0,
    );
    assert.ok(afterKill.cases === 0 || afterKill.cases === CASES, `partial import: ${afterKill.cases}`);
    assert.equal(afterKill.audits, afterKill.cases === 0 ? 0 : 1);
    assert.deepEqual([finished.cases, finished.refs, finished.audits], [CASES, CASES, 1]);
    assert.equal(view.casesCreated, CASES);
    assert.equal(view.processed, view.total);
  });

  test('valid rows: committed batches survive the kill with their counts; the resumed job finishes without duplicates', async () => {
    const { afterKill, finished, view } = await crashDuring(
      'VR',
      'valid_rows',
      (v) => v.status === 'writing' && v.processed > 0,
    );
    assert.ok(afterKill.cases > 0, 'a batch was committed before the kill');
    // Each batch commits its cases and its counters together.
    assert.equal(afterKill.record?.processed, afterKill.cases * 2);
    assert.equal(afterKill.record?.casesCreated, afterKill.cases);
    assert.deepEqual([finished.cases, finished.refs, finished.audits], [CASES, CASES, 1]);
    assert.deepEqual(
      [view.casesCreated + view.casesUpdated, view.imported, view.processed],
      [CASES, CASES * 2, CASES * 2],
    );
    assert.equal(finished.record?.rows, null, 'the file rows are dropped once the import ends');
  });
});

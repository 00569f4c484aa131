import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createStore, type Store } from '../../test/scratch.ts';
import { type ServerProcess, spawnServer, stopProcess } from '../../test/server-process.ts';
import { DEMO_PASSWORD } from './seed.ts';

/** Rows per import: enough that hashing takes seconds and the transaction hundreds of milliseconds. */
const ROWS = 300;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

type Server = ServerProcess & { base: string };

/** Starts the real server and resolves once it listens. */
const startServer = async (store: Store): Promise<Server> => {
  const port = await freePort();
  const server = spawnServer({
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '100000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    ...store.env,
  });
  await server.waitForLog(/eProcuracy is ready at/);
  return { ...server, base: `http://127.0.0.1:${port}` };
};

/** A browser-like session over fetch: cookies and the CSRF token. */
const signIn = async (base: string, username: string) => {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrfReply = await fetch(`${base}/api/auth/csrf`);
  keep(csrfReply);
  const { token } = (await csrfReply.json()) as { token: string };
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(`${base}${url}`, {
      ...init,
      headers: { cookie: cookie(), 'x-csrf-token': token, ...(init.headers as Record<string, string>) },
    });
    keep(response);
    return response;
  };
  const login = await send('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  assert.equal(login.status, 200);
  return send;
};

type Session = Awaited<ReturnType<typeof signIn>>;

const countOfficers = async (send: Session) =>
  ((await (await send('/api/officers?limit=1')).json()) as { total: number }).total;

const countImportAudits = async (send: Session) =>
  ((await (await send('/api/audit?action=import.officers&limit=500')).json()) as unknown[]).length;

const officersCsv = (prefix: string) => {
  const lines = ['username,full_name,office_code,position,password'];
  for (let i = 0; i < ROWS; i++) lines.push(`${prefix}.${i},Cán bộ ${i},QNI,clerk,Strong-Pass-${i}-2026`);
  return lines.join('\r\n');
};

const postImport = (send: Session, prefix: string) => {
  const form = new FormData();
  form.set('file', new Blob([officersCsv(prefix)], { type: 'text/csv' }), 'officers.csv');
  // The connection dies with the server; the outcome is read from the database after the restart.
  return send('/api/import/officers', { method: 'POST', body: form }).then(
    (response) => response.status,
    () => 'aborted' as const,
  );
};

describe('kill -9 during a bulk import', { timeout: 600_000 }, () => {
  let store: Store;
  let server: Server;
  before(async () => {
    store = await createStore('crash');
    server = await startServer(store);
  });
  after(async () => {
    if (server) await stopProcess(server.child);
    await store?.drop();
  });

  /** Imports, kills the server when `trigger` resolves, restarts, and checks all-or-nothing and the audit chain. */
  const crashDuring = async (prefix: string, trigger: (server: Server) => Promise<void>) => {
    let send = await signIn(server.base, 'admin');
    const before = await countOfficers(send);
    const audits = await countImportAudits(send);
    const request = postImport(send, prefix);
    await trigger(server);
    const phase = server.hasLogged(/import\.officers: committed/)
      ? 'committed'
      : server.hasLogged(/import\.officers: writing/)
        ? 'writing'
        : 'hashing';
    await stopProcess(server.child);
    await request;
    server = await startServer(store);
    send = await signIn(server.base, 'admin');
    const afterCount = await countOfficers(send);
    assert.ok(afterCount === before || afterCount === before + ROWS, `partial import: ${before} → ${afterCount}`);
    const imported = afterCount === before + ROWS;
    assert.equal(await countImportAudits(send), audits + (imported ? 1 : 0));
    const verdict = (await (await send('/api/audit/verify')).json()) as { ok: boolean };
    assert.equal(verdict.ok, true);
    if (phase === 'hashing') assert.equal(imported, false);
    if (phase === 'committed') assert.equal(imported, true);
    return { imported, phase };
  };

  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  test('killed about a second in, while passwords are hashed: nothing is imported', async () => {
    await crashDuring('hash', () => sleep(1000));
  });

  test('killed early in the transaction: nothing is imported', async () => {
    const { imported, phase } = await crashDuring('early', async (s) => {
      await s.waitForLog(/import\.officers: writing/);
      await sleep(50);
    });
    assert.deepEqual([phase, imported], ['writing', false]);
  });

  test('killed late in the transaction: all or nothing', async () => {
    await crashDuring('late', async (s) => {
      await s.waitForLog(/import\.officers: writing/);
      await sleep(900);
    });
  });

  test('killed right after the commit: the whole import survives', async () => {
    const { imported } = await crashDuring('done', (s) => s.waitForLog(/import\.officers: committed/));
    assert.equal(imported, true);
  });
});

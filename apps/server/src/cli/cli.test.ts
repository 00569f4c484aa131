import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.ts';
import { findOfficeByCode, listOfficeLevels } from '../modules/identity/offices.repo.ts';
import { appendAudit } from '../platform/audit.ts';
import type { Database } from '../platform/db.ts';
import { TestClient } from '../test/client.ts';
import { testConfig } from '../test/harness.ts';
import { createStore, type Store } from '../test/scratch.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const ADMIN_PASSWORD = 'Quan-tri-vien#2026';

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the real CLI in a child process with only the given environment (no inherited configuration). */
const runCli = (args: string[], env: Record<string, string>): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', DEMO_CASES: '100', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

/** Opens the store in this process for a moment; PGlite allows one process at a time, so it is closed again. */
const withStore = async <T>(store: Store, work: (database: Database) => Promise<T>): Promise<T> => {
  const database = await store.open();
  try {
    return await work(database);
  } finally {
    await database.close();
  }
};

/** Changes audit rows behind the append-only trigger's back, as an attacker with database access could. */
const tamper = (store: Store, statement: string) =>
  withStore(store, async (database) => {
    await database.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    await database.exec(statement);
    await database.exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
  });

const loginStatus = (store: Store, username: string, password: string) =>
  withStore(store, async (database) => {
    const app = await buildApp(database, testConfig());
    try {
      const reply = await new TestClient(app).login(username, password);
      return { status: reply.status, state: reply.body?.state as string | undefined };
    } finally {
      await app.close();
    }
  });

describe('command line', () => {
  let store: Store;
  const stores: Store[] = [];
  const newStore = async () => {
    const created = await createStore('cli');
    stores.push(created);
    return created;
  };
  before(async () => {
    store = await newStore();
  });
  after(async () => {
    for (const created of stores) await created.drop();
  });

  test('migrate, seed and audit verify succeed on a new data folder', async () => {
    const migrated = await runCli(['migrate'], store.env);
    assert.equal(migrated.code, 0, migrated.stderr);
    assert.match(migrated.stdout, /up to date/);
    const seeded = await runCli(['seed'], store.env);
    assert.equal(seeded.code, 0, seeded.stderr);
    assert.match(seeded.stdout, /Demo data seeded \(\d+ crime reports, \d+ cases\)/);
    const again = await runCli(['seed'], store.env);
    assert.match(again.stdout, /nothing seeded/);
    const verified = await runCli(['audit', 'verify'], store.env);
    assert.equal(verified.code, 0, verified.stderr);
    // One entry for the organisation, one for the demo cases.
    assert.match(verified.stdout, /Audit log intact: 2 entries/);
  });

  test('create-admin makes an administrator who can sign in; a weak password is refused', async () => {
    const weak = await runCli(['create-admin', 'weak.admin', 'QNI', 'Lê', 'Yếu'], {
      ...store.env,
      ADMIN_PASSWORD: 'short',
    });
    assert.equal(weak.code, 64);
    assert.match(weak.stderr, /ADMIN_PASSWORD/);
    const created = await runCli(['create-admin', 'qt.moi', 'QNI', 'Trần', 'Văn', 'Mới'], {
      ...store.env,
      ADMIN_PASSWORD,
    });
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /qt\.moi created in Viện kiểm sát nhân dân tỉnh Quảng Ninh/);
    assert.equal((await loginStatus(store, 'qt.moi', ADMIN_PASSWORD)).status, 200);
    assert.equal((await loginStatus(store, 'qt.moi', 'Wrong-password-1')).status, 401);
    const duplicate = await runCli(['create-admin', 'qt.moi', 'QNI', 'Trùng'], { ...store.env, ADMIN_PASSWORD });
    assert.equal(duplicate.code, 65);
    assert.match(duplicate.stderr, /already exists/);
    const unknown = await runCli(['create-admin', 'qt.khac', 'NOWHERE', 'Ai', 'Đó'], { ...store.env, ADMIN_PASSWORD });
    assert.equal(unknown.code, 65);
    assert.match(unknown.stderr, /no office with code NOWHERE/);
  });

  test('audit verify names the entry that was edited or deleted', async () => {
    await withStore(store, (database) =>
      database.db.transaction(async (tx) => {
        for (const action of ['test.one', 'test.two', 'test.three'])
          await appendAudit(tx, { actorId: null, actorName: 'test', officeId: null, ip: null }, { action });
      }),
    );
    const intact = await runCli(['audit', 'verify'], store.env);
    assert.equal(intact.code, 0, intact.stderr);
    const count = Number(/intact: (\d+) entries/.exec(intact.stdout)?.[1]);
    assert.ok(count >= 5, intact.stdout);
    const middle = count - 1;

    await tamper(store, `UPDATE audit_log SET action = 'test.forged' WHERE seq = ${middle}`);
    const edited = await runCli(['audit', 'verify'], store.env);
    assert.equal(edited.code, 1);
    assert.match(edited.stderr, new RegExp(`broken at entry ${middle} \\(edited\\)`));

    await tamper(store, `UPDATE audit_log SET action = 'test.two' WHERE seq = ${middle}`);
    assert.equal((await runCli(['audit', 'verify'], store.env)).code, 0);

    await tamper(store, `DELETE FROM audit_log WHERE seq = ${middle}`);
    const deleted = await runCli(['audit', 'verify'], store.env);
    assert.equal(deleted.code, 1);
    assert.match(deleted.stderr, new RegExp(`broken at entry ${middle} \\(missing\\)`));
  });

  test('backup and restore through the command line; a second restore is refused', async () => {
    const source = await newStore();
    assert.equal((await runCli(['seed'], source.env)).code, 0);
    const file = path.join(source.env.DATA_DIR as string, 'backup.ndjson.gz');
    const backedUp = await runCli(['backup', file], source.env);
    assert.equal(backedUp.code, 0, backedUp.stderr);
    assert.match(backedUp.stdout, /Backup written to .*: \d+ tables, \d+ rows/);
    const target = await newStore();
    const restored = await runCli(['restore', file], target.env);
    assert.equal(restored.code, 0, restored.stderr);
    assert.match(restored.stdout, /Restored from/);
    assert.match((await runCli(['audit', 'verify'], target.env)).stdout, /intact: 2 entries/);
    const again = await runCli(['restore', file], target.env);
    assert.equal(again.code, 65);
    assert.deepEqual(again.stderr.trim().split('\n'), [
      'restore: The target database already holds data; restore only into a new, empty database.',
    ]);
  });

  test('create-admin on an empty database creates the root office first', async () => {
    const empty = await newStore();
    const created = await runCli(['create-admin', 'qt.toicao', 'VKSTC', 'Nguyễn', 'Văn', 'An'], {
      ...empty.env,
      ADMIN_PASSWORD,
    });
    assert.equal(created.code, 0, created.stderr);
    await withStore(empty, async (database) => {
      const office = await findOfficeByCode(database.db, 'VKSTC');
      assert.equal(office?.name, 'Viện kiểm sát nhân dân tối cao');
      assert.equal(office?.levelCode, 'supreme');
      assert.equal(office?.parentId, null);
      assert.equal(office?.path, `/${office?.id}/`);
      assert.deepEqual(
        (await listOfficeLevels(database.db)).map((l) => l.code),
        ['supreme', 'high', 'provincial', 'regional'],
      );
      const result = (await database.db.execute(sql`SELECT count(*)::int AS n FROM offices`)) as unknown as {
        rows: { n: number }[];
      };
      assert.equal(result.rows[0]?.n, 1);
    });
    assert.match((await runCli(['audit', 'verify'], empty.env)).stdout, /intact: 2 entries/);
    assert.equal((await loginStatus(empty, 'qt.toicao', ADMIN_PASSWORD)).status, 200);

    const named = await newStore();
    const custom = await runCli(['create-admin', 'qt.goc', 'ROOT', 'Lê', 'Gốc'], {
      ...named.env,
      ADMIN_PASSWORD,
      ROOT_OFFICE_NAME: 'Viện kiểm sát thử nghiệm',
    });
    assert.equal(custom.code, 0, custom.stderr);
    assert.match(custom.stdout, /created in Viện kiểm sát thử nghiệm/);
  });

  test('a bad setting stops the CLI with one line naming it', async () => {
    const port = await runCli(['migrate'], { ...store.env, PORT: 'abc' });
    assert.notEqual(port.code, 0);
    const portLines = port.stderr.trim().split('\n');
    assert.equal(portLines.length, 1, port.stderr);
    assert.match(portLines[0] as string, /PORT/);
    const url = await runCli(['migrate'], { ...store.env, DATABASE_URL: 'mysql://x' });
    assert.notEqual(url.code, 0);
    const urlLines = url.stderr.trim().split('\n');
    assert.equal(urlLines.length, 1, url.stderr);
    assert.match(urlLines[0] as string, /DATABASE_URL/);
  });
});

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.ts';
import { officers } from '../modules/identity/identity.schema.ts';
import { seedIfEmpty } from '../modules/identity/seed.ts';
import { signedIn } from '../test/client.ts';
import { createTestDatabase, testConfig } from '../test/harness.ts';
import { appendAudit, verifyAudit } from './audit.ts';
import { listTables, setStableTextFormats } from './backup.repo.ts';
import { BackupError, backupToFile, restoreFromFile } from './backup.ts';
import { type Database, openDatabase } from './db.ts';
import { migrate } from './migrate.ts';

/** One digest per table over every row's full text, so any difference in any value shows. */
const digestTables = (database: Database) =>
  database.db.transaction(async (tx) => {
    // The same text form on both engines, whatever their configured time zone.
    await setStableTextFormats(tx);
    const digests: Record<string, string> = {};
    for (const table of await listTables(tx)) {
      const result = (await tx.execute(
        sql.raw(
          `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS d FROM "${table.name}" t`,
        ),
      )) as unknown as { rows: { n: number; d: string | null }[] };
      digests[table.name] = `${result.rows[0]?.n}:${result.rows[0]?.d}`;
    }
    return digests;
  });

/** Seeds the demo, then changes things through the app so sessions, audit changes and settings exist. */
const buildBusyDatabase = async (database: Database) => {
  await seedIfEmpty(database.db);
  const app = await buildApp(database, testConfig());
  await app.ready();
  const admin = await signedIn(app, 'qt.quangninh');
  const [target] = await database.db.select().from(officers).where(sql`username = 'ksv.quangninh'`);
  assert.ok(target);
  const patched = await admin.patch(`/api/officers/${target.id}`, { phone: '0912 345 678', email: 'ksv@example.vn' });
  assert.equal(patched.status, 200, patched.text);
  await signedIn(app, 'ksv.travinh');
  await app.close();
  await database.db.transaction((tx) =>
    appendAudit(
      tx,
      { actorId: null, actorName: 'test — “quoted” \\ back\\slash', officeId: null, ip: '::1' },
      {
        action: 'test.tricky_values',
        entityType: 'test',
        entityId: 'x',
        changes: {
          text: { before: 'Viện kiểm sát\n\ttab "q" \u2028', after: null },
          numbers: { before: 2 ** 53, after: 1.5e-7 },
          nested: { before: { a: [1, 'b', null, true] }, after: [] },
        },
      },
    ),
  );
  await database.db.execute(
    sql`INSERT INTO oidc_payloads (model, id, payload, expires_at) VALUES ('Session', 'p1', ${'{"big": 123456789012345678901234567890, "list": [{"x": "ý"}]}'}::jsonb, '2026-01-02 03:04:05.123456+07')`,
  );
};

describe('backup and restore', () => {
  let dir: string;
  let source: Database;
  let file: string;
  let expected: Record<string, string>;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'eproc-backup-'));
    file = path.join(dir, 'backup.ndjson.gz');
    source = await createTestDatabase();
    await buildBusyDatabase(source);
    expected = await digestTables(source);
  });
  after(async () => {
    await source.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('a backup restores into an empty database with identical content', async () => {
    const written = await backupToFile(source, file);
    assert.equal(written.tables, Object.keys(expected).length);
    const target = await createTestDatabase();
    try {
      const restored = await restoreFromFile(target, file);
      assert.deepEqual(restored, written);
      assert.deepEqual(await digestTables(target), expected);
      assert.ok(Number(expected.audit_log?.split(':')[0]) >= 3);
      assert.ok(Number(expected.sessions?.split(':')[0]) >= 2);
      const verdict = await verifyAudit(target.db);
      assert.equal(verdict.ok, true);
      // The restored audit log is append-only again: the guard was off only during the load.
      await assert.rejects(target.db.execute(sql`DELETE FROM audit_log WHERE seq = 1`));
    } finally {
      await target.close();
    }
  });

  test('a backup restores into a database that was never migrated', async () => {
    const target = await openDatabase({ dataDir: 'memory://' });
    try {
      await restoreFromFile(target, file);
      assert.deepEqual(await digestTables(target), expected);
    } finally {
      await target.close();
    }
  });

  test('restoring into a database that holds data is refused and changes nothing', async () => {
    const target = await createTestDatabase();
    try {
      await seedIfEmpty(target.db);
      const before = await digestTables(target);
      await assert.rejects(restoreFromFile(target, file), (error) => {
        assert.ok(error instanceof BackupError);
        assert.match(error.message, /already holds data/);
        return true;
      });
      assert.deepEqual(await digestTables(target), before);
    } finally {
      await target.close();
    }
  });

  test('a truncated or tampered backup is refused and leaves the target empty', async () => {
    const lines = gunzipSync(await readFile(file))
      .toString('utf8')
      .trimEnd()
      .split('\n');
    const truncated = path.join(dir, 'truncated.gz');
    await writeFile(truncated, gzipSync(`${lines.slice(0, -1).join('\n')}\n`));
    const miscounted = path.join(dir, 'miscounted.gz');
    const dropped = lines.filter((l, i) => !(i > 0 && l.startsWith('[') && lines[i - 1]?.includes('"audit_log"')));
    await writeFile(miscounted, gzipSync(`${dropped.join('\n')}\n`));
    for (const [bad, message] of [
      [truncated, /incomplete/],
      [miscounted, /audit_log/],
    ] as const) {
      const target = await createTestDatabase();
      try {
        await assert.rejects(restoreFromFile(target, bad), message);
        assert.ok(Object.values(await digestTables(target)).every((d) => d.startsWith('0:')));
      } finally {
        await target.close();
      }
    }
  });

  test('a PGlite folder restores into PostgreSQL', { skip: !process.env.DATABASE_URL }, async () => {
    const folder = path.join(dir, 'pglite');
    const embedded = await openDatabase({ dataDir: folder });
    const crossFile = path.join(dir, 'cross.gz');
    let embeddedDigest: Record<string, string>;
    try {
      await migrate(embedded);
      await buildBusyDatabase(embedded);
      embeddedDigest = await digestTables(embedded);
      await backupToFile(embedded, crossFile);
    } finally {
      await embedded.close();
    }
    const target = await createTestDatabase();
    try {
      assert.equal(target.kind, 'postgres');
      await restoreFromFile(target, crossFile);
      assert.deepEqual(await digestTables(target), embeddedDigest);
      assert.equal((await verifyAudit(target.db)).ok, true);
    } finally {
      await target.close();
    }
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultRolesFor, type Position } from '@eprocuracy/domain';
import { eq, isNull } from 'drizzle-orm';
import pg from 'pg';
import { officerPostings, officers, offices } from '../../../apps/server/src/modules/identity/identity.schema.ts';
import { DEMO_PASSWORD, seedIfEmpty } from '../../../apps/server/src/modules/identity/seed.ts';
import { type Database, openDatabase } from '../../../apps/server/src/platform/db.ts';
import { newId } from '../../../apps/server/src/platform/ids.ts';
import { migrate } from '../../../apps/server/src/platform/migrate.ts';
import { hashPassword } from '../../../apps/server/src/platform/passwords.ts';
import type { Raw } from './clone.ts';

export type BenchDatabase = {
  kind: 'postgres' | 'pglite';
  /** Where the data lives: the database name or the data folder. */
  location: string;
  database: Database;
  /** A connection outside the application, for generation and the raw-SQL baselines. */
  raw: Raw;
  /** PostgreSQL: bare connections to replay a request's statements concurrently, as the app's pool runs them. */
  rawPool?: Raw;
  close: (keep: boolean) => Promise<void>;
};

/**
 * A fresh database `bench_cases_<timestamp>` on the PostgreSQL server of `adminUrl`, dropped on close unless
 * kept; or, with `reuse`, a database an earlier run kept (migrated to the latest schema, never dropped).
 */
export const createPostgres = async (adminUrl: string, reuse?: string): Promise<BenchDatabase> => {
  const name = reuse ?? `bench_cases_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  if (!/^bench_cases_\w+$/.test(name)) throw new Error(`not a benchmark database: ${name}`);
  if (!reuse) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
  return {
    kind: 'postgres',
    location: name,
    database,
    raw: client,
    rawPool: pool,
    close: async (keep) => {
      await client.end();
      await pool.end();
      await database.close();
      if (keep || reuse) return;
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
};

/** A fresh PGlite data folder in the temporary directory, removed on close unless kept. */
export const createPglite = async (): Promise<BenchDatabase> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-cases-'));
  const database = await openDatabase({ dataDir: dir });
  const client = (database.db as unknown as { $client: Raw }).$client;
  return {
    kind: 'pglite',
    location: dir,
    database,
    raw: { query: (text, params) => client.query(text, params) },
    close: async (keep) => {
      await database.close();
      if (!keep) await rm(dir, { recursive: true, force: true });
    },
  };
};

const POSITIONS: Position[] = ['prosecutor', 'prosecutor', 'prosecutor', 'examiner', 'clerk', 'deputy_head'];

/**
 * Migrates, seeds the demo organisation and adds a national one: `officeCount` offices (a province for
 * about ten regional offices) and `officerCount` officers, as `bench/src/generate-officers.ts` does.
 */
export const prepareOrganisation = async (db: Database, officeCount: number, officerCount: number) => {
  await migrate(db);
  await seedIfEmpty(db.db);
  const [root] = await db.db.select().from(offices).where(isNull(offices.parentId));
  if (!root) throw new Error('no root office after seeding');
  const provinceCount = Math.max(1, Math.round(officeCount / 11));
  const officeRows: (typeof offices.$inferInsert)[] = [];
  for (let i = 0; i < officeCount; i++) {
    const id = newId();
    const isProvince = i < provinceCount;
    const parent = isProvince ? root : (officeRows[i % provinceCount] as typeof offices.$inferInsert);
    officeRows.push({
      id,
      code: `BENCH-${String(i + 1).padStart(4, '0')}`,
      name: `${isProvince ? 'Viện kiểm sát nhân dân tỉnh' : 'Viện kiểm sát nhân dân khu vực'} thử ${i + 1}`,
      levelCode: isProvince ? 'provincial' : 'regional',
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      validFrom: '2025-07-01',
    });
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const officerRows = Array.from({ length: officerCount }, (_, i) => {
    const position = POSITIONS[i % POSITIONS.length] as Position;
    const office = officeRows[i % officeRows.length] as typeof offices.$inferInsert;
    return {
      id: newId(),
      username: `bench.${String(i + 1).padStart(6, '0')}`,
      fullName: `Cán bộ thử ${i + 1}`,
      email: `bench.${i + 1}@vks.gov.vn`,
      officeId: office.id as string,
      position,
      roles: defaultRolesFor(position),
      clearance: 'secret' as const,
      passwordHash,
    };
  });
  await db.db.transaction(async (tx) => {
    for (let i = 0; i < officeRows.length; i += 500) await tx.insert(offices).values(officeRows.slice(i, i + 500));
    for (let i = 0; i < officerRows.length; i += 500) await tx.insert(officers).values(officerRows.slice(i, i + 500));
    const postings = officerRows.map((o) => ({
      id: newId(),
      officerId: o.id,
      officeId: o.officeId,
      position: o.position,
      fromDate: '2025-07-01',
    }));
    for (let i = 0; i < postings.length; i += 500) await tx.insert(officerPostings).values(postings.slice(i, i + 500));
  });
  const [qni] = await db.db.select().from(offices).where(eq(offices.code, 'QNI'));
  if (!qni) throw new Error('the demo office QNI is missing');
  return { featuredOfficeId: qni.id };
};

/**
 * 1 000 office slots for drawing case offices: the featured office (Quảng Ninh, where the signed-in demo
 * officers work) takes `featuredPerMille` of them; the rest go round the offices that have prosecutors and
 * leaders, first-instance offices only (provincial and regional).
 */
export const officeSlots = async (raw: Raw, featuredOfficeId: string, featuredPerMille: number) => {
  const { rows } = await raw.query(`
    SELECT o.id FROM offices o
    WHERE o.level_code IN ('provincial', 'regional') AND o.id <> '${featuredOfficeId}'
      AND EXISTS (SELECT 1 FROM officers p WHERE p.office_id = o.id AND p.position = 'prosecutor')
      AND EXISTS (SELECT 1 FROM officers l WHERE l.office_id = o.id AND l.position IN ('head', 'deputy_head'))
    ORDER BY o.code`);
  const others = rows.map((r) => r.id as string);
  return Array.from({ length: 1_000 }, (_, i) =>
    i < featuredPerMille ? featuredOfficeId : (others[i % others.length] as string),
  );
};

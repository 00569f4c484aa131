import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildApp } from '../app.ts';
import { type Config, parseConfig } from '../config.ts';
import { seedIfEmpty } from '../modules/identity/seed.ts';
import type { App } from '../platform/app-types.ts';
import { type Database, openDatabase } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';

/** Configuration for tests: quiet logs, generous rate limits unless a test asks otherwise. */
export const testConfig = (overrides: Record<string, string> = {}): Config =>
  parseConfig({
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    ...overrides,
  });

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by DATABASE_URL (dropped again on close).
 */
export const createTestDatabase = async (): Promise<Database> => {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrate(database);
    return database;
  }
  const name = `eproc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ url: target.toString() });
  await migrate(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
};

export type TestApp = { app: App; database: Database; config: Config; close: () => Promise<void> };

/** The whole application over a fresh database with the demo organisation seeded. */
export const createTestApp = async (overrides: Record<string, string> = {}): Promise<TestApp> => {
  const database = await createTestDatabase();
  await seedIfEmpty(database.db);
  const config = testConfig(overrides);
  const app = await buildApp(database, config);
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
};

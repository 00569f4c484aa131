import { buildApp } from '../app.ts';
import { type Config, parseConfig } from '../config.ts';
import { seedIfEmpty } from '../modules/identity/seed.ts';
import type { App } from '../platform/app-types.ts';
import { type Database, openDatabase } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';
import { createScratchPgDatabase } from './scratch.ts';

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
  const scratch = await createScratchPgDatabase(url);
  const database = await openDatabase({ url: scratch.url });
  await migrate(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      await scratch.drop();
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

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../platform/db.ts';

const runOnServer = async (serverUrl: string, statement: string) => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
};

/** A new empty database on the PostgreSQL server of `serverUrl`; `drop` removes it again. */
export const createScratchPgDatabase = async (serverUrl: string, prefix = 'eproc_test') => {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await runOnServer(serverUrl, `CREATE DATABASE ${name}`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
};

/** Where a server process under test keeps its data: env for the child, a handle for the test. */
export type Store = { env: Record<string, string>; open: () => Promise<Database>; drop: () => Promise<void> };

/** A fresh data folder, and a fresh PostgreSQL database when DATABASE_URL is set. */
export const createStore = async (label: string): Promise<Store> => {
  const dataDir = await mkdtemp(path.join(tmpdir(), `eproc-${label}-`));
  const removeDir = () => rm(dataDir, { recursive: true, force: true });
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { env: { DATA_DIR: dataDir }, open: () => openDatabase({ dataDir }), drop: removeDir };
  const scratch = await createScratchPgDatabase(serverUrl, `eproc_${label.replace(/\W/g, '_')}`);
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: scratch.url },
    open: () => openDatabase({ url: scratch.url }),
    drop: async () => {
      await scratch.drop();
      await removeDir();
    },
  };
};

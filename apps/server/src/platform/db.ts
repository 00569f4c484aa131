import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { schema } from '../schema.ts';

export type Schema = typeof schema;
/** One handle for both drivers; a transaction is also a `Db`. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs raw SQL (several statements allowed) outside drizzle; used by migrations and backups. */
  exec: (sql: string) => Promise<void>;
  close: () => Promise<void>;
};

export type DatabaseOptions = {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  url?: string;
  /** Folder of the PGlite data; `memory://` keeps it in memory. */
  dataDir?: string;
};

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite. */
export const openDatabase = async ({ url, dataDir }: DatabaseOptions): Promise<Database> => {
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', (error) => process.emitWarning(`PostgreSQL idle connection lost: ${error.message}`));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      exec: async (sql) => {
        await pool.query(sql);
      },
      close: () => pool.end(),
    };
  }
  let target = dataDir ?? 'memory://';
  if (!target.startsWith('memory://')) {
    target = path.resolve(target, 'pg');
    mkdirSync(target, { recursive: true });
  }
  const client = guardAgainstSelfDeadlock(
    await PGlite.create(target, { extensions: { unaccent, pg_trgm, btree_gin } }),
  );
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    exec: async (sql) => {
      await client.exec(sql);
    },
    close: () => client.close(),
  };
};

/**
 * PGlite has one connection: a query on the outer handle while a transaction is open would wait for
 * that transaction forever. Fail fast with a clear message instead of hanging.
 */
const guardAgainstSelfDeadlock = (client: PGlite): PGlite => {
  const inTransaction = new AsyncLocalStorage<boolean>();
  const transaction = client.transaction.bind(client);
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  const refuse = () => {
    throw new Error('Outer database handle used inside a transaction: pass the transaction (tx) instead');
  };
  client.transaction = (fn) => transaction((tx) => inTransaction.run(true, () => fn(tx)));
  client.query = ((...args: Parameters<typeof query>) =>
    inTransaction.getStore() ? refuse() : query(...args)) as typeof query;
  client.exec = ((...args: Parameters<typeof exec>) =>
    inTransaction.getStore() ? refuse() : exec(...args)) as typeof exec;
  return client;
};

import pg from 'pg';
import type { BenchDatabase } from './bench-db.ts';

/** One statement the application sent to the database. */
export type Statement = { text: string; values: unknown[] };

type QueryFn = (...args: unknown[]) => unknown;

/**
 * Records the statements the application sends while `run` runs: on PostgreSQL every node-postgres client
 * (pool connections and transactions), on PGlite the instance and its transactions. The raw baselines replay
 * exactly these statements on a bare connection.
 */
export const createCapture = (bench: BenchDatabase) => {
  let current: Statement[] | null = null;
  const record = (args: unknown[]) => {
    if (!current) return;
    const [first, second] = args;
    if (typeof first === 'string') current.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const config = first as { text: string; values?: unknown[] };
      current.push({ text: config.text, values: config.values ?? (Array.isArray(second) ? second : []) });
    }
  };
  if (bench.kind === 'postgres') {
    const original = pg.Client.prototype.query as unknown as QueryFn;
    (pg.Client.prototype as unknown as { query: QueryFn }).query = function (this: unknown, ...args: unknown[]) {
      record(args);
      return original.apply(this, args);
    };
  } else {
    const client = (bench.database.db as unknown as { $client: Record<string, QueryFn> }).$client;
    const query = client.query as QueryFn;
    const transaction = client.transaction as QueryFn;
    client.query = (...args: unknown[]) => {
      record(args);
      return query(...args);
    };
    client.transaction = (fn: unknown) =>
      transaction((tx: Record<string, QueryFn>) => {
        const txQuery = tx.query as QueryFn;
        tx.query = (...args: unknown[]) => {
          record(args);
          return txQuery(...args);
        };
        return (fn as (t: unknown) => unknown)(tx);
      });
  }
  return {
    /** Runs `run` and returns what it sent, in order. */
    during: async <T>(run: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> => {
      const statements: Statement[] = [];
      current = statements;
      try {
        return { result: await run(), statements };
      } finally {
        current = null;
      }
    },
  };
};

const CONTROL = /^\s*(begin|commit|rollback|savepoint|release)/i;

/** The reads among captured statements (a baseline must not write twice what the application wrote once). */
export const readsOf = (statements: readonly Statement[]) =>
  statements.filter((s) => /^\s*(select|with)\b/i.test(s.text) && !/\bfor update\b/i.test(s.text));

/** Everything but transaction control, which the replay provides itself. */
export const withoutControl = (statements: readonly Statement[]) => statements.filter((s) => !CONTROL.test(s.text));

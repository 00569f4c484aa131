import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './db.ts';

export type BackupColumn = { name: string; type: string };
export type BackupTable = { name: string; columns: BackupColumn[]; primaryKey: string[] };
export type MigrationRow = { hash: string; createdAt: string };
export type SequenceValue = { name: string; value: string | null };

const queryRows = async <T>(db: Db, query: SQL): Promise<T[]> =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/** Double-quotes an identifier for SQL text. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every table of the public schema with its insertable columns and primary key, parents before
 * children (FK order) and otherwise by name, so backups are stable and loadable in order.
 */
export const listTables = async (db: Db): Promise<BackupTable[]> => {
  const columns = await queryRows<{ table: string; column: string; type: string }>(
    db,
    sql`SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type"
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        ORDER BY c.relname, a.attnum`,
  );
  const keys = await queryRows<{ table: string; column: string }>(
    db,
    sql`SELECT c.relname AS "table", a.attname AS "column"
        FROM pg_index i
        JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
        WHERE n.nspname = 'public' AND i.indisprimary
        ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)`,
  );
  const links = await queryRows<{ child: string; parent: string }>(
    db,
    sql`SELECT ch.relname AS "child", pa.relname AS "parent"
        FROM pg_constraint k
        JOIN pg_class ch ON ch.oid = k.conrelid
        JOIN pg_class pa ON pa.oid = k.confrelid
        JOIN pg_namespace n ON n.oid = ch.relnamespace
        WHERE k.contype = 'f' AND n.nspname = 'public' AND ch.oid <> pa.oid`,
  );
  const tables = new Map<string, BackupTable>();
  for (const { table, column, type } of columns) {
    const entry = tables.get(table) ?? { name: table, columns: [], primaryKey: [] };
    entry.columns.push({ name: column, type });
    tables.set(table, entry);
  }
  for (const { table, column } of keys) tables.get(table)?.primaryKey.push(column);
  return orderByDependencies([...tables.values()], links);
};

const orderByDependencies = (tables: BackupTable[], links: { child: string; parent: string }[]): BackupTable[] => {
  const pending = new Map(tables.map((t) => [t.name, t]));
  const ordered: BackupTable[] = [];
  while (pending.size > 0) {
    const names = [...pending.keys()].sort();
    // A cycle of foreign keys cannot be ordered; the alphabetically first table then goes next.
    const next =
      names.find((name) => !links.some((l) => l.child === name && l.parent !== name && pending.has(l.parent))) ??
      names[0];
    if (next === undefined) break;
    ordered.push(pending.get(next) as BackupTable);
    pending.delete(next);
  }
  return ordered;
};

/** The migrations drizzle recorded as applied, oldest first; empty when the database was never migrated. */
export const listAppliedMigrations = async (db: Db): Promise<MigrationRow[]> => {
  const [present] = await queryRows<{ present: boolean }>(
    db,
    sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS "present"`,
  );
  if (!present?.present) return [];
  return queryRows<MigrationRow>(
    db,
    sql`SELECT hash, created_at::text AS "createdAt" FROM drizzle.__drizzle_migrations ORDER BY created_at, id`,
  );
};

/** Current values of the public schema's sequences. */
export const listSequences = (db: Db): Promise<SequenceValue[]> =>
  queryRows<SequenceValue>(
    db,
    sql`SELECT sequencename AS "name", last_value::text AS "value" FROM pg_sequences
        WHERE schemaname = 'public' ORDER BY sequencename`,
  );

/** Sets a sequence so that its next value follows the restored one. */
export const setSequence = async (db: Db, name: string, value: string) => {
  await db.execute(sql`SELECT setval(${quoteIdent(name)}::regclass, ${value}::bigint, true)`);
};

/** Number of rows in one table. */
export const countRows = async (db: Db, table: string): Promise<number> => {
  const [row] = await queryRows<{ n: string | number }>(db, sql.raw(`SELECT count(*) AS n FROM ${quoteIdent(table)}`));
  return Number(row?.n ?? 0);
};

/** Whether any table of the public schema holds a row. */
export const hasAnyRows = async (db: Db, tables: BackupTable[]): Promise<boolean> => {
  for (const table of tables) {
    const [row] = await queryRows<{ found: boolean }>(
      db,
      sql.raw(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table.name)}) AS found`),
    );
    if (row?.found) return true;
  }
  return false;
};

/**
 * Streams a table's rows, each column in PostgreSQL's own text form (exact for every type), in
 * primary-key order through a cursor; must run inside a transaction.
 */
export async function* readTableRows(db: Db, table: BackupTable, batchSize = 2000) {
  const select = table.columns.map((c, i) => `${quoteIdent(c.name)}::text AS c${i}`).join(', ');
  const order = table.primaryKey.length > 0 ? table.primaryKey.map(quoteIdent).join(', ') : 't::text';
  await db.execute(
    sql.raw(
      `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${select} FROM ${quoteIdent(table.name)} t ORDER BY ${order}`,
    ),
  );
  try {
    for (;;) {
      const rows = await queryRows<Record<string, string | null>>(
        db,
        sql.raw(`FETCH FORWARD ${batchSize} FROM backup_rows`),
      );
      if (rows.length === 0) return;
      yield rows.map((row) => table.columns.map((_, i) => row[`c${i}`] ?? null));
    }
  } finally {
    await db.execute(sql.raw('CLOSE backup_rows'));
  }
}

/** Inserts rows given as text values; each column is cast to its type in the target database. */
export const insertTextRows = async (db: Db, table: BackupTable, rows: (string | null)[][]) => {
  const names = table.columns.map((c) => quoteIdent(c.name)).join(', ');
  const values = table.columns.map((c, i) => `(r->>${i})::${c.type}`).join(', ');
  await db.execute(
    sql`${sql.raw(`INSERT INTO ${quoteIdent(table.name)} (${names}) OVERRIDING SYSTEM VALUE SELECT ${values} FROM json_array_elements(`)}${JSON.stringify(rows)}${sql.raw('::json) AS r')}`,
  );
};

/** Switches off triggers (FK checks and the audit log's append-only guard) until the transaction ends. */
export const setReplicaRole = async (db: Db) => {
  await db.execute(sql`SET LOCAL session_replication_role = replica`);
};

/** Fixes the text form of dates and intervals for this transaction, whatever the server's defaults. */
export const setStableTextFormats = async (db: Db) => {
  await db.execute(sql`SET LOCAL DateStyle = 'ISO, YMD'`);
  await db.execute(sql`SET LOCAL IntervalStyle = 'postgres'`);
  await db.execute(sql`SET LOCAL TimeZone = 'UTC'`);
  await db.execute(sql`SET LOCAL extra_float_digits = 3`);
};

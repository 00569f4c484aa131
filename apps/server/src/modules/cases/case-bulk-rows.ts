import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getTableColumns, getTableName, is, SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../platform/db.ts';

type Column = {
  key: string;
  name: string;
  sqlType: string;
  isJson: boolean;
  /** A text[] column: travels as the text of an array literal. */
  isArray: boolean;
  /** What a missing value becomes: null, the creation time (`now()` defaults), or the column's constant. */
  fill: { kind: 'null' } | { kind: 'now' } | { kind: 'value'; value: unknown };
};
type Shape = {
  table: PgTable;
  columns: Column[];
  columnList: string;
  selectList: string;
  aliases: string;
  copy: string;
};

/** A PostgreSQL array literal (`{"a","b"}`), for COPY's text and for parameters: a JS array would be spread. */
export const textArrayLiteral = (items: readonly string[]) =>
  `{${items.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

const shapes = new WeakMap<PgTable, Shape>();

/** A table's columns as the bulk writer needs them, computed once per table. */
export const shapeOf = (table: PgTable): Shape => {
  const cached = shapes.get(table);
  if (cached) return cached;
  const columns = Object.entries(getTableColumns(table)).map(([key, c]): Column => {
    const fill: Column['fill'] =
      c.default === undefined
        ? { kind: 'null' }
        : // The only SQL defaults of the case tables are `now()` of the creation and update timestamps.
          is(c.default, SQL)
          ? { kind: 'now' }
          : { kind: 'value', value: c.default };
    const sqlType = c.getSQLType();
    return { key, name: c.name, sqlType, isJson: sqlType === 'jsonb', isArray: sqlType.endsWith('[]'), fill };
  });
  const columnList = columns.map((c) => `"${c.name}"`).join(', ');
  const selectList = columns.map((c, i) => (c.isArray ? `c${i}::${c.sqlType}` : `c${i}`)).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  const copy = `COPY "${getTableName(table)}" (${columnList}) FROM STDIN`;
  const shape = { table, columns, columnList, selectList, aliases, copy };
  shapes.set(table, shape);
  return shape;
};

/**
 * A row as the database will hold it: every column present, defaults applied, a missing creation time
 * stamped `base + index` ms so that reading back "oldest first" gives the caller's order.
 */
export const asStored = <T extends PgTable>(table: T, row: T['$inferInsert'], base: number, index: number) => {
  const out: Record<string, unknown> = { ...row };
  for (const column of shapeOf(table).columns) {
    if (out[column.key] !== undefined) continue;
    const { fill } = column;
    out[column.key] = fill.kind === 'null' ? null : fill.kind === 'now' ? new Date(base + index) : fill.value;
  }
  return out as T['$inferSelect'];
};

// Rows travel as one array per column (`INSERT … SELECT * FROM unnest($1::uuid[], $2::text[], …)`): as many bind
// parameters as the table has columns whatever the row count — far below PostgreSQL's 65 535 — and no per-value
// query building on the client. On PGlite this measured ~25% less work than a JSON recordset, ~45% less than VALUES.
const ROWS_PER_STATEMENT = 2_000;

const columnArrays = (shape: Shape, rows: readonly Record<string, unknown>[]) =>
  shape.columns.map(({ key, isJson, isArray, sqlType }) => {
    const values = rows.map((row) => {
      const value = row[key] ?? null;
      if (value === null) return null;
      if (value instanceof Date) return value.toISOString();
      if (isArray) return textArrayLiteral(value as string[]);
      return isJson ? JSON.stringify(value) : value;
    });
    return sql`${sql.param(values)}::${sql.raw(isArray ? 'text' : sqlType)}[]`;
  });

/** Multi-row INSERT of complete rows (every column given, as `asStored` makes them), a column array per parameter. */
export const insertRows = async <T extends PgTable>(
  tx: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
  onConflict?: SQL,
) => {
  const shape = shapeOf(table);
  const columns = sql.raw(shape.columnList);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const slice = rows.slice(i, i + ROWS_PER_STATEMENT) as Record<string, unknown>[];
    const arrays = sql.join(columnArrays(shape, slice), sql`, `);
    await tx.execute(
      sql`INSERT INTO ${table} (${columns}) SELECT ${sql.raw(shape.selectList)} FROM unnest(${arrays}) AS u(${sql.raw(shape.aliases)}) ${onConflict ?? sql``}`,
    );
  }
};

/** A value in COPY's text format: `\N` for null, backslash escapes for the characters that delimit it. */
const copyText = (value: unknown, isJson: boolean): string => {
  if (value === null || value === undefined) return '\\N';
  let text: string;
  if (isJson) text = JSON.stringify(value);
  else if (Array.isArray(value)) text = textArrayLiteral(value);
  else if (typeof value === 'string') text = value;
  else if (value instanceof Date) return value.toISOString();
  else if (typeof value === 'boolean') return value ? 't' : 'f';
  else text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, escapeChar) : text;
};
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escapeChar = (c: string) => ESCAPES[c] as string;

/** Rows as the text of `COPY … FROM STDIN`, in buffers of about a megabyte. */
const copyChunks = (shape: Shape, rows: readonly Record<string, unknown>[]) => {
  const chunks: Buffer[] = [];
  let lines: string[] = [];
  let size = 0;
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < shape.columns.length; i++) {
      const { key, isJson } = shape.columns[i] as Column;
      line += (i === 0 ? '' : '\t') + copyText(row[key], isJson);
    }
    lines.push(line);
    size += line.length;
    if (size > 1_000_000) {
      chunks.push(Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
      lines = [];
      size = 0;
    }
  }
  if (lines.length > 0) chunks.push(Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
  return chunks;
};

/**
 * The node-postgres connection of a transaction, when `tx` is one: rows can then be streamed with `COPY`.
 * PGlite, and a pool outside a transaction (where a COPY would commit on its own), have none.
 */
export const copyClientOf = (tx: Db): pg.Client | undefined => {
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client;
  return client instanceof pg.Client ? client : undefined;
};

/**
 * Complete rows (as `asStored` makes them) written with `COPY … FROM STDIN` on the transaction's connection:
 * the server parses plain text instead of bound arrays, and the client builds no parameters. Same checks —
 * constraints, foreign keys, indexes — as an INSERT.
 */
export const copyRows = async <T extends PgTable>(client: pg.Client, table: T, rows: readonly T['$inferInsert'][]) => {
  if (rows.length === 0) return;
  const shape = shapeOf(table);
  const chunks = copyChunks(shape, rows as readonly Record<string, unknown>[]);
  await pipeline(Readable.from(chunks), client.query(copyFrom(shape.copy)));
};

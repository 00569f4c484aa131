import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';

/**
 * A backup is gzip'd NDJSON: a header, then for each table a `table` line, its rows as JSON arrays
 * of PostgreSQL text values (null for NULL), and an `end-table` line with the row count; an `end`
 * line closes the file so a truncated copy is detected.
 */
export const BACKUP_FORMAT = 'eprocuracy-backup';
export const BACKUP_VERSION = 1;

export const ZBackupHeader = z.strictObject({
  kind: z.literal('header'),
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  source: z.enum(['pglite', 'postgres']),
  migrations: z.array(z.strictObject({ hash: z.string().regex(/^[0-9a-f]{64}$/), createdAt: z.string() })),
  sequences: z.array(z.strictObject({ name: z.string().min(1), value: z.string().nullable() })),
});
export type BackupHeader = z.infer<typeof ZBackupHeader>;

export const ZBackupControl = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('table'),
    name: z.string().min(1),
    columns: z.array(z.strictObject({ name: z.string().min(1), type: z.string().min(1) })).min(1),
  }),
  z.strictObject({ kind: z.literal('end-table'), name: z.string().min(1), rows: z.number().int().min(0) }),
  z.strictObject({ kind: z.literal('end'), tables: z.number().int().min(0), rows: z.number().int().min(0) }),
]);
export type BackupControl = z.infer<typeof ZBackupControl>;

export type BackupRow = (string | null)[];

/** Whether a parsed line is a row: an array of strings and nulls. */
export const isBackupRow = (value: unknown): value is BackupRow =>
  Array.isArray(value) && value.every((v) => v === null || typeof v === 'string');

/** Reads the lines of a gzip'd file one at a time; memory stays bounded by the longest line. */
export async function* readGzipLines(file: string): AsyncGenerator<string> {
  const input = pipeline(createReadStream(file), createGunzip(), () => {});
  input.setEncoding('utf8');
  let pending = '';
  for await (const chunk of input as AsyncIterable<string>) {
    pending += chunk;
    let start = 0;
    for (let newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n', start)) {
      yield pending.slice(start, newline);
      start = newline + 1;
    }
    pending = pending.slice(start);
  }
  if (pending.length > 0) yield pending;
}

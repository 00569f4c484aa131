import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import {
  listAppliedMigrations,
  listSequences,
  listTables,
  readTableRows,
  setStableTextFormats,
} from './backup.repo.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader } from './backup-format.ts';
import { BackupError } from './backup-migrations.ts';
import type { Database, Db } from './db.ts';

export { BackupError } from './backup-migrations.ts';
export { restoreFromFile } from './backup-restore.ts';

export type BackupSummary = { tables: number; rows: number };

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

async function* backupLines(tx: Db, source: Database['kind'], summary: BackupSummary): AsyncGenerator<string> {
  await setStableTextFormats(tx);
  const header: BackupHeader = {
    kind: 'header',
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    source,
    migrations: await listAppliedMigrations(tx),
    sequences: await listSequences(tx),
  };
  if (header.migrations.length === 0)
    throw new BackupError('The database has never been migrated; there is nothing to back up.');
  yield line(header);
  for (const table of await listTables(tx)) {
    yield line({ kind: 'table', name: table.name, columns: table.columns });
    let count = 0;
    for await (const rows of readTableRows(tx, table)) {
      count += rows.length;
      yield rows.map(line).join('');
    }
    yield line({ kind: 'end-table', name: table.name, rows: count });
    summary.tables += 1;
    summary.rows += count;
  }
  yield line({ kind: 'end', ...summary });
}

/**
 * Writes a logical backup of every table of the public schema from one consistent snapshot, streamed
 * to a gzip'd file; the file appears under its name only once it is complete.
 */
export const backupToFile = async (database: Database, file: string): Promise<BackupSummary> => {
  const partial = `${file}.partial`;
  const summary: BackupSummary = { tables: 0, rows: 0 };
  try {
    await database.db.transaction(
      async (tx) => {
        await pipeline(backupLines(tx, database.kind, summary), createGzip(), createWriteStream(partial));
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return summary;
};

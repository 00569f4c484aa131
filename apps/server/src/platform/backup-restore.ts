import type { z } from 'zod';
import {
  type BackupTable,
  countRows,
  hasAnyRows,
  insertTextRows,
  listTables,
  setReplicaRole,
  setSequence,
  setStableTextFormats,
} from './backup.repo.ts';
import { type BackupRow, isBackupRow, readGzipLines, ZBackupControl, ZBackupHeader } from './backup-format.ts';
import { BackupError, migrateToState } from './backup-migrations.ts';
import type { Database, Db } from './db.ts';
import { migrate } from './migrate.ts';

const BATCH_ROWS = 1000;
const BATCH_CHARS = 4_000_000;

type Lines = AsyncGenerator<string>;
type Loading = { table: BackupTable; count: number; batch: BackupRow[]; chars: number };

const parseLine = (text: string, lineNo: number): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw new BackupError(`Backup line ${lineNo} is not valid JSON; the file is damaged.`);
  }
};

const parseWith = <T>(schema: z.ZodType<T>, value: unknown, lineNo: number): T => {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new BackupError(`Backup line ${lineNo} is not a valid backup record; the file is damaged.`);
  return parsed.data;
};

const refuseNonEmpty = () =>
  new BackupError('The target database already holds data; restore only into a new, empty database.');

/** The target's table, with its own column types, in the column order the backup lists. */
const matchTable = (target: BackupTable | undefined, name: string, columns: { name: string }[]): BackupTable => {
  if (!target) throw new BackupError(`The backup holds table ${name}, which the target database does not have.`);
  const types = new Map(target.columns.map((c) => [c.name, c.type]));
  const same = columns.length === types.size && columns.every((c) => types.has(c.name));
  if (!same) throw new BackupError(`The columns of table ${name} differ between the backup and the target database.`);
  return { ...target, columns: columns.map((c) => ({ name: c.name, type: types.get(c.name) as string })) };
};

const flush = async (tx: Db, loading: Loading) => {
  if (loading.batch.length === 0) return;
  await insertTextRows(tx, loading.table, loading.batch);
  loading.batch = [];
  loading.chars = 0;
};

/** Loads every table from the lines after the header and checks each table's count as it closes. */
const loadRows = async (tx: Db, lines: Lines, tables: BackupTable[]) => {
  const targets = new Map(tables.map((t) => [t.name, t]));
  const restored = new Set<string>();
  let loading: Loading | null = null;
  let lineNo = 1;
  let total = 0;
  let ended = false;
  for await (const text of lines) {
    lineNo += 1;
    if (ended) throw new BackupError(`Backup line ${lineNo} follows the end marker; the file is damaged.`);
    const value = parseLine(text, lineNo);
    if (isBackupRow(value)) {
      if (!loading || value.length !== loading.table.columns.length)
        throw new BackupError(`Backup line ${lineNo} is a row that fits no table; the file is damaged.`);
      loading.batch.push(value);
      loading.count += 1;
      loading.chars += text.length;
      if (loading.batch.length >= BATCH_ROWS || loading.chars >= BATCH_CHARS) await flush(tx, loading);
      continue;
    }
    const control = parseWith(ZBackupControl, value, lineNo);
    switch (control.kind) {
      case 'table':
        if (loading || restored.has(control.name))
          throw new BackupError(
            `Backup line ${lineNo} starts table ${control.name} out of place; the file is damaged.`,
          );
        loading = {
          table: matchTable(targets.get(control.name), control.name, control.columns),
          count: 0,
          batch: [],
          chars: 0,
        };
        break;
      case 'end-table': {
        if (loading?.table.name !== control.name)
          throw new BackupError(`Backup line ${lineNo} ends table ${control.name} out of place; the file is damaged.`);
        await flush(tx, loading);
        const stored = await countRows(tx, control.name);
        if (loading.count !== control.rows || stored !== control.rows)
          throw new BackupError(
            `Table ${control.name}: the backup announces ${control.rows} rows, ${loading.count} were read and ${stored} stored.`,
          );
        restored.add(control.name);
        total += control.rows;
        loading = null;
        break;
      }
      case 'end':
        if (loading || control.tables !== restored.size || control.rows !== total)
          throw new BackupError("The backup's end marker does not match its content; the file is damaged.");
        ended = true;
        break;
    }
  }
  if (!ended) throw new BackupError('The backup file is incomplete (no end marker); nothing was restored.');
  return { tables: restored.size, rows: total };
};

/**
 * Restores a backup into an empty database: migrates it to the backup's schema, loads every row in one
 * transaction with triggers off (it is a restore, not a change: foreign-key order and the audit log's
 * append-only guard do not apply), verifies the counts, then runs any newer migrations.
 */
export const restoreFromFile = async (database: Database, file: string) => {
  const lines = readGzipLines(file);
  try {
    const first = await lines.next();
    if (first.done) throw new BackupError('The backup file is empty.');
    const header = parseWith(ZBackupHeader, parseLine(first.value, 1), 1);
    if (await hasAnyRows(database.db, await listTables(database.db))) throw refuseNonEmpty();
    await migrateToState(database, header.migrations);
    const summary = await database.db.transaction(async (tx) => {
      const tables = await listTables(tx);
      if (await hasAnyRows(tx, tables)) throw refuseNonEmpty();
      await setReplicaRoleOrExplain(tx);
      await setStableTextFormats(tx);
      const loaded = await loadRows(tx, lines, tables);
      for (const sequence of header.sequences)
        if (sequence.value !== null) await setSequence(tx, sequence.name, sequence.value);
      return loaded;
    });
    await migrate(database);
    return summary;
  } finally {
    await lines.return(undefined);
  }
};

const setReplicaRoleOrExplain = async (tx: Db) => {
  try {
    await setReplicaRole(tx);
  } catch (error) {
    const { code, cause } = error as { code?: string; cause?: { code?: string } };
    if ((code ?? cause?.code) !== '42501') throw error;
    throw new BackupError(
      'Restoring needs permission to set session_replication_role: run it as a superuser, or on PostgreSQL 15+ GRANT SET ON PARAMETER session_replication_role TO the application role.',
    );
  }
};

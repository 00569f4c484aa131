import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import { listAppliedMigrations, type MigrationRow } from './backup.repo.ts';
import type { Database } from './db.ts';

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Thrown when a backup cannot be written or restored; the message is meant for the operator. */
export class BackupError extends Error {}

/**
 * Brings the target to exactly the backup's migration state, so the rows load into the schema
 * they came from; later migrations run after the load, like an upgrade.
 */
export const migrateToState = async (database: Database, wanted: MigrationRow[]): Promise<void> => {
  const known = readMigrationFiles({ migrationsFolder });
  wanted.forEach((migration, i) => {
    if (known[i]?.hash !== migration.hash)
      throw new BackupError(
        `The backup's migration ${i + 1} is unknown to this version of eProcuracy; restore it with the version that wrote it.`,
      );
  });
  const applied = await listAppliedMigrations(database.db);
  const diverges = applied.some((migration, i) => wanted[i]?.hash !== migration.hash);
  if (applied.length > wanted.length || diverges)
    throw new BackupError(
      `The target database's schema (${applied.length} migrations) is ahead of or different from the backup's (${wanted.length}); restore into a new, empty database.`,
    );
  // drizzle's own migrator, given only the backup's migrations, records them exactly as `migrate` would.
  const { dialect, session } = database.db as unknown as { dialect: PgDialect; session: PgSession };
  await dialect.migrate(known.slice(0, wanted.length), session, { migrationsFolder });
};

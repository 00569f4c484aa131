import type { Config } from '../config.ts';
import { verifyAudit } from '../platform/audit.ts';
import { type Database, openDatabase } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';
import { createAdmin } from './create-admin.ts';
import { seedDemo } from './seed-demo.ts';
import { serve } from './serve.ts';
import { runWorker } from './worker.ts';

const USAGE = `Usage: eprocuracy <command>
  serve                     migrate, seed the demo on first start (SEED_DEMO=true), serve HTTP
                            (and run the job worker unless WORKER=false)
  worker                    run only the background job worker
  migrate                   bring the database schema up to date
  seed                      seed the demo data into an empty database
  create-admin <username> <office-code> <full name…>   create an IT administrator (password from ADMIN_PASSWORD)
  backup <file>             write a full logical backup of the database
  restore <file>            restore a backup into an empty database
  audit verify              check the audit log's hash chain`;

const withDatabase = async (config: Config, work: (database: Database) => Promise<number>): Promise<number> => {
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
};

/** Runs one CLI command and returns the process exit code. */
export const runCommand = async (command: string, args: string[], config: Config): Promise<number> => {
  switch (command) {
    case 'serve':
      return serve(config);
    case 'worker':
      return runWorker(config);
    case 'migrate':
      return withDatabase(config, async (database) => {
        await migrate(database);
        console.log('Database schema is up to date.');
        return 0;
      });
    case 'seed':
      return withDatabase(config, async (database) => {
        await migrate(database);
        const seeded = await seedDemo(database.db, { cases: config.DEMO_CASES });
        console.log(
          seeded
            ? `Demo data seeded (${seeded.crimeReports} crime reports, ${seeded.cases} cases).`
            : 'Database is not empty; nothing seeded.',
        );
        return 0;
      });
    case 'create-admin':
      return withDatabase(config, (database) => createAdmin(database, args));
    case 'backup':
    case 'restore': {
      const file = args[0];
      if (!file) {
        console.error(`${command}: a file name is required`);
        return 64;
      }
      const { BackupError, backupToFile, restoreFromFile } = await import('../platform/backup.ts');
      return withDatabase(config, async (database) => {
        try {
          const { tables, rows } = await (command === 'backup' ? backupToFile : restoreFromFile)(database, file);
          console.log(
            `${command === 'backup' ? 'Backup written to' : 'Restored from'} ${file}: ${tables} tables, ${rows} rows.`,
          );
          return 0;
        } catch (error) {
          if (!(error instanceof BackupError)) throw error;
          console.error(`${command}: ${error.message}`);
          return 65;
        }
      });
    }
    case 'audit':
      if (args[0] !== 'verify') break;
      return withDatabase(config, async (database) => {
        const verdict = await verifyAudit(database.db);
        if (verdict.ok) {
          console.log(`Audit log intact: ${verdict.count} entries.`);
          return 0;
        }
        console.error(
          `Audit log broken at entry ${verdict.firstBrokenSeq} (${verdict.reason}); ${verdict.count} entries before it are intact.`,
        );
        return 1;
      });
  }
  console.error(USAGE);
  return 64;
};

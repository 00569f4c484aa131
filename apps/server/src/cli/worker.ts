import type { Config } from '../config.ts';
import { openDatabase } from '../platform/db.ts';
import { startConfiguredWorker } from '../platform/jobs/start-from-config.ts';
import { migrate } from '../platform/migrate.ts';

const VERBOSE = ['info', 'debug', 'trace'];
const QUIET = ['silent', 'fatal'];

/** Runs only the background job worker (no HTTP) until SIGINT/SIGTERM; for deployments split by role. */
export const runWorker = async (config: Config): Promise<number> => {
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await migrate(database);
  const worker = startConfiguredWorker(database.db, config, {
    info: (message) => {
      if (VERBOSE.includes(config.LOG_LEVEL)) console.log(message);
    },
    error: (message) => {
      if (!QUIET.includes(config.LOG_LEVEL)) console.error(message);
    },
  });
  console.log(`eProcuracy job worker ${worker.id} is running (${database.kind})`);
  const stop = async () => {
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
};

import { buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../modules/identity/seed.ts';
import { openDatabase } from '../platform/db.ts';
import { startConfiguredWorker } from '../platform/jobs/start-from-config.ts';
import { migrate } from '../platform/migrate.ts';
import { seedDemo } from './seed-demo.ts';

/** Migrates, seeds the demo on an empty database, and serves until SIGINT/SIGTERM. */
export const serve = async (config: Config): Promise<number> => {
  const started = performance.now();
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await migrate(database);
  const seeded = config.SEED_DEMO && (await seedDemo(database.db, { cases: config.DEMO_CASES })) !== null;
  const app = await buildApp(database, config);
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  const shown = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  console.log(`eProcuracy is ready at ${shown} (${database.kind}, ${Math.round(performance.now() - started)} ms)`);
  if (seeded || config.SEED_DEMO) {
    console.log(`Demo sign-ins (password ${DEMO_PASSWORD}):`);
    for (const login of DEMO_LOGINS) console.log(`  ${login.username.padEnd(16)} ${login.description}`);
  }
  const worker = config.WORKER
    ? startConfiguredWorker(database.db, config, {
        info: (message) => app.log.info(message),
        error: (message) => app.log.error(message),
      })
    : null;
  const stop = async () => {
    await app.close();
    await worker?.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
};

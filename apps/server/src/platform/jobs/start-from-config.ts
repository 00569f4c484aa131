import type { Config } from '../../config.ts';
import type { Db } from '../db.ts';
import { type JobLog, startWorker, type Worker } from './worker.ts';

/** The application's worker with its settings from the configuration (WORKER_CONCURRENCY, JOB_*). */
export const startConfiguredWorker = (db: Db, config: Config, log: JobLog): Worker =>
  startWorker({
    db,
    config,
    log,
    concurrency: config.WORKER_CONCURRENCY,
    pollMs: config.JOB_POLL_MS,
    leaseMs: config.JOB_LEASE_SECONDS * 1000,
  });

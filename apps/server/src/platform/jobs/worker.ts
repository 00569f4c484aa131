import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Config } from '../../config.ts';
import type { Db } from '../db.ts';
import { jobCatalog, scheduleCatalog } from './catalog.ts';
import { type JobDefinition, type JobRow, retryDelayMs } from './define-job.ts';
import {
  claimJobs,
  completeJob,
  failExpiredJob,
  failJob,
  releaseExpiredLeases,
  renewLease,
  retryJob,
} from './jobs.repo.ts';
import { type DailySchedule, enqueueDueSchedules } from './schedules.ts';

export type JobLog = { info: (message: string) => void; error: (message: string) => void };

export type WorkerOptions = {
  db: Db;
  config: Config;
  /** Jobs this worker can run; defaults to every job of the application. */
  jobs?: readonly JobDefinition[];
  schedules?: readonly DailySchedule[];
  concurrency?: number;
  pollMs?: number;
  /** How long a claimed job stays ours without a heartbeat; a dead worker's jobs resume after it. */
  leaseMs?: number;
  /** How often the schedules are checked. */
  scheduleEveryMs?: number;
  log?: JobLog;
};

export type Worker = {
  id: string;
  /** Stops claiming, waits up to `timeoutMs` for running jobs, then aborts them and waits for them to settle. */
  stop: (timeoutMs?: number) => Promise<void>;
};

const silent: JobLog = { info: () => {}, error: () => {} };
const describeError = (error: unknown) =>
  (error instanceof Error ? error.stack || error.message : String(error)).slice(0, 4000);

/** Starts polling the queue: claims due jobs with SKIP LOCKED, runs them, retries failures with backoff. */
export const startWorker = (options: WorkerOptions): Worker => {
  const { db, config, concurrency = 2, pollMs = 1000, leaseMs = 60_000, scheduleEveryMs = 60_000 } = options;
  const log = options.log ?? silent;
  const definitions = new Map((options.jobs ?? jobCatalog).map((job) => [job.name, job]));
  const schedules = options.schedules ?? scheduleCatalog;
  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const running = new Map<string, { done: Promise<void>; controller: AbortController }>();
  let isStopping = false;
  let timer: NodeJS.Timeout | undefined;
  let isPolling = false;
  let schedulesCheckedAt = 0;

  /**
   * Fails a job for good and runs its failure handler in the same transaction: a crash in between leaves
   * the job as it was, to be failed again. A handler that throws is logged, and the job is failed without it.
   */
  const failForGood = async (job: JobRow, fail: (tx: Db) => Promise<JobRow | null>) => {
    const definition = definitions.get(job.name);
    const parsed = definition?.payload.safeParse(job.payload);
    const onFailed = parsed?.success ? await definition?.onFailed?.() : undefined;
    const failed = await db.transaction(async (tx) => {
      const row = await fail(tx);
      if (row && onFailed) {
        await tx
          .transaction((savepoint) =>
            onFailed({ payload: parsed?.data, job: row, tx: savepoint, error: row.lastError ?? '' }),
          )
          .catch((error) => log.error(`job ${job.id} ${job.name} failure handler: ${describeError(error)}`));
      }
      return row;
    });
    if (failed)
      log.error(`job ${job.id} ${job.name} failed after ${job.attempts} attempts: ${failed.lastError?.split('\n')[0]}`);
  };

  const settle = async (job: JobRow, error: unknown) => {
    const message = describeError(error);
    if (job.attempts >= job.maxAttempts) return failForGood(job, (tx) => failJob(tx, job.id, id, message));
    const definition = definitions.get(job.name);
    const delay = retryDelayMs(definition?.backoff ?? { baseMs: 60_000, maxMs: 3_600_000 }, job.attempts);
    await retryJob(db, job.id, id, message, delay);
    log.info(`job ${job.id} ${job.name} attempt ${job.attempts} failed; retry in ${delay} ms`);
  };

  const run = async (job: JobRow, controller: AbortController) => {
    const heartbeat = setInterval(
      () => {
        renewLease(db, job.id, id, leaseMs).then(
          (isHeld) => isHeld || controller.abort(new Error('lease lost')),
          (error) => log.error(`job ${job.id} lease renewal failed: ${describeError(error)}`),
        );
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    try {
      log.info(`job ${job.id} ${job.name} started (attempt ${job.attempts})`);
      const definition = definitions.get(job.name);
      if (!definition) throw new Error(`no handler for job ${job.name} in this version`);
      const payload = definition.payload.parse(job.payload);
      const handler = await definition.handler();
      await handler({ payload, job, db, config, signal: controller.signal });
      await completeJob(db, job.id, id);
      log.info(`job ${job.id} ${job.name} done`);
    } catch (error) {
      await settle(job, error).catch((e) => log.error(`job ${job.id} could not be settled: ${describeError(e)}`));
    } finally {
      clearInterval(heartbeat);
    }
  };

  const poll = async () => {
    if (isPolling || isStopping) return;
    isPolling = true;
    let claimed = 0;
    try {
      for (const job of await releaseExpiredLeases(db)) await failForGood(job, (tx) => failExpiredJob(tx, job.id));
      if (Date.now() - schedulesCheckedAt >= scheduleEveryMs) {
        await enqueueDueSchedules(db, schedules);
        schedulesCheckedAt = Date.now();
      }
      const free = concurrency - running.size;
      const jobs = free > 0 && !isStopping ? await claimJobs(db, id, free, leaseMs) : [];
      claimed = jobs.length;
      for (const job of jobs) {
        const controller = new AbortController();
        const done = run(job, controller).finally(() => {
          running.delete(job.id);
          wake(0);
        });
        running.set(job.id, { done, controller });
      }
    } catch (error) {
      log.error(`job worker poll failed: ${describeError(error)}`);
    } finally {
      isPolling = false;
    }
    // A full batch suggests more are waiting: look again at once instead of after a poll interval.
    wake(claimed > 0 && running.size < concurrency ? 0 : pollMs);
  };

  const wake = (delay: number) => {
    if (isStopping) return;
    clearTimeout(timer);
    timer = setTimeout(() => void poll(), delay);
  };

  wake(0);
  log.info(`job worker ${id} started (concurrency ${concurrency})`);
  return {
    id,
    stop: async (timeoutMs = 30_000) => {
      isStopping = true;
      clearTimeout(timer);
      while (isPolling) await new Promise((resolve) => setTimeout(resolve, 10));
      const all = () => Promise.all([...running.values()].map((entry) => entry.done));
      const timedOut = await Promise.race([
        all().then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), timeoutMs).unref()),
      ]);
      if (timedOut) {
        for (const entry of running.values()) entry.controller.abort(new Error('worker stopping'));
        await all();
      }
      log.info(`job worker ${id} stopped`);
    },
  };
};

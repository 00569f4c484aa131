import type { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Db } from '../db.ts';
import type { jobs } from './jobs.schema.ts';

export type JobRow = typeof jobs.$inferSelect;

/**
 * What a handler gets. Handlers must be idempotent: a job whose worker died mid-run (kill -9, power
 * loss) is run again from the start once its lease expires, so "at least once" is the guarantee.
 */
export type JobContext<P> = {
  payload: P;
  job: JobRow;
  /** The outer handle; open your own transaction with `db.transaction` for the job's writes. */
  db: Db;
  config: Config;
  /** Aborted when the worker stops or loses the job's lease; long handlers should check it between steps. */
  signal: AbortSignal;
};

export type JobHandler<P> = (context: JobContext<P>) => Promise<void>;

/**
 * Runs in the transaction that fails a job for good (its last attempt threw, or its worker died during it),
 * so the record the job was working on can say so; if it throws, the job stays as it was and is failed later.
 */
export type JobFailureHandler<P> = (context: { payload: P; job: JobRow; tx: Db; error: string }) => Promise<void>;

export type Backoff = { baseMs: number; maxMs: number };

export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  name: string;
  payload: S;
  /** Imported on first run, so defining a job costs nothing at start-up. */
  handler: () => Promise<JobHandler<z.output<S>>>;
  /** Imported when the job fails for good. */
  onFailed?: () => Promise<JobFailureHandler<z.output<S>>>;
  maxAttempts: number;
  backoff: Backoff;
};

type JobOptions<S extends z.ZodType> = Pick<JobDefinition<S>, 'name' | 'payload' | 'handler' | 'onFailed'> &
  Partial<Pick<JobDefinition<S>, 'maxAttempts' | 'backoff'>>;

/** Declares a job: its name, zod payload schema and lazily imported handler, with retry defaults. */
export const defineJob = <S extends z.ZodType>(options: JobOptions<S>): JobDefinition<S> => ({
  maxAttempts: 5,
  backoff: { baseMs: 10_000, maxMs: 3_600_000 },
  ...options,
});

/** Delay before the next attempt: base × 2^(attempt − 1), capped, with up to 10% jitter so retries spread out. */
export const retryDelayMs = (backoff: Backoff, attempt: number): number => {
  const delay = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(delay * (1 + Math.random() * 0.1));
};

import { toFieldErrors } from '@eprocuracy/domain';
import type { z } from 'zod';
import type { Db } from '../db.ts';
import { invalid } from '../errors.ts';
import type { JobDefinition } from './define-job.ts';
import { insertJob } from './jobs.repo.ts';

export type EnqueueOptions = {
  /** Not before this time; default now. */
  runAt?: Date;
  /** While a job with this key is queued or running, enqueueing another one is a no-op. */
  singletonKey?: string;
  /** The new job's id, when the caller must know it before the insert (e.g. to record it beside the job). */
  id?: string;
};

/**
 * Validates the payload and inserts the job with the caller's transaction, so the job exists if and only
 * if the business change commits; workers see it after the commit. Returns the job id, or null when a job
 * with the same singleton key was already queued or running.
 */
export const enqueue = async <S extends z.ZodType>(
  tx: Db,
  job: JobDefinition<S>,
  payload: z.input<S>,
  options: EnqueueOptions = {},
): Promise<string | null> => {
  const parsed = job.payload.safeParse(payload);
  if (!parsed.success) throw invalid(toFieldErrors(parsed.error.issues, 'payload'));
  return insertJob(tx, {
    id: options.id,
    name: job.name,
    payload: parsed.data,
    maxAttempts: job.maxAttempts,
    runAt: options.runAt,
    singletonKey: options.singletonKey,
  });
};

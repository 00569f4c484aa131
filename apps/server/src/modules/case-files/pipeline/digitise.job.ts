import { z } from 'zod';
import type { Db } from '../../../platform/db.ts';
import { defineJob } from '../../../platform/jobs/define-job.ts';
import { enqueue } from '../../../platform/jobs/enqueue.ts';

/**
 * Digitises one uploaded version: text of every page (OCR for scans, extraction for DOCX and typed PDFs),
 * thumbnails and the searchable PDF. Pages are committed one by one, so a retried job resumes where the
 * last attempt stopped.
 */
export const digitiseJob = defineJob({
  name: 'case-files.digitise',
  payload: z.strictObject({ versionId: z.uuid() }),
  handler: async () => (await import('./run-digitisation.ts')).runDigitisation,
  onFailed: async () => (await import('./run-digitisation.ts')).markUnfinishedFailed,
  maxAttempts: 5,
  backoff: { baseMs: 30_000, maxMs: 1_800_000 },
});

/** Queues the digitisation of a version in the caller's transaction: the job exists iff the upload commits. */
export const enqueueDigitisation = (tx: Db, versionId: string, runAt?: Date) =>
  enqueue(tx, digitiseJob, { versionId }, { runAt });

import { z } from 'zod';
import { defineJob } from '../../platform/jobs/define-job.ts';

export const ZIntegrityPayload = z.strictObject({
  /** Files checked more recently than this are skipped, so a run resumed after a crash does not start over. */
  recheckAfterHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 365)
    .default(20),
});

/**
 * Daily re-hash of every stored case-file blob: records each file's integrity, then stores the list of
 * damaged or missing files as a check result and an audit entry, and sweeps uploads a crash left behind.
 */
export const caseFileIntegrityJob = defineJob({
  name: 'case-files.integrity',
  payload: ZIntegrityPayload,
  handler: async () => (await import('./integrity.ts')).verifyStoredBlobs,
  maxAttempts: 3,
  backoff: { baseMs: 60_000, maxMs: 3_600_000 },
});

import { z } from 'zod';
import { defineJob } from '../../platform/jobs/define-job.ts';

/** Daily: ends sessions past their idle or absolute timeout whose cookie never came back to be refused. */
export const sessionsCleanupJob = defineJob({
  name: 'sessions.cleanup',
  payload: z.strictObject({}),
  handler: async () => (await import('./sessions-cleanup.ts')).revokeStaleSessions,
  maxAttempts: 3,
  backoff: { baseMs: 60_000, maxMs: 3_600_000 },
});

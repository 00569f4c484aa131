import { z } from 'zod';
import { defineJob } from '../../../platform/jobs/define-job.ts';

/** Runs one uploaded legacy case import: validate every row, then write (all at once, or batch by batch). */
export const caseImportJob = defineJob({
  name: 'cases.import',
  payload: z.strictObject({ importId: z.uuid() }),
  handler: async () => (await import('./case-import-run.ts')).runCaseImport,
  maxAttempts: 5,
  backoff: { baseMs: 5_000, maxMs: 300_000 },
});

import { z } from 'zod';
import { defineJob } from '../../../platform/jobs/define-job.ts';

/** Runs one uploaded archive of scans: validate every manifest row, then file the matched scans (OCR queued). */
export const archiveImportJob = defineJob({
  name: 'case-files.archive-import',
  payload: z.strictObject({ archiveId: z.uuid() }),
  handler: async () => (await import('./archive-import-run.ts')).runArchiveImport,
  maxAttempts: 5,
  backoff: { baseMs: 5_000, maxMs: 300_000 },
});

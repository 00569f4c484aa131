import { z } from 'zod';
import { defineJob } from './define-job.ts';

/** Daily walk of the audit hash chain; records `audit.verified` or `audit.broken` so admins see tampering. */
export const auditVerifyJob = defineJob({
  name: 'audit.verify',
  payload: z.strictObject({}),
  handler: async () => (await import('./audit-verify.ts')).verifyAuditChain,
  maxAttempts: 3,
  backoff: { baseMs: 60_000, maxMs: 3_600_000 },
});

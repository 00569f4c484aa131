import { type AuditContext, appendAudit, verifyAudit } from '../audit.ts';
import type { JobContext } from './define-job.ts';
import { hasJobAuditEntry } from './jobs.repo.ts';

export const JOB_AUDIT: AuditContext = { actorId: null, actorName: 'system', officeId: null, ip: null };

/** Verifies the whole chain and appends the verdict, once per job even when the job is run again. */
export const verifyAuditChain = async ({ job, db, signal }: JobContext<Record<string, never>>) => {
  const verdict = await verifyAudit(db);
  signal.throwIfAborted();
  await db.transaction(async (tx) => {
    if (await hasJobAuditEntry(tx, job.id)) return;
    await appendAudit(tx, JOB_AUDIT, {
      action: verdict.ok ? 'audit.verified' : 'audit.broken',
      entityType: 'job',
      entityId: job.id,
      changes: verdict.ok
        ? { entries: { before: null, after: verdict.count } }
        : {
            entries: { before: null, after: verdict.count },
            firstBrokenSeq: { before: null, after: verdict.firstBrokenSeq },
            reason: { before: null, after: verdict.reason },
          },
    });
  });
};

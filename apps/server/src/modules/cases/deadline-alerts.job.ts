import { z } from 'zod';
import { appendAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { defineJob } from '../../platform/jobs/define-job.ts';
import { enqueue } from '../../platform/jobs/enqueue.ts';

const ZDeadlineAlertsPayload = z.strictObject({
  /** Cases recomputed and alerted per transaction. */
  batchSize: z.number().int().min(1).max(5000).default(200),
});
export type DeadlineAlertsPayload = z.output<typeof ZDeadlineAlertsPayload>;

/** Daily: recomputes every live case's deadlines and alerts prosecutors and leaders (due soon, overdue, digest). */
export const deadlineAlertsJob = defineJob({
  name: 'cases.deadline-alerts',
  payload: ZDeadlineAlertsPayload,
  handler: async () => (await import('./deadline-alerts.ts')).sendDeadlineAlerts,
  maxAttempts: 5,
  backoff: { baseMs: 60_000, maxMs: 3_600_000 },
});

/**
 * Runs the deadline check now (after an import or a fix of the data) instead of waiting for the night; admins
 * only. Returns the job id, or null when a requested run is still queued or running.
 */
export const requestDeadlineAlerts = async (ctx: Ctx): Promise<{ jobId: string | null }> => {
  if (!ctx.actor.roles.includes('admin')) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const jobId = await enqueue(tx, deadlineAlertsJob, {}, { singletonKey: `${deadlineAlertsJob.name}:requested` });
    if (jobId)
      await appendAudit(tx, ctx.audit, {
        action: 'cases.deadline_alerts_requested',
        entityType: 'job_request',
        entityId: jobId,
      });
    return { jobId };
  });
};

import type { JobContext } from '../../platform/jobs/define-job.ts';
import { revokeStaleSessionRows } from './sessions-cleanup.repo.ts';

/**
 * Marks sessions revoked once they expired or sat idle longer than SESSION_IDLE_MINUTES, as the session
 * check does when such a cookie is presented; nothing is deleted. Idempotent: a re-run finds nothing left.
 */
export const revokeStaleSessions = async ({ db, config }: JobContext<Record<string, never>>) => {
  await revokeStaleSessionRows(db, new Date(Date.now() - config.SESSION_IDLE_MINUTES * 60_000));
};

import { type Secrecy, secrecyRank } from '@eprocuracy/domain';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Db } from '../../platform/db.ts';
import { defineJob } from '../../platform/jobs/define-job.ts';
import { enqueue } from '../../platform/jobs/enqueue.ts';

export const ZReencryptPayload = z.strictObject({
  caseId: z.uuid(),
  /** One document of the case; every document of the case when absent (the case itself was raised). */
  documentId: z.uuid().optional(),
  /** How many times the job came back to wait for a digitisation still running; spaces the next look. */
  round: z.number().int().min(0).default(0),
  /**
   * Between switching the rows to the encrypted copies and deleting the plain ones: a download that read the
   * row just before the switch opens its file within this time (an open file outlives its deletion).
   */
  plainCopyGraceMs: z.number().int().min(0).max(600_000).default(5_000),
});

/**
 * Re-stores the plain blobs of documents whose level became classified encrypted (original of every
 * version, searchable PDF, page thumbnails), switches the rows to the encrypted copies and deletes the
 * plain copies nothing else points at. Idempotent: every step finds what an earlier run did.
 */
export const reencryptJob = defineJob({
  name: 'case-files.reencrypt',
  payload: ZReencryptPayload,
  handler: async () => (await import('./reencrypt.ts')).reencryptClassifiedBlobs,
  maxAttempts: 5,
  backoff: { baseMs: 30_000, maxMs: 1_800_000 },
});

/**
 * Queues the re-encryption in the caller's transaction when the level of a document (or of a whole case)
 * rises to a classified one and BLOB_ENCRYPTION_KEY is configured. Lowering the level never decrypts:
 * what was once classified stays encrypted at rest.
 */
export const enqueueReencryptionIfRaised = async (
  tx: Db,
  config: Pick<Config, 'BLOB_ENCRYPTION_KEY'>,
  change: { caseId: string; documentId?: string; before: Secrecy; after: Secrecy },
) => {
  if (!config.BLOB_ENCRYPTION_KEY || change.after === 'normal') return;
  if (secrecyRank(change.after) <= secrecyRank(change.before)) return;
  await enqueue(tx, reencryptJob, { caseId: change.caseId, documentId: change.documentId });
};

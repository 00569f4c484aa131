import type { IntegrityProblem, IntegrityState } from '@eprocuracy/domain';
import type { z } from 'zod';
import { openBlobStore } from '../../platform/blobs/open-blob-store.ts';
import { JOB_AUDIT } from '../../platform/jobs/audit-verify.ts';
import type { JobContext } from '../../platform/jobs/define-job.ts';
import { hasJobAuditEntry } from '../../platform/jobs/jobs.repo.ts';
import type { ZIntegrityPayload } from './integrity.job.ts';
import { blobsDue, blobUsesOf, brokenBlobs } from './integrity.repo.ts';
import { checkBlob, problemOf, recordCheck } from './verify-case-file.ts';

const BATCH = 100;
/** An upload still staging after this long was cut off by a crash. */
const STAGING_MAX_AGE_MS = 24 * 3600 * 1000;

/**
 * Checks every blob not checked within `recheckAfterHours`, oldest check first. The report lists every
 * blob currently known to be broken, whichever run found it, so a run resumed after a crash loses nothing.
 */
export const verifyStoredBlobs = async ({
  job,
  db,
  config,
  signal,
  payload,
}: JobContext<z.output<typeof ZIntegrityPayload>>) => {
  const store = openBlobStore(config);
  const startedAt = new Date();
  const before = new Date(startedAt.getTime() - payload.recheckAfterHours * 3600 * 1000);
  let filesChecked = 0;
  for (;;) {
    const due = await blobsDue(db, before, BATCH);
    if (due.length === 0) break;
    for (const address of due) {
      signal.throwIfAborted();
      await checkBlob(db, store, address);
      filesChecked += 1;
    }
  }
  await store.sweepStaging(STAGING_MAX_AGE_MS);
  const problems: IntegrityProblem[] = [];
  for (const broken of await brokenBlobs(db)) {
    const uses = await blobUsesOf(db, broken);
    const state = broken.integrity as IntegrityState;
    problems.push(
      ...(uses.length > 0 ? uses.map((use) => problemOf(use, broken, state)) : [problemOf(null, broken, state)]),
    );
  }
  signal.throwIfAborted();
  await db.transaction(async (tx) => {
    if (await hasJobAuditEntry(tx, job.id)) return;
    await recordCheck(tx, JOB_AUDIT, {
      caseId: null,
      jobId: job.id,
      requestedBy: null,
      filesChecked,
      problems,
      startedAt,
    });
  });
};

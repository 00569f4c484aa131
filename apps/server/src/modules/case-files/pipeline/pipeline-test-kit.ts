import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db.ts';
import { startWorker } from '../../../platform/jobs/worker.ts';
import type { TestApp } from '../../../test/harness.ts';
import { caseDocumentVersions } from '../case-files.schema.ts';
import { digitiseJob } from './digitise.job.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The digitisation job with retries a test can wait for (attempts are the job row's, set at upload). */
export const quickDigitiseJob = (): typeof digitiseJob => ({
  ...digitiseJob,
  backoff: { baseMs: 20, maxMs: 50 },
});

export const versionRow = async (db: Db, documentId: string) =>
  (await db.select().from(caseDocumentVersions).where(eq(caseDocumentVersions.documentId, documentId)))[0];

/**
 * Runs a worker with only the digitisation job until `isSettled` says so about the document's version
 * (by default: done or failed), or throws after `timeoutMs`.
 */
export const digitiseUntil = async (
  t: TestApp,
  documentId: string,
  options: {
    job?: typeof digitiseJob;
    isSettled?: (row: NonNullable<Awaited<ReturnType<typeof versionRow>>>) => boolean;
    timeoutMs?: number;
  } = {},
) => {
  const isSettled =
    options.isSettled ?? ((row) => row.digitisationStatus === 'done' || row.digitisationStatus === 'failed');
  const worker = startWorker({
    db: t.database.db,
    config: t.config,
    jobs: [options.job ?? quickDigitiseJob()],
    schedules: [],
    pollMs: 20,
  });
  try {
    const deadline = Date.now() + (options.timeoutMs ?? 180_000);
    while (Date.now() < deadline) {
      const row = await versionRow(t.database.db, documentId);
      if (row && isSettled(row)) return row;
      await sleep(50);
    }
    throw new Error(`digitisation of ${documentId} did not settle in time`);
  } finally {
    await worker.stop();
  }
};

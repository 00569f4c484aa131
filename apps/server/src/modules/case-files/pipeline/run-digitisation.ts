import type { FileKind } from '@eprocuracy/domain';
import { openBlobStore } from '../../../platform/blobs/open-blob-store.ts';
import type { Db } from '../../../platform/db.ts';
import type { JobFailureHandler, JobHandler } from '../../../platform/jobs/define-job.ts';
import { DigitiseError } from '../digitise/digitise-error.ts';
import { enqueueDigitisation } from './digitise.job.ts';
import * as repo from './digitise.repo.ts';
import { digitiseVersion } from './digitise-version.ts';
import { TOOLS_RECHECK_MS } from './ocr-settings.ts';
import { currentOcrTools, forgetOcrTools, missingToolsFor } from './ocr-tools-state.ts';
import { removeWorkFolder, workFolderPath } from './work-folder.ts';

/** The reason kept on the version: Vietnamese first, English on the next line. */
const bilingual = (message: { vi: string; en: string }) => `${message.vi}\n${message.en}`;

const failureReason = (error: unknown) =>
  error instanceof DigitiseError
    ? bilingual(error)
    : bilingual({
        vi: `Số hóa không thành công: ${error instanceof Error ? error.message : String(error)}`,
        en: `Digitisation failed: ${error instanceof Error ? error.message : String(error)}`,
      });

/**
 * Missing tools are nobody's failure: the version stays queued saying what to install, and a new job looks
 * again later, so waiting uses up none of the attempts meant for real failures.
 */
const waitForTools = (db: Db, versionId: string, reason: { vi: string; en: string }) =>
  db.transaction(async (tx) => {
    await repo.markWaiting(tx, versionId, bilingual(reason));
    await enqueueDigitisation(tx, versionId, new Date(Date.now() + TOOLS_RECHECK_MS));
  });

/**
 * Job handler of `case-files.digitise`. A damaged or protected file fails at once (retrying cannot help);
 * other errors are retried by the queue with backoff, and the last attempt's error is kept on the version.
 */
export const runDigitisation: JobHandler<{ versionId: string }> = async ({ payload, job, db, config, signal }) => {
  const version = await repo.findVersion(db, payload.versionId);
  if (!version || version.digitisationStatus === 'done' || version.digitisationStatus === 'not_applicable') return;
  const missing = missingToolsFor(await currentOcrTools(), version.kind as FileKind);
  if (missing) return waitForTools(db, version.id, missing);
  try {
    await digitiseVersion({
      db,
      store: openBlobStore(config),
      dataDir: config.DATA_DIR,
      version,
      concurrency: config.OCR_CONCURRENCY,
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof DigitiseError && error.reason === 'tool_missing') {
      forgetOcrTools();
      return waitForTools(db, version.id, error);
    }
    if (error instanceof DigitiseError && error.isPermanent) {
      await repo.markFailed(db, version.id, failureReason(error));
      return removeWorkFolder(workFolderPath(config.DATA_DIR, version.id));
    }
    if (job.attempts >= job.maxAttempts) await repo.markFailed(db, version.id, failureReason(error));
    throw error;
  }
};

/** Failure handler of `case-files.digitise`: a version whose last attempt died with its worker says so. */
export const markUnfinishedFailed: JobFailureHandler<{ versionId: string }> = async ({ payload, job, tx, error }) => {
  const lastError = error.split('\n')[0] ?? '';
  await repo.markFailedIfUnfinished(
    tx,
    payload.versionId,
    bilingual({
      vi: `Số hóa không hoàn thành sau ${job.attempts} lần thử. Lỗi lần cuối: ${lastError}`,
      en: `Digitisation did not finish after ${job.attempts} attempts. Last error: ${lastError}`,
    }),
  );
};

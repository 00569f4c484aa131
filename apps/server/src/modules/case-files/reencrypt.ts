import { setTimeout as sleep } from 'node:timers/promises';
import { effectiveSecrecy, type Secrecy } from '@eprocuracy/domain';
import type { z } from 'zod';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import { openBlobStore } from '../../platform/blobs/open-blob-store.ts';
import type { Db } from '../../platform/db.ts';
import type { JobContext } from '../../platform/jobs/define-job.ts';
import { enqueue } from '../../platform/jobs/enqueue.ts';
import { findCase } from '../cases/cases.repo.ts';
import { removeWorkFolder, workFolderPath } from './pipeline/work-folder.ts';
import { reencryptJob, type ZReencryptPayload } from './reencrypt.job.ts';
import * as repo from './reencrypt.repo.ts';
import { isDigitisationSettled, reencryptVersion } from './reencrypt-version.ts';

type Payload = z.output<typeof ZReencryptPayload>;

const DELETE_BATCH = 100;
const MINUTE_MS = 60_000;

type Run = { db: Db; store: BlobStore; dataDir: string; signal: AbortSignal };

/**
 * Switches every settled version of a document; says whether a version was left to its digitisation. The
 * work folder a settled digitisation left behind (a crash before its clean-up, a last attempt that failed)
 * holds a decrypted copy of the original: it is removed too, on the machine that runs this job.
 */
const reencryptDocument = async ({ db, store, dataDir, signal }: Run, documentId: string) => {
  let switched = 0;
  let isWaiting = false;
  for (const version of await repo.versionsOf(db, documentId)) {
    if (!isDigitisationSettled(version.digitisationStatus)) {
      isWaiting = true;
      continue;
    }
    switched += await reencryptVersion({ db, store, documentId, version, signal });
    await removeWorkFolder(workFolderPath(dataDir, version.id));
  }
  return { switched, isWaiting };
};

/**
 * Deletes the plain copies of what the document now points at encrypted, unless another row (another
 * document, case or archive with the same content) still points at them. The store's delete happens while
 * the blob rows are locked and before they are deleted, so a crash in between leaves a row that the next
 * run finds, and no new reference can slip in between the check and the delete.
 * A pipeline that stored the same plain content just before and registers it just after the delete is not
 * covered by the lock (it writes the blob before its row); the integrity check would report it missing.
 */
const deletePlainCopies = async (db: Db, store: BlobStore, documentId: string, signal: AbortSignal) => {
  const twins = await repo.registeredPlainTwins(db, documentId);
  for (let i = 0; i < twins.length; i += DELETE_BATCH) {
    signal.throwIfAborted();
    await db.transaction(async (tx) => {
      const locked = await repo.lockPlainBlobRows(tx, twins.slice(i, i + DELETE_BATCH));
      const used = await repo.referencedPlain(tx, locked);
      const unused = locked.filter((sha256) => !used.has(sha256));
      for (const sha256 of unused) await store.remove({ sha256, encrypted: false });
      await repo.deletePlainBlobRows(tx, unused);
    });
  }
};

/**
 * A document with a version still being digitised is looked at again later rather than waited for: the
 * digitisation may wait hours for its tools. Each round waits twice as long, up to an hour. The key keeps a
 * run that is repeated (after a crash) from queueing the same round twice.
 */
const comeBackLater = (db: Db, payload: Payload, documentIds: readonly string[]) =>
  db.transaction(async (tx) => {
    const round = payload.round + 1;
    const runAt = new Date(Date.now() + Math.min(60, 2 ** payload.round) * MINUTE_MS);
    for (const documentId of documentIds) {
      await enqueue(
        tx,
        reencryptJob,
        { ...payload, documentId, round },
        { runAt, singletonKey: `${reencryptJob.name}:${documentId}:${round}` },
      );
    }
  });

/**
 * Job handler of `case-files.reencrypt`. Every step is idempotent, so a run stopped anywhere (kill -9)
 * is simply run again: encrypted copies already written are reused, switched versions are skipped, and
 * plain copies still registered are found from the encrypted ones.
 */
export const reencryptClassifiedBlobs = async ({ payload, db, config, signal }: JobContext<Payload>) => {
  const store = openBlobStore(config);
  if (!store.canEncrypt) return;
  const found = await findCase(db, payload.caseId);
  if (!found) return;
  const documents = await repo.documentsOf(db, payload.caseId, payload.documentId);
  let switched = 0;
  const waiting: string[] = [];
  for (const document of documents) {
    // A level lowered since the job was queued leaves the document as it is now; encrypted copies stay.
    if (effectiveSecrecy(found.row.secrecy as Secrecy, document.secrecy as Secrecy) === 'normal') continue;
    const result = await reencryptDocument({ db, store, dataDir: config.DATA_DIR, signal }, document.id);
    switched += result.switched;
    if (result.isWaiting) waiting.push(document.id);
  }
  if (switched > 0 && payload.plainCopyGraceMs > 0) await sleep(payload.plainCopyGraceMs, undefined, { signal });
  for (const document of documents) await deletePlainCopies(db, store, document.id, signal);
  if (waiting.length > 0) await comeBackLater(db, payload, waiting);
};

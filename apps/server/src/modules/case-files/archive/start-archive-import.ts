import { createReadStream } from 'node:fs';
import { ARCHIVE_LIMITS, ARCHIVE_MANIFEST_NAME, type ArchiveImportView } from '@eprocuracy/domain';
import type { BlobStore } from '../../../platform/blobs/blob-store.ts';
import type { Ctx } from '../../../platform/context.ts';
import { invalid } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { enqueue } from '../../../platform/jobs/enqueue.ts';
import { authorizeCaseImport } from '../../cases/import/case-import.ts';
import { registerBlob } from '../case-files.repo.ts';
import { archiveImportJob } from './archive-import.job.ts';
import { getArchiveImport } from './archive-imports.ts';
import type { ReceivedArchive } from './archive-upload.ts';
import { openZip, readEntry, ZipReadError } from './archive-zip.ts';
import * as repo from './case-file-archives.repo.ts';
import { readManifest } from './manifest-sheet.ts';

const fileError = (vi: string, en: string) => invalid([{ field: 'file', vi, en }]);

/** Reads manifest.csv out of the uploaded ZIP; a file that is no ZIP, or has no manifest, is refused at once. */
const manifestOf = async (file: string) => {
  let zip: Awaited<ReturnType<typeof openZip>>;
  try {
    zip = await openZip(file, ARCHIVE_LIMITS.maxEntries);
  } catch (error) {
    if (!(error instanceof ZipReadError)) throw error;
    throw fileError(
      `Tệp không phải tệp ZIP hợp lệ (${error.message})`,
      `The file is not a valid ZIP (${error.message})`,
    );
  }
  try {
    const entry = zip.files.get(ARCHIVE_MANIFEST_NAME);
    if (!entry)
      throw fileError(
        `Tệp ZIP phải có tệp ${ARCHIVE_MANIFEST_NAME} ở thư mục gốc`,
        `The ZIP must hold ${ARCHIVE_MANIFEST_NAME} at its top level`,
      );
    const mb = ARCHIVE_LIMITS.maxManifestBytes / 1024 / 1024;
    const data = await readEntry(zip, entry, ARCHIVE_LIMITS.maxManifestBytes).catch((error: unknown) => {
      if (!(error instanceof ZipReadError)) throw error;
      throw fileError(
        `${ARCHIVE_MANIFEST_NAME} hỏng hoặc lớn hơn ${mb} MB`,
        `${ARCHIVE_MANIFEST_NAME} is damaged or larger than ${mb} MB`,
      );
    });
    return readManifest(data);
  } finally {
    zip.close();
  }
};

/**
 * Accepts an archive of scans (ZIP with manifest.csv): reads its manifest (a bad ZIP or manifest is refused at
 * once, naming the problem), keeps the ZIP in the blob store (encrypted when a key is configured: it may hold
 * classified scans) for the job, which may run on another machine, and records the import with its job.
 * The ZIP stays as the record of what was received, checked by the integrity job like every case-file blob.
 */
export const startArchiveImport = async (
  ctx: Ctx,
  { received, store }: { received: ReceivedArchive; store: BlobStore },
): Promise<ArchiveImportView> => {
  authorizeCaseImport(ctx);
  try {
    const rows = await manifestOf(received.file);
    const stored = await store.put(createReadStream(received.file), { encrypt: store.canEncrypt });
    const id = newId();
    await ctx.db.transaction(async (tx) => {
      const jobId = newId();
      await repo.insertArchive(tx, {
        id,
        officeId: ctx.actor.officeId,
        createdBy: ctx.actor.officerId,
        ip: ctx.audit.ip,
        filename: received.filename || 'archive.zip',
        archiveSha256: stored.sha256,
        archiveEncrypted: stored.encrypted,
        archiveSize: stored.size,
        mode: received.options.mode,
        dryRun: received.options.dryRun,
        total: rows.length,
        rows,
        jobId,
      });
      await registerBlob(tx, stored);
      await enqueue(tx, archiveImportJob, { archiveId: id }, { id: jobId });
    });
    return getArchiveImport(ctx, id);
  } finally {
    await received.remove();
  }
};

import { effectiveSecrecy } from '@eprocuracy/domain';
import type { BlobStore, StagedBlob } from '../../../platform/blobs/blob-store.ts';
import type { Ctx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db.ts';
import { insertNewDocument } from '../add-document.ts';
import * as caseFiles from '../case-files.repo.ts';
import { cleanFileName } from '../file-names.ts';
import type { FilePlan } from './archive-validate.ts';
import type { OpenedZip } from './archive-zip.ts';
import * as repo from './case-file-archives.repo.ts';

export type ArchiveRef = { id: string; sha256: string };

/** Streams a file of the archive into the blob store's staging area, encrypted when its level asks for it. */
export const stageArchiveFile = async (store: BlobStore, zip: OpenedZip, plan: FilePlan): Promise<StagedBlob> => {
  const secrecy = effectiveSecrecy(plan.target.resource.secrecy, plan.entry.secrecy);
  return store.stage(await zip.open(plan.zipEntry), { encrypt: store.canEncrypt && secrecy !== 'normal' });
};

/**
 * Files one manifest row as a document at the end of its case file, as an upload on the case page does
 * (BLTTHS Art. 131): document, version and blob rows, the digitisation job (OCR) queued, the audit event,
 * and the row's idempotency key, all in `tx`. Returns false, writing nothing, when the row was filed already
 * (a resumed job, or the same archive uploaded twice while this one ran).
 */
export const fileArchiveRow = async (
  tx: Db,
  ctx: Ctx,
  { archive, plan, staged }: { archive: ArchiveRef; plan: FilePlan; staged: StagedBlob },
): Promise<string | null> => {
  const { entry, target } = plan;
  const type = plan.type;
  if (!type) return null;
  await caseFiles.lockCaseFile(tx, target.id);
  if (await repo.isRowFiled(tx, archive.sha256, entry.row)) return null;
  const id = await insertNewDocument(tx, ctx, {
    caseId: target.id,
    file: { staged, type, fileName: cleanFileName(entry.file, type.ext) },
    fields: {
      type: entry.type,
      title: entry.title,
      documentDate: entry.documentDate,
      authorBody: entry.authorBody,
      folioFrom: entry.folioFrom,
      folioTo: entry.folioTo,
      secrecy: entry.secrecy,
    },
    auditChanges: { archive: { before: null, after: { id: archive.id, row: entry.row } } },
  });
  await repo.insertFiledRow(tx, {
    archiveSha256: archive.sha256,
    row: entry.row,
    documentId: id,
    archiveId: archive.id,
  });
  return id;
};

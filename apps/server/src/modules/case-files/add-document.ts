import {
  type CaseDocumentDetail,
  checkFolioRange,
  checkTypeForKind,
  effectiveSecrecy,
  initialDigitisationStatus,
  type Secrecy,
  ZCaseDocumentFields,
  ZCaseDocumentVersionFields,
} from '@eprocuracy/domain';
import { appendAudit, type Changes } from '../../platform/audit.ts';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import { assertClearance } from '../../platform/checks.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { invalid } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { loadDocument, writableCase } from './case-file-access.ts';
import { getCaseDocument } from './case-file-index.ts';
import * as repo from './case-files.repo.ts';
import type { caseDocuments } from './case-files.schema.ts';
import type { MultipartUpload, ReceivedFile } from './multipart-upload.ts';
import { enqueueDigitisation } from './pipeline/digitise.job.ts';

/** Classified documents are stored encrypted when a key is configured (BLOB_ENCRYPTION_KEY). */
const shouldEncrypt = (store: BlobStore, secrecy: Secrecy) => store.canEncrypt && secrecy !== 'normal';

/**
 * Stores the received file under its address and writes its version row in the same transaction: the
 * blob is moved into place only once the rows are written, so a failure leaves at most an unreferenced
 * copy of content that was valid, never a row without its file.
 */
const fileVersion = async (
  tx: Db,
  ctx: Ctx,
  received: ReceivedFile,
  row: { documentId: string; version: number; note: string | null },
) => {
  const ref = { sha256: received.staged.sha256, size: received.staged.size, encrypted: received.staged.encrypted };
  await repo.registerBlob(tx, ref);
  const versionId = newId();
  const digitisationStatus = initialDigitisationStatus(received.type.kind);
  await repo.insertVersion(tx, {
    id: versionId,
    ...row,
    blobSha256: ref.sha256,
    blobEncrypted: ref.encrypted,
    blobSize: ref.size,
    mime: received.type.mime,
    kind: received.type.kind,
    fileName: received.fileName,
    uploadedBy: ctx.actor.officerId,
    uploadedByName: ctx.actor.fullName,
    digitisationStatus,
  });
  if (digitisationStatus === 'queued') await enqueueDigitisation(tx, versionId);
  await received.staged.commit();
  return ref;
};

const withCleanup = async <T>(received: ReceivedFile, write: () => Promise<T>): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    await received.staged.discard();
    throw error;
  }
};

/** What a new document says of itself; the case file gives it its place. */
export type NewDocumentFields = Pick<
  typeof caseDocuments.$inferInsert,
  'type' | 'title' | 'documentDate' | 'authorBody' | 'folioFrom' | 'folioTo' | 'secrecy'
>;

/**
 * Writes a new document at the end of a case file whose lock the caller holds (BLTTHS Art. 131): the
 * document, its first version and blob, the digitisation job and the audit event. Returns the document's id.
 */
export const insertNewDocument = async (
  tx: Db,
  ctx: Ctx,
  {
    caseId,
    fields,
    file,
    auditChanges = {},
  }: { caseId: string; fields: NewDocumentFields; file: ReceivedFile; auditChanges?: Changes },
): Promise<string> => {
  const id = newId();
  const position = await repo.nextPosition(tx, caseId);
  await repo.insertDocument(tx, { ...fields, id, caseId, position, createdBy: ctx.actor.officerId });
  const ref = await fileVersion(tx, ctx, file, { documentId: id, version: 1, note: null });
  await appendAudit(tx, ctx.audit, {
    action: 'case_file.document_added',
    entityType: 'case_document',
    entityId: id,
    changes: {
      caseId: { before: null, after: caseId },
      type: { before: null, after: fields.type },
      title: { before: null, after: fields.title },
      secrecy: { before: null, after: fields.secrecy },
      position: { before: null, after: position },
      file: { before: null, after: { ...ref, mime: file.type.mime, fileName: file.fileName } },
      ...auditChanges,
    },
  });
  return id;
};

/** Files a new document at the end of a case file, from a streamed upload. */
export const addCaseDocument = async (
  ctx: Ctx,
  { caseId, upload, store }: { caseId: string; upload: MultipartUpload; store: BlobStore },
): Promise<CaseDocumentDetail> => {
  const caseResource = await writableCase(ctx, caseId);
  const fields = await upload.fields(ZCaseDocumentFields);
  assertClearance(ctx.actor, fields.secrecy);
  const folio = checkFolioRange(fields.folioFrom ?? null, fields.folioTo ?? null);
  if (folio.length > 0) throw invalid(folio);
  const secrecy = effectiveSecrecy(caseResource.secrecy, fields.secrecy);
  const received = await upload.file({
    encrypt: shouldEncrypt(store, secrecy),
    check: (type) => checkTypeForKind(fields.type, type.kind),
  });
  const id = await withCleanup(received, () =>
    ctx.db.transaction(async (tx) => {
      await repo.lockCaseFile(tx, caseId);
      return insertNewDocument(tx, ctx, {
        caseId,
        file: received,
        fields: {
          type: fields.type,
          title: fields.title,
          documentDate: fields.documentDate ?? null,
          authorBody: fields.authorBody ?? null,
          folioFrom: fields.folioFrom ?? null,
          folioTo: fields.folioTo ?? null,
          secrecy: fields.secrecy,
        },
      });
    }),
  );
  return getCaseDocument(ctx, { caseId, documentId: id, audited: false });
};

/** Files a new version of a document: a new blob and row; the old versions are kept. */
export const addDocumentVersion = async (
  ctx: Ctx,
  {
    caseId,
    documentId,
    upload,
    store,
  }: { caseId: string; documentId: string; upload: MultipartUpload; store: BlobStore },
): Promise<CaseDocumentDetail> => {
  const { document, resource } = await loadDocument(ctx, caseId, documentId, 'write');
  const fields = await upload.fields(ZCaseDocumentVersionFields);
  const received = await upload.file({
    encrypt: shouldEncrypt(store, resource.secrecy),
    check: (type) => checkTypeForKind(document.type as Parameters<typeof checkTypeForKind>[0], type.kind),
  });
  await withCleanup(received, () =>
    ctx.db.transaction(async (tx) => {
      await repo.lockCaseFile(tx, caseId);
      const current = await repo.findDocument(tx, caseId, documentId);
      const version = (current?.document.currentVersion ?? document.currentVersion) + 1;
      const ref = await fileVersion(tx, ctx, received, { documentId, version, note: fields.note ?? null });
      await repo.updateDocument(tx, documentId, { currentVersion: version });
      await appendAudit(tx, ctx.audit, {
        action: 'case_file.version_added',
        entityType: 'case_document',
        entityId: documentId,
        changes: {
          currentVersion: { before: version - 1, after: version },
          file: { before: null, after: { ...ref, mime: received.type.mime, fileName: received.fileName } },
        },
      });
    }),
  );
  return getCaseDocument(ctx, { caseId, documentId, audited: false });
};

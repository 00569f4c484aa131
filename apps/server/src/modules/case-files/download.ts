import type { Readable } from 'node:stream';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { loadDocument } from './case-file-access.ts';
import { auditClassifiedView } from './case-file-index.ts';
import * as repo from './case-files.repo.ts';

export type Download = { stream: Readable; fileName: string; mime: string; size: number };

type Target = { caseId: string; documentId: string; version?: number; store: BlobStore };

const versionNotFound = () =>
  new AppError('NOT_FOUND', { vi: 'Không có phiên bản này của tài liệu', en: 'No such version of the document' });
const pdfNotReady = () =>
  new AppError('NOT_FOUND', {
    vi: 'Tài liệu chưa có bản PDF tìm kiếm được (chưa số hóa xong)',
    en: 'The document has no searchable PDF yet (digitisation not finished)',
  });
/** A file the database points at but the store cannot produce: an integrity failure, reported, never hidden. */
const blobUnavailable = () =>
  new AppError('INTERNAL', {
    vi: 'Không đọc được tệp đã lưu; hãy chạy kiểm tra toàn vẹn hồ sơ',
    en: 'The stored file cannot be read; run the case-file integrity check',
  });

const pickVersion = async (ctx: Ctx, target: Target) => {
  const found = await loadDocument(ctx, target.caseId, target.documentId, 'read');
  if (target.version === undefined || target.version === found.version.version) return found;
  const other = (await repo.listVersions(ctx.db, target.documentId)).find((v) => v.version.version === target.version);
  if (!other) throw versionNotFound();
  return { ...found, version: other.version };
};

/** The original file of a version (the current one by default), streamed; a classified download is audited first. */
export const downloadOriginal = async (ctx: Ctx, target: Target): Promise<Download> => {
  const { version, resource } = await pickVersion(ctx, target);
  if (resource.secrecy !== 'normal') {
    await auditClassifiedView(ctx, 'case_file.document_downloaded', target.documentId, resource.secrecy, {
      file: { before: null, after: { part: 'original', version: version.version, sha256: version.blobSha256 } },
    });
  }
  const stream = await target.store.open({ sha256: version.blobSha256, encrypted: version.blobEncrypted });
  if (!stream) throw blobUnavailable();
  return { stream, fileName: version.fileName, mime: version.mime, size: version.blobSize };
};

/** The searchable PDF the digitisation produced for a version, streamed; classified downloads are audited. */
export const downloadSearchablePdf = async (ctx: Ctx, target: Target): Promise<Download> => {
  const { version, resource } = await pickVersion(ctx, target);
  if (!version.searchablePdfSha256 || version.searchablePdfSize === null) throw pdfNotReady();
  const address = { sha256: version.searchablePdfSha256, encrypted: version.searchablePdfEncrypted ?? false };
  if (resource.secrecy !== 'normal') {
    await auditClassifiedView(ctx, 'case_file.document_downloaded', target.documentId, resource.secrecy, {
      file: { before: null, after: { part: 'searchable_pdf', version: version.version, sha256: address.sha256 } },
    });
  }
  const stream = await target.store.open(address);
  if (!stream) throw blobUnavailable();
  const base = version.fileName.replace(/\.[^.]*$/, '');
  return { stream, fileName: `${base}.ocr.pdf`, mime: 'application/pdf', size: version.searchablePdfSize };
};

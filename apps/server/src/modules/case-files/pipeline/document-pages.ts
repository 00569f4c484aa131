import type { Readable } from 'node:stream';
import type { DigitisationStatus, DocumentPages, PageStatus } from '@eprocuracy/domain';
import type { BlobStore } from '../../../platform/blobs/blob-store.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { loadDocument } from '../case-file-access.ts';
import { auditClassifiedView } from '../case-file-index.ts';
import * as repo from '../case-files.repo.ts';
import { renderPageImage } from './page-image.ts';

type Target = { caseId: string; documentId: string; version?: number };

const versionNotFound = () =>
  new AppError('NOT_FOUND', { vi: 'Không có phiên bản này của tài liệu', en: 'No such version of the document' });
const pageNotFound = () =>
  new AppError('NOT_FOUND', {
    vi: 'Trang này chưa có hoặc không có ảnh (chưa số hóa xong, hoặc tài liệu Word)',
    en: 'This page has no image yet or at all (digitisation not finished, or a Word document)',
  });
const blobUnavailable = () =>
  new AppError('INTERNAL', {
    vi: 'Không đọc được tệp đã lưu; hãy chạy kiểm tra toàn vẹn hồ sơ',
    en: 'The stored file cannot be read; run the case-file integrity check',
  });

/** The document (access enforced: an audited 404 when refused) and the version asked for, the current by default. */
const readableVersion = async (ctx: Ctx, target: Target) => {
  const found = await loadDocument(ctx, target.caseId, target.documentId, 'read');
  if (target.version === undefined || target.version === found.version.version) return found;
  const other = (await repo.listVersions(ctx.db, target.documentId)).find((v) => v.version.version === target.version);
  if (!other) throw versionNotFound();
  return { ...found, version: other.version };
};

const auditIfClassified = async (
  ctx: Ctx,
  found: Awaited<ReturnType<typeof readableVersion>>,
  part: string,
  pageNo?: number,
) => {
  if (found.resource.secrecy === 'normal') return;
  await auditClassifiedView(ctx, 'case_file.document_viewed', found.document.id, found.resource.secrecy, {
    view: { before: null, after: { part, version: found.version.version, ...(pageNo ? { pageNo } : {}) } },
  });
};

/** The pages of a version with text, confidence and links to their images; a classified document's view is audited. */
export const listDocumentPages = async (ctx: Ctx, target: Target): Promise<DocumentPages> => {
  const found = await readableVersion(ctx, target);
  const { version } = found;
  const pages = await repo.listPages(ctx.db, version.id);
  await auditIfClassified(ctx, found, 'pages');
  const base = `/api/cases/${target.caseId}/files/${target.documentId}/pages`;
  const hasImages = version.kind !== 'docx';
  return {
    documentId: target.documentId,
    version: version.version,
    digitisation: {
      status: version.digitisationStatus as DigitisationStatus,
      pageCount: version.pageCount,
      pagesDone: version.pagesDone,
      error: version.digitisationError,
      hasSearchablePdf: version.searchablePdfSha256 !== null,
    },
    pages: pages.map((page) => ({
      pageNo: page.pageNo,
      status: page.status as PageStatus,
      text: page.text,
      meanConfidence: page.meanConfidence,
      thumbnailUrl: page.thumbnailSha256 ? `${base}/${page.pageNo}/thumbnail?version=${version.version}` : null,
      imageUrl: hasImages ? `${base}/${page.pageNo}/image?version=${version.version}` : null,
    })),
  };
};

export type PageFile = { stream: Readable | Buffer; mime: string };

/** A page's thumbnail (WebP) as the pipeline stored it. */
export const pageThumbnail = async (
  ctx: Ctx,
  { store, pageNo, ...target }: Target & { store: BlobStore; pageNo: number },
): Promise<PageFile> => {
  const found = await readableVersion(ctx, target);
  const page = (await repo.listPages(ctx.db, found.version.id)).find((row) => row.pageNo === pageNo);
  if (!page?.thumbnailSha256) throw pageNotFound();
  await auditIfClassified(ctx, found, 'thumbnail', pageNo);
  const stream = await store.open({ sha256: page.thumbnailSha256, encrypted: page.thumbnailEncrypted ?? false });
  if (!stream) throw blobUnavailable();
  return { stream, mime: 'image/webp' };
};

/** A page of the original rendered as PNG for the viewer, on demand (scans and PDFs; a DOCX has no pages to show). */
export const pageImage = async (
  ctx: Ctx,
  { store, pageNo, ...target }: Target & { store: BlobStore; pageNo: number },
): Promise<PageFile> => {
  const found = await readableVersion(ctx, target);
  const { version } = found;
  const pageCount = version.pageCount ?? (version.kind === 'image' && version.mime !== 'image/tiff' ? 1 : null);
  if (version.kind === 'docx' || pageCount === null || pageNo > pageCount) throw pageNotFound();
  await auditIfClassified(ctx, found, 'image', pageNo);
  const png = await renderPageImage({
    store,
    original: { sha256: version.blobSha256, encrypted: version.blobEncrypted },
    mime: version.mime,
    pageNo,
  });
  if (!png) throw blobUnavailable();
  return { stream: png, mime: 'image/png' };
};

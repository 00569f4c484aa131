import type {
  CaseDocumentDetail,
  CaseDocumentTypeCode,
  CaseDocumentView,
  DigitisationStatus,
  FileKind,
  IntegrityState,
  PageStatus,
  Secrecy,
  StoredFile,
} from '@eprocuracy/domain';
import type { DocumentRow, DocumentWithVersion, IntegrityRow, PageRow, VersionRow } from './case-files.repo.ts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

const storedFile = (version: VersionRow, blob: IntegrityRow): StoredFile => ({
  sha256: version.blobSha256,
  size: version.blobSize,
  mime: version.mime,
  kind: version.kind as FileKind,
  fileName: version.fileName,
  encrypted: version.blobEncrypted,
  integrity: { state: blob.integrity as IntegrityState, verifiedAt: iso(blob.verifiedAt) },
});

const digitisation = (version: VersionRow) => ({
  status: version.digitisationStatus as DigitisationStatus,
  pageCount: version.pageCount,
  pagesDone: version.pagesDone,
  error: version.digitisationError,
  hasSearchablePdf: version.searchablePdfSha256 !== null,
});

/** A row of the file index. */
export const documentView = ({ document, version, blob }: DocumentWithVersion): CaseDocumentView => ({
  id: document.id,
  caseId: document.caseId,
  position: document.position,
  type: document.type as CaseDocumentTypeCode,
  title: document.title,
  documentDate: document.documentDate,
  authorBody: document.authorBody,
  folioFrom: document.folioFrom,
  folioTo: document.folioTo,
  secrecy: document.secrecy as Secrecy,
  currentVersion: document.currentVersion,
  original: storedFile(version, blob),
  digitisation: digitisation(version),
  createdAt: iso(document.createdAt) as string,
  updatedAt: iso(document.updatedAt) as string,
});

/** A document with its versions (newest first) and the pages of its current version. */
export const documentDetail = (
  found: DocumentWithVersion,
  versions: { version: VersionRow; blob: IntegrityRow }[],
  pages: PageRow[],
  canWrite: boolean,
): CaseDocumentDetail => ({
  ...documentView(found),
  canWrite,
  versions: versions.map(({ version, blob }) => ({
    version: version.version,
    original: storedFile(version, blob),
    digitisation: digitisation(version),
    note: version.note,
    uploadedBy: version.uploadedByName,
    uploadedAt: iso(version.uploadedAt) as string,
  })),
  pages: pages.map((page) => ({
    pageNo: page.pageNo,
    status: page.status as PageStatus,
    meanConfidence: page.meanConfidence,
    hasThumbnail: page.thumbnailSha256 !== null,
  })),
});

/** The fields of a document shown in the audit trail. */
export const auditableDocument = (document: Partial<DocumentRow>) => ({
  type: document.type,
  title: document.title,
  documentDate: document.documentDate,
  authorBody: document.authorBody,
  folioFrom: document.folioFrom,
  folioTo: document.folioTo,
  secrecy: document.secrecy,
});

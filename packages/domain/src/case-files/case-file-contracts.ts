import { z } from 'zod';
import { ZId, ZLocalDate, zText } from '../identity/common-contracts.ts';
import { ZSecrecy } from '../identity/vocab.ts';
import { CASE_DOCUMENT_TYPE_CODES } from './document-types.ts';
import { DIGITISATION_STATUSES, FILE_KINDS, INTEGRITY_STATES, PAGE_STATUSES } from './file-kinds.ts';

/** A blank form field is an absent one. */
const blankIsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const ZFolio = z.number().int().min(1).max(10_000_000).describe('Folio number (bút lục) stamped on the page');
const ZDocumentType = z.enum(CASE_DOCUMENT_TYPE_CODES).describe('Document type code (CASE_DOCUMENT_TYPES)');

/**
 * The form fields of POST /api/cases/:id/files (multipart/form-data). They come before the `file` part,
 * which must be the last part, as in a browser's FormData with the file appended last: the server
 * checks them before it stores a byte.
 */
export const ZCaseDocumentFields = z.strictObject({
  type: ZDocumentType,
  title: zText(500),
  documentDate: blankIsAbsent(ZLocalDate),
  authorBody: blankIsAbsent(zText(300)).describe('Body or person that made the document'),
  folioFrom: blankIsAbsent(z.coerce.number().pipe(ZFolio)),
  folioTo: blankIsAbsent(z.coerce.number().pipe(ZFolio)),
  secrecy: blankIsAbsent(ZSecrecy).transform((value) => value ?? 'normal'),
});
export type CaseDocumentFields = z.output<typeof ZCaseDocumentFields>;

/** The form fields of POST /api/cases/:id/files/:documentId/versions, before the `file` part. */
export const ZCaseDocumentVersionFields = z.strictObject({
  note: blankIsAbsent(zText(500)).describe('Why a new version was filed'),
});
export type CaseDocumentVersionFields = z.output<typeof ZCaseDocumentVersionFields>;

/** Corrections to a document's description; null clears an optional field. */
export const ZUpdateCaseDocumentInput = z.strictObject({
  type: ZDocumentType.optional(),
  title: zText(500).optional(),
  documentDate: ZLocalDate.nullable().optional(),
  authorBody: zText(300).nullable().optional(),
  folioFrom: ZFolio.nullable().optional(),
  folioTo: ZFolio.nullable().optional(),
  secrecy: ZSecrecy.optional(),
});
export type UpdateCaseDocumentInput = z.infer<typeof ZUpdateCaseDocumentInput>;

/** The documents the actor sees, in their new order. */
export const ZReorderCaseFileInput = z.strictObject({
  documentIds: z.array(ZId).min(1).max(10_000),
});
export type ReorderCaseFileInput = z.infer<typeof ZReorderCaseFileInput>;

export const ZVersionQuery = z.strictObject({
  version: z.coerce.number().int().min(1).optional().describe('Version to download; the current one by default'),
});

const ZIntegrity = z.object({
  state: z.enum(INTEGRITY_STATES),
  verifiedAt: z.string().nullable(),
});

/** A stored file: its SHA-256 (the address in the blob store), size and the type recognised from its content. */
export const ZStoredFile = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int(),
  mime: z.string(),
  kind: z.enum(FILE_KINDS),
  fileName: z.string(),
  encrypted: z.boolean(),
  integrity: ZIntegrity,
});
export type StoredFile = z.infer<typeof ZStoredFile>;

export const ZDigitisation = z.object({
  status: z.enum(DIGITISATION_STATUSES),
  pageCount: z.number().int().nullable(),
  /** Pages finished so far: progress is pagesDone / pageCount. */
  pagesDone: z.number().int(),
  error: z.string().nullable(),
  hasSearchablePdf: z.boolean(),
});

/** One row of the file index (bảng kê tài liệu, BLTTHS Art. 131(4)), describing the current version. */
export const ZCaseDocumentView = z.object({
  id: ZId,
  caseId: ZId,
  /** 1-based place in the file index. */
  position: z.number().int(),
  type: ZDocumentType,
  title: z.string(),
  documentDate: z.string().nullable(),
  authorBody: z.string().nullable(),
  folioFrom: z.number().int().nullable(),
  folioTo: z.number().int().nullable(),
  /** The document's own level; it is read at the higher of this and its case's level. */
  secrecy: ZSecrecy,
  currentVersion: z.number().int(),
  original: ZStoredFile,
  digitisation: ZDigitisation,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseDocumentView = z.infer<typeof ZCaseDocumentView>;

export const ZCaseDocumentVersionView = z.object({
  version: z.number().int(),
  original: ZStoredFile,
  digitisation: ZDigitisation,
  note: z.string().nullable(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

export const ZCaseDocumentPageView = z.object({
  pageNo: z.number().int(),
  status: z.enum(PAGE_STATUSES),
  meanConfidence: z.number().nullable(),
  hasThumbnail: z.boolean(),
});

/** A document with every version (a new version is a new file; old ones are kept) and its current pages. */
export const ZCaseDocumentDetail = ZCaseDocumentView.extend({
  canWrite: z.boolean(),
  versions: z.array(ZCaseDocumentVersionView),
  pages: z.array(ZCaseDocumentPageView),
});
export type CaseDocumentDetail = z.infer<typeof ZCaseDocumentDetail>;

export const ZCaseFileIndex = z.object({
  caseId: ZId,
  canWrite: z.boolean(),
  items: z.array(ZCaseDocumentView),
});
export type CaseFileIndex = z.infer<typeof ZCaseFileIndex>;

/** One stored file whose content no longer matches its SHA-256, or that is gone. */
export const ZIntegrityProblem = z.object({
  documentId: ZId.nullable(),
  version: z.number().int().nullable(),
  part: z.enum(['original', 'searchable_pdf', 'thumbnail']).nullable(),
  pageNo: z.number().int().nullable(),
  sha256: z.string(),
  encrypted: z.boolean(),
  state: z.enum(INTEGRITY_STATES),
});
export type IntegrityProblem = z.infer<typeof ZIntegrityProblem>;

/** The result of one integrity check, of one case file or (caseId null) of every stored file due. */
export const ZCaseFileCheckView = z.object({
  id: ZId,
  caseId: ZId.nullable(),
  ok: z.boolean(),
  filesChecked: z.number().int(),
  problems: z.array(ZIntegrityProblem),
  startedAt: z.string(),
  finishedAt: z.string(),
});
export type CaseFileCheckView = z.infer<typeof ZCaseFileCheckView>;

/** One page of a document version as the viewer shows it: the OCR text beside the page image. */
export const ZDocumentPage = z.object({
  pageNo: z.number().int(),
  status: z.enum(PAGE_STATUSES),
  text: z.string().nullable(),
  /** Mean word confidence of the OCR, 0–100; null for text the file carried (DOCX, typed PDF). */
  meanConfidence: z.number().nullable(),
  thumbnailUrl: z.string().nullable().describe('WebP thumbnail; null when the page has no image (DOCX)'),
  imageUrl: z.string().nullable().describe('The page rendered as PNG; null when the page has no image (DOCX)'),
});
export type DocumentPage = z.infer<typeof ZDocumentPage>;

/** The pages of a version with its digitisation progress (pages done / page count). */
export const ZDocumentPages = z.object({
  documentId: z.string(),
  version: z.number().int(),
  digitisation: ZDigitisation,
  pages: z.array(ZDocumentPage),
});
export type DocumentPages = z.infer<typeof ZDocumentPages>;

export const ZPageParams = z.strictObject({
  id: z.uuid(),
  documentId: z.uuid(),
  n: z.coerce.number().int().min(1).max(100_000),
});

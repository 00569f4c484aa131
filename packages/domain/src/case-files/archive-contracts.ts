import { z } from 'zod';
import { ZCaseImportOptions, ZCaseImportRowsQuery } from '../cases/case-import-contracts.ts';
import { ZId } from '../identity/common-contracts.ts';
import { ZImportMode } from '../identity/import-contracts.ts';

const ZFieldError = z.object({ field: z.string(), vi: z.string(), en: z.string() });

/** The file inside the ZIP that maps the scans to cases and document types. */
export const ARCHIVE_MANIFEST_NAME = 'manifest.csv';

/** Limits of one archive: a box of scanned case files; the manifest is read whole, the scans streamed. */
export const ARCHIVE_LIMITS = { maxManifestBytes: 16 * 1024 * 1024, maxRows: 50_000, maxEntries: 100_000 } as const;

/**
 * Accepted header names per manifest column (compared trimmed, case-insensitively): the first is the key,
 * the second the Vietnamese header. A row names its case by register code ("12/2026/QNI") or by the
 * reference of the system it came from.
 */
export const ARCHIVE_MANIFEST_COLUMNS = {
  file: ['file', 'tệp', 'tên tệp'],
  case_code: ['case_code', 'số vụ án'],
  case_ref: ['case_ref', 'mã vụ án nguồn', 'mã vụ án'],
  document_type: ['document_type', 'loại tài liệu'],
  title: ['title', 'tên tài liệu'],
  date: ['date', 'ngày', 'ngày tài liệu'],
  author_body: ['author_body', 'cơ quan, người lập', 'cơ quan lập'],
  folio_from: ['folio_from', 'bút lục từ'],
  folio_to: ['folio_to', 'bút lục đến'],
  secrecy: ['secrecy', 'độ mật'],
} as const;
export type ArchiveManifestColumn = keyof typeof ARCHIVE_MANIFEST_COLUMNS;

export const ARCHIVE_MANIFEST_REQUIRED = [
  'file',
  'document_type',
  'title',
] as const satisfies readonly ArchiveManifestColumn[];

/** The form fields sent before the `file` part (the ZIP) of POST /api/case-file-archives. */
export const ZArchiveImportOptions = ZCaseImportOptions;
export type ArchiveImportOptions = z.output<typeof ZArchiveImportOptions>;

/**
 * queued → validating → writing → done; `rejected`: all_or_nothing found invalid rows and wrote nothing;
 * `failed`: the job gave up (its last error is kept).
 */
export const ARCHIVE_IMPORT_STATUSES = ['queued', 'validating', 'writing', 'done', 'rejected', 'failed'] as const;
export type ArchiveImportStatus = (typeof ARCHIVE_IMPORT_STATUSES)[number];

/** The outcome of one manifest row. */
export const ZArchiveRow = z.object({
  /** Line of the manifest; the header is line 1. */
  row: z.number().int(),
  ok: z.boolean(),
  file: z.string().optional(),
  /** The case the file was (or on a dry run would be) filed in. */
  caseId: ZId.optional(),
  caseCode: z.string().optional(),
  /** The document written, or written by an earlier upload of the same archive. */
  documentId: ZId.optional(),
  /** The same archive was imported before: this row's document exists and was not filed again. */
  isDuplicate: z.boolean().optional(),
  /** Field names are manifest column keys (ARCHIVE_MANIFEST_COLUMNS), or `row`. */
  errors: z.array(ZFieldError),
});
export type ArchiveRow = z.infer<typeof ZArchiveRow>;

export const ZArchiveImportView = z.object({
  id: ZId,
  status: z.enum(ARCHIVE_IMPORT_STATUSES),
  filename: z.string(),
  mode: ZImportMode,
  dryRun: z.boolean(),
  /** Rows of the manifest. */
  total: z.number().int(),
  /** Rows handled so far (validated, then written): the progress bar is processed / total. */
  processed: z.number().int(),
  matched: z.number().int(),
  failed: z.number().int(),
  documentsCreated: z.number().int(),
  /** Files in the ZIP that no manifest row names. */
  unlistedFiles: z.array(z.string()),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ArchiveImportView = z.infer<typeof ZArchiveImportView>;

export const ZArchiveRowsQuery = ZCaseImportRowsQuery;
export type ArchiveRowsQuery = z.output<typeof ZArchiveRowsQuery>;

export const ZArchiveRows = z.object({ items: z.array(ZArchiveRow), total: z.number().int() });
export type ArchiveRows = z.infer<typeof ZArchiveRows>;

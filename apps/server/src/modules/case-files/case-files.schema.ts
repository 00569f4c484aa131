import type { IntegrityProblem } from '@eprocuracy/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from '../cases/cases.schema.ts';
import { officers, offices } from '../identity/identity.schema.ts';

/**
 * Every blob a case file points at (originals, searchable PDFs, thumbnails), once per address, with the
 * result of its last re-hash: the integrity job walks this table, oldest check first.
 */
export const caseFileBlobs = pgTable(
  'case_file_blobs',
  {
    sha256: text('sha256').notNull(),
    encrypted: boolean('encrypted').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    integrity: text('integrity').notNull().default('unchecked'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sha256, t.encrypted] }),
    index('case_file_blobs_verified_idx').on(t.verifiedAt.asc().nullsFirst()),
    check('case_file_blobs_sha256_check', sql`sha256 ~ '^[0-9a-f]{64}$'`),
    check(
      'case_file_blobs_integrity_check',
      sql`integrity in ('unchecked', 'ok', 'mismatch', 'missing', 'unreadable')`,
    ),
  ],
);

/** A document of a case file (hồ sơ vụ án, BLTTHS Art. 131), at its place in the file index. */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** 1-based place in the file index; unique within the case. */
    position: integer('position').notNull(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    documentDate: date('document_date', { mode: 'string' }),
    authorBody: text('author_body'),
    folioFrom: integer('folio_from'),
    folioTo: integer('folio_to'),
    secrecy: text('secrecy').notNull().default('normal'),
    currentVersion: integer('current_version').notNull().default(1),
    createdBy: uuid('created_by').references(() => officers.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_documents_position_key').on(t.caseId, t.position),
    check('case_documents_secrecy_check', sql`secrecy in ('normal', 'secret', 'top_secret', 'absolute_secret')`),
    check('case_documents_folio_check', sql`folio_to is null or (folio_from is not null and folio_to >= folio_from)`),
  ],
);

/**
 * One uploaded file of a document; a new version is a new row and a new blob, and old ones are kept.
 * The digitisation columns are written by the OCR jobs: status, progress (pages done / page count),
 * where the text came from, and the searchable PDF assembled from the pages.
 */
export const caseDocumentVersions = pgTable(
  'case_document_versions',
  {
    id: uuid('id').primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => caseDocuments.id),
    version: integer('version').notNull(),
    blobSha256: text('blob_sha256').notNull(),
    blobEncrypted: boolean('blob_encrypted').notNull(),
    blobSize: bigint('blob_size', { mode: 'number' }).notNull(),
    /** Recognised from the content, never from the name the client sent. */
    mime: text('mime').notNull(),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    note: text('note'),
    uploadedBy: uuid('uploaded_by').references(() => officers.id),
    uploadedByName: text('uploaded_by_name'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    digitisationStatus: text('digitisation_status').notNull(),
    pageCount: integer('page_count'),
    pagesDone: integer('pages_done').notNull().default(0),
    /** `ocr` (scans through Tesseract) or `extracted` (DOCX, PDF with a text layer). */
    textSource: text('text_source'),
    digitisationError: text('digitisation_error'),
    searchablePdfSha256: text('searchable_pdf_sha256'),
    searchablePdfEncrypted: boolean('searchable_pdf_encrypted'),
    searchablePdfSize: bigint('searchable_pdf_size', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('case_document_versions_key').on(t.documentId, t.version),
    index('case_document_versions_blob_idx').on(t.blobSha256),
    // Finding what else points at a blob (integrity report, deleting a plain copy) and the blob FK's checks.
    index('case_document_versions_searchable_pdf_idx')
      .on(t.searchablePdfSha256)
      .where(sql`searchable_pdf_sha256 is not null`),
    foreignKey({
      columns: [t.blobSha256, t.blobEncrypted],
      foreignColumns: [caseFileBlobs.sha256, caseFileBlobs.encrypted],
    }),
    foreignKey({
      columns: [t.searchablePdfSha256, t.searchablePdfEncrypted],
      foreignColumns: [caseFileBlobs.sha256, caseFileBlobs.encrypted],
    }),
    check('case_document_versions_kind_check', sql`kind in ('pdf', 'image', 'docx', 'audio', 'video')`),
    check(
      'case_document_versions_status_check',
      sql`digitisation_status in ('queued', 'processing', 'done', 'failed', 'not_applicable')`,
    ),
    check('case_document_versions_text_source_check', sql`text_source is null or text_source in ('ocr', 'extracted')`),
  ],
);

/** A page of a document version: its text and mean OCR confidence, status, and thumbnail. */
export const caseDocumentPages = pgTable(
  'case_document_pages',
  {
    id: uuid('id').primaryKey(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => caseDocumentVersions.id),
    /**
     * The office of the page's case, so that search narrows to an office and its words in one index scan.
     * Written only by the triggers of migration 0012 (from the case, on insert and whenever the case moves):
     * left out of inserts, the database fills it.
     */
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id)
      .$defaultFn(() => sql`default`),
    pageNo: integer('page_no').notNull(),
    status: text('status').notNull().default('pending'),
    text: text('text'),
    /** Mean word confidence of the OCR, 0–100; null for extracted text. */
    meanConfidence: doublePrecision('mean_confidence'),
    thumbnailSha256: text('thumbnail_sha256'),
    thumbnailEncrypted: boolean('thumbnail_encrypted'),
    error: text('error'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_document_pages_key').on(t.versionId, t.pageNo),
    index('case_document_pages_thumbnail_idx').on(t.thumbnailSha256).where(sql`thumbnail_sha256 is not null`),
    // search_vector is the generated column of migration 0010. The office first: "this office's pages holding
    // these words" is one scan; a condition on the words alone uses the same index.
    index('case_document_pages_office_search_idx').using('gin', t.officeId, sql`search_vector`),
    foreignKey({
      columns: [t.thumbnailSha256, t.thumbnailEncrypted],
      foreignColumns: [caseFileBlobs.sha256, caseFileBlobs.encrypted],
    }),
    check('case_document_pages_page_no_check', sql`page_no >= 1`),
    check('case_document_pages_status_check', sql`status in ('pending', 'done', 'failed')`),
  ],
);

/** The result of one integrity check: of one case file on request, or (no case) of the daily job. */
export const caseFileChecks = pgTable(
  'case_file_checks',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').references(() => cases.id),
    jobId: uuid('job_id'),
    requestedBy: uuid('requested_by').references(() => officers.id),
    filesChecked: integer('files_checked').notNull(),
    problems: jsonb('problems').$type<IntegrityProblem[]>().notNull(),
    ok: boolean('ok').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_file_checks_case_idx').on(t.caseId, t.finishedAt)],
);

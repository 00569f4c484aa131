import type { ArchiveRow } from '@eprocuracy/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { officers, offices } from '../../identity/identity.schema.ts';
import { caseDocuments } from '../case-files.schema.ts';

/** A manifest row as read from the CSV: its line and its non-empty cells by column key. */
export type ManifestSheetRow = { row: number; values: Record<string, string>; hasExtraCells?: boolean };

/**
 * One uploaded archive of scans (a ZIP with manifest.csv): the ZIP kept in the blob store for the job, the
 * manifest rows waiting for it, the progress the page polls and the per-row report.
 */
export const caseFileArchives = pgTable(
  'case_file_archives',
  {
    id: uuid('id').primaryKey(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => officers.id),
    ip: text('ip'),
    filename: text('filename').notNull(),
    /** The ZIP's address in the blob store; also the archive's identity for idempotency. */
    archiveSha256: text('archive_sha256').notNull(),
    archiveEncrypted: boolean('archive_encrypted').notNull(),
    archiveSize: bigint('archive_size', { mode: 'number' }).notNull(),
    mode: text('mode').notNull(),
    dryRun: boolean('dry_run').notNull(),
    status: text('status').notNull().default('queued'),
    total: integer('total').notNull(),
    processed: integer('processed').notNull().default(0),
    matched: integer('matched').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    documentsCreated: integer('documents_created').notNull().default(0),
    rows: jsonb('rows').$type<ManifestSheetRow[]>(),
    report: jsonb('report').$type<ArchiveRow[]>(),
    unlistedFiles: jsonb('unlisted_files').$type<string[]>().notNull().default([]),
    jobId: uuid('job_id'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('case_file_archives_creator_idx').on(t.createdBy, t.createdAt),
    check('case_file_archives_mode_check', sql`mode in ('all_or_nothing', 'valid_rows')`),
    check(
      'case_file_archives_status_check',
      sql`status in ('queued', 'validating', 'writing', 'done', 'rejected', 'failed')`,
    ),
  ],
);

/**
 * The idempotency key of an archive's rows: a document filed from row `row` of the archive with this
 * SHA-256. Written in the transaction of the document, so a resumed job or a second upload of the same
 * archive finds the row done and files nothing twice.
 */
export const caseFileArchiveDocuments = pgTable(
  'case_file_archive_documents',
  {
    archiveSha256: text('archive_sha256').notNull(),
    row: integer('row').notNull(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => caseDocuments.id),
    archiveId: uuid('archive_id')
      .notNull()
      .references(() => caseFileArchives.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.archiveSha256, t.row] })],
);

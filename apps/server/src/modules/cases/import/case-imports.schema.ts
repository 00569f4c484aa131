import type { CaseImportRow } from '@eprocuracy/domain';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { officers, offices } from '../../identity/identity.schema.ts';

/** A parsed data row of an uploaded file: its row number and its non-empty cells by column key. */
export type StoredSheetRow = { row: number; values: Record<string, string>; hasExtraCells?: boolean };

/**
 * One legacy case import: the parsed file waiting for its job, the progress the page polls, and the per-row
 * report. The parsed rows are dropped once the import ends (they hold personal data the cases now keep).
 */
export const caseImports = pgTable(
  'case_imports',
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
    mode: text('mode').notNull(),
    dryRun: boolean('dry_run').notNull(),
    status: text('status').notNull().default('queued'),
    total: integer('total').notNull(),
    processed: integer('processed').notNull().default(0),
    imported: integer('imported').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    casesCreated: integer('cases_created').notNull().default(0),
    casesUpdated: integer('cases_updated').notNull().default(0),
    rows: jsonb('rows').$type<StoredSheetRow[]>(),
    report: jsonb('report').$type<CaseImportRow[]>(),
    jobId: uuid('job_id'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('case_imports_creator_idx').on(t.createdBy, t.createdAt),
    check('case_imports_mode_check', sql`mode in ('all_or_nothing', 'valid_rows')`),
    check(
      'case_imports_status_check',
      sql`status in ('queued', 'validating', 'writing', 'done', 'rejected', 'failed')`,
    ),
  ],
);

import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../identity/identity.schema.ts';

/** Tố giác, tin báo về tội phạm, kiến nghị khởi tố received or supervised by a procuracy office. */
export const crimeReports = pgTable(
  'crime_reports',
  {
    id: uuid('id').primaryKey(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    kind: text('kind').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    source: text('source').notNull(),
    summary: text('summary').notNull(),
    offenceArticle: text('offence_article'),
    offenceClause: integer('offence_clause'),
    investigatingBodyName: text('investigating_body_name'),
    investigatingBodyCode: text('investigating_body_code'),
    secrecy: text('secrecy').notNull().default('normal'),
    /** received | assigned | suspended | resumed | settled; the deadline is computed from the events. */
    status: text('status').notNull(),
    /** opened_case | refused once settled. */
    outcome: text('outcome'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('crime_reports_number_key').on(t.officeId, t.year, t.number),
    index('crime_reports_status_idx').on(t.officeId, t.status),
    check('crime_reports_kind_check', sql`kind in ('denunciation', 'tip', 'prosecution_request')`),
    check('crime_reports_status_check', sql`status in ('received', 'assigned', 'suspended', 'resumed', 'settled')`),
  ],
);

/** Prosecutors assigned to supervise the settlement of a report; an open row has no `to_date`. */
export const crimeReportAssignments = pgTable(
  'crime_report_assignments',
  {
    id: uuid('id').primaryKey(),
    crimeReportId: uuid('crime_report_id')
      .notNull()
      .references(() => crimeReports.id),
    officerId: uuid('officer_id').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    assignedBy: uuid('assigned_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('crime_report_assignments_report_idx').on(t.crimeReportId),
    index('crime_report_assignments_officer_idx').on(t.officerId).where(sql`to_date is null`),
  ],
);

/** Append-only history of a report; the settlement deadline is recomputed from it. */
export const crimeReportEvents = pgTable(
  'crime_report_events',
  {
    id: uuid('id').primaryKey(),
    crimeReportId: uuid('crime_report_id')
      .notNull()
      .references(() => crimeReports.id),
    kind: text('kind').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('crime_report_events_report_idx').on(t.crimeReportId, t.at)],
);

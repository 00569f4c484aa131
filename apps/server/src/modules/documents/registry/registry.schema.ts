import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { officers, offices } from '../../identity/identity.schema.ts';

const SECRECY_CHECK = `secrecy in ('normal', 'secret', 'top_secret', 'absolute_secret')`;
const URGENCY_CHECK = `urgency in ('normal', 'urgent', 'very_urgent', 'flash')`;

/** Sổ đăng ký văn bản đến (Decree 30 Art. 22): one book per office, year and book (regular | secret). */
export const incomingDocuments = pgTable(
  'incoming_documents',
  {
    id: uuid('id').primaryKey(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    year: integer('year').notNull(),
    book: text('book').notNull(),
    /** Số đến: consecutive per office, year and book (Art. 22(2)). */
    number: integer('number').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    channel: text('channel').notNull(),
    numberSymbol: text('number_symbol').notNull(),
    documentDate: date('document_date', { mode: 'string' }).notNull(),
    type: text('type').notNull(),
    abstract: text('abstract').notNull(),
    issuingBody: text('issuing_body').notNull(),
    signer: text('signer'),
    secrecy: text('secrecy').notNull(),
    urgency: text('urgency').notNull(),
    pageCount: integer('page_count'),
    attachmentCount: integer('attachment_count').notNull().default(0),
    fileSha256: text('file_sha256'),
    fileEncrypted: boolean('file_encrypted'),
    fileSize: bigint('file_size', { mode: 'number' }),
    fileMime: text('file_mime'),
    fileName: text('file_name'),
    /** received | routed | in_progress | done (Art. 20, 23, 24). */
    status: text('status').notNull(),
    handlerId: uuid('handler_id').references(() => officers.id),
    unit: text('unit'),
    dueOn: date('due_on', { mode: 'string' }),
    instruction: text('instruction'),
    doneOn: date('done_on', { mode: 'string' }),
    handlingNote: text('handling_note'),
    replyId: uuid('reply_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('incoming_documents_number_key').on(t.officeId, t.year, t.book, t.number),
    index('incoming_documents_open_idx').on(t.officeId, t.dueOn).where(sql`status <> 'done'`),
    index('incoming_documents_handler_idx').on(t.handlerId),
    check('incoming_documents_book_check', sql`book in ('regular', 'secret')`),
    check('incoming_documents_status_check', sql`status in ('received', 'routed', 'in_progress', 'done')`),
    check('incoming_documents_secrecy_check', sql.raw(SECRECY_CHECK)),
    check('incoming_documents_urgency_check', sql.raw(URGENCY_CHECK)),
    check('incoming_documents_book_secrecy_check', sql`(book = 'secret') = (secrecy <> 'normal')`),
  ],
);

/** Sổ đăng ký văn bản đi (Decree 30 Art. 15–16). */
export const outgoingDocuments = pgTable(
  'outgoing_documents',
  {
    id: uuid('id').primaryKey(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    year: integer('year').notNull(),
    book: text('book').notNull(),
    number: integer('number').notNull(),
    numberSymbol: text('number_symbol').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    type: text('type').notNull(),
    abstract: text('abstract').notNull(),
    signer: text('signer').notNull(),
    secrecy: text('secrecy').notNull(),
    urgency: text('urgency').notNull(),
    recipients: text('recipients').array().notNull(),
    copies: integer('copies'),
    pageCount: integer('page_count'),
    attachmentCount: integer('attachment_count').notNull().default(0),
    replyToId: uuid('reply_to_id').references(() => incomingDocuments.id),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outgoing_documents_number_key').on(t.officeId, t.year, t.book, t.number),
    check('outgoing_documents_book_check', sql`book in ('regular', 'secret')`),
    check('outgoing_documents_secrecy_check', sql.raw(SECRECY_CHECK)),
    check('outgoing_documents_urgency_check', sql.raw(URGENCY_CHECK)),
    check('outgoing_documents_book_secrecy_check', sql`(book = 'secret') = (secrecy <> 'normal')`),
  ],
);

/** Append-only trail of an incoming document's handling: registered, routed, started, done, reply linked. */
export const incomingDocumentEvents = pgTable(
  'incoming_document_events',
  {
    id: uuid('id').primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => incomingDocuments.id),
    kind: text('kind').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('incoming_document_events_document_idx').on(t.documentId, t.at)],
);

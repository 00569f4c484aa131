import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { officers } from '../identity/identity.schema.ts';

/** Alerts for an officer (deadlines, approvals awaited); unique so a re-run job never repeats one. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    kind: text('kind').notNull(),
    caseId: uuid('case_id'),
    subjectKey: text('subject_key').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notifications_once_key').on(t.officerId, t.kind, t.subjectKey),
    index('notifications_officer_idx').on(t.officerId, t.createdAt),
  ],
);

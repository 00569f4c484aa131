import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../modules/identity/identity.schema.ts';

/**
 * Registry numbers without gaps: one counter per office, kind of register and year, bumped inside the
 * transaction that uses the number, so a rolled-back registration gives its number back.
 */
export const numberSequences = pgTable(
  'number_sequences',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.kind, t.year] })],
);

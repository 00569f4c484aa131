import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../platform/db.ts';
import { newId } from '../../../platform/ids.ts';
import { officers, offices } from '../../identity/identity.schema.ts';
import { incomingDocumentEvents, incomingDocuments, outgoingDocuments } from './registry.schema.ts';

export type IncomingRow = typeof incomingDocuments.$inferSelect;
export type OutgoingRow = typeof outgoingDocuments.$inferSelect;

const handlers = alias(officers, 'handlers');
const replies = alias(outgoingDocuments, 'replies');
const answered = alias(incomingDocuments, 'answered');

const incomingWith = {
  row: incomingDocuments,
  officeName: offices.name,
  officeCode: offices.code,
  officePath: offices.path,
  handlerName: handlers.fullName,
  replySymbol: replies.numberSymbol,
};

const outgoingWith = {
  row: outgoingDocuments,
  officeName: offices.name,
  officeCode: offices.code,
  officePath: offices.path,
  replyToNumber: answered.number,
  replyToSymbol: answered.numberSymbol,
};

export type FoundIncoming = Awaited<ReturnType<typeof selectIncoming>>[number];
export type FoundOutgoing = Awaited<ReturnType<typeof selectOutgoing>>[number];

export const officePathColumn = offices.path;

const selectIncoming = (db: Db) =>
  db
    .select(incomingWith)
    .from(incomingDocuments)
    .innerJoin(offices, eq(offices.id, incomingDocuments.officeId))
    .leftJoin(handlers, eq(handlers.id, incomingDocuments.handlerId))
    .leftJoin(replies, eq(replies.id, incomingDocuments.replyId))
    .$dynamic();

const selectOutgoing = (db: Db) =>
  db
    .select(outgoingWith)
    .from(outgoingDocuments)
    .innerJoin(offices, eq(offices.id, outgoingDocuments.officeId))
    .leftJoin(answered, eq(answered.id, outgoingDocuments.replyToId))
    .$dynamic();

export const findIncoming = async (db: Db, id: string) =>
  (await selectIncoming(db).where(eq(incomingDocuments.id, id)))[0];

export const findOutgoing = async (db: Db, id: string) =>
  (await selectOutgoing(db).where(eq(outgoingDocuments.id, id)))[0];

export const insertIncoming = (tx: Db, row: typeof incomingDocuments.$inferInsert) =>
  tx.insert(incomingDocuments).values(row);

export const insertOutgoing = (tx: Db, row: typeof outgoingDocuments.$inferInsert) =>
  tx.insert(outgoingDocuments).values(row);

export const updateIncoming = (tx: Db, id: string, patch: Partial<typeof incomingDocuments.$inferInsert>) =>
  tx.update(incomingDocuments).set(patch).where(eq(incomingDocuments.id, id));

/** Locks an incoming document's row until the transaction ends, so two handlers cannot both move it. */
export const lockIncoming = async (tx: Db, id: string) =>
  (await tx.select().from(incomingDocuments).where(eq(incomingDocuments.id, id)).for('update'))[0];

export const appendIncomingEvent = (tx: Db, row: Omit<typeof incomingDocumentEvents.$inferInsert, 'id'>) =>
  tx.insert(incomingDocumentEvents).values({ id: newId(), ...row });

export const listIncomingEvents = (db: Db, id: string) =>
  db
    .select()
    .from(incomingDocumentEvents)
    .where(eq(incomingDocumentEvents.documentId, id))
    .orderBy(asc(incomingDocumentEvents.at), asc(incomingDocumentEvents.id));

/** Words of `q` in the abstract, symbol or issuing body, ignoring case and Vietnamese diacritics. */
export const incomingText = (q: string): SQL | undefined =>
  wordsIn(
    q,
    sql`(${incomingDocuments.abstract} || ' ' || ${incomingDocuments.numberSymbol} || ' ' || ${incomingDocuments.issuingBody})`,
  );

export const outgoingText = (q: string): SQL | undefined =>
  wordsIn(q, sql`(${outgoingDocuments.abstract} || ' ' || ${outgoingDocuments.numberSymbol})`);

const wordsIn = (q: string, text: SQL): SQL | undefined => {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
  return and(
    ...words.map(
      (word) => sql`f_unaccent(${text}) LIKE f_unaccent(${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`})`,
    ),
  );
};

export const listIncoming = (db: Db, filter: SQL, page?: { limit: number; offset: number }) => {
  const query = selectIncoming(db)
    .where(filter)
    .orderBy(desc(incomingDocuments.year), desc(incomingDocuments.receivedOn), desc(incomingDocuments.number));
  return page ? query.limit(page.limit).offset(page.offset) : query;
};

/** The book in registry order (số đến ascending), for printing. */
export const incomingBook = (db: Db, filter: SQL) =>
  selectIncoming(db).where(filter).orderBy(asc(incomingDocuments.number));

export const countIncoming = async (db: Db, filter: SQL) =>
  (
    await db
      .select({ n: sql<number>`count(*)::int` })
      .from(incomingDocuments)
      .innerJoin(offices, eq(offices.id, incomingDocuments.officeId))
      .where(filter)
  )[0]?.n ?? 0;

export const listOutgoing = (db: Db, filter: SQL, page?: { limit: number; offset: number }) => {
  const query = selectOutgoing(db).where(filter).orderBy(desc(outgoingDocuments.year), desc(outgoingDocuments.number));
  return page ? query.limit(page.limit).offset(page.offset) : query;
};

export const outgoingBook = (db: Db, filter: SQL) =>
  selectOutgoing(db).where(filter).orderBy(asc(outgoingDocuments.number));

export const countOutgoing = async (db: Db, filter: SQL) =>
  (
    await db
      .select({ n: sql<number>`count(*)::int` })
      .from(outgoingDocuments)
      .innerJoin(offices, eq(offices.id, outgoingDocuments.officeId))
      .where(filter)
  )[0]?.n ?? 0;

/** The officer a document is routed to, when they serve in that office. */
export const findOfficerIn = async (db: Db, officerId: string, officeId: string) =>
  (
    await db
      .select({ id: officers.id, fullName: officers.fullName, clearance: officers.clearance, status: officers.status })
      .from(officers)
      .where(and(eq(officers.id, officerId), eq(officers.officeId, officeId)))
  )[0];

/** Open entries by deadline, earliest first. */
export const overdueIncoming = (db: Db, filter: SQL, limit: number) =>
  selectIncoming(db).where(filter).orderBy(asc(incomingDocuments.dueOn), asc(incomingDocuments.number)).limit(limit);

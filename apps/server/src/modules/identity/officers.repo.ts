import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import { officerPostings, officers, offices } from './identity.schema.ts';

export type OfficerRow = typeof officers.$inferSelect;

/** An officer with the office they belong to, as services need it. */
export const officerWithOffice = {
  officer: officers,
  officeName: offices.name,
  officeCode: offices.code,
  officePath: offices.path,
};

export const findOfficer = async (db: Db, id: string) =>
  (
    await db
      .select(officerWithOffice)
      .from(officers)
      .innerJoin(offices, eq(offices.id, officers.officeId))
      .where(eq(officers.id, id))
  )[0];

export const findOfficerByUsername = async (db: Db, username: string) =>
  (
    await db
      .select(officerWithOffice)
      .from(officers)
      .innerJoin(offices, eq(offices.id, officers.officeId))
      .where(eq(officers.username, username))
  )[0];

/** Name or username containing the words typed, ignoring case and Vietnamese diacritics. */
export const nameMatches = (q: string): SQL => {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`(f_unaccent(${officers.fullName}) LIKE f_unaccent(${pattern}) OR ${officers.username} LIKE f_unaccent(${pattern}))`;
};

export const listOfficers = (db: Db, filter: SQL, { limit, offset }: { limit: number; offset: number }) =>
  db
    .select(officerWithOffice)
    .from(officers)
    .innerJoin(offices, eq(offices.id, officers.officeId))
    .where(filter)
    .orderBy(asc(offices.path), asc(officers.fullName))
    .limit(limit)
    .offset(offset);

export const countOfficers = async (db: Db, filter: SQL) =>
  (
    await db
      .select({ n: sql<number>`count(*)::int` })
      .from(officers)
      .innerJoin(offices, eq(offices.id, officers.officeId))
      .where(filter)
  )[0]?.n ?? 0;

export const insertOfficer = (db: Db, row: typeof officers.$inferInsert) => db.insert(officers).values(row);

export const updateOfficer = (db: Db, id: string, patch: Partial<typeof officers.$inferInsert>) =>
  db.update(officers).set(patch).where(eq(officers.id, id));

export const insertPosting = (db: Db, row: Omit<typeof officerPostings.$inferInsert, 'id'>) =>
  db.insert(officerPostings).values({ id: newId(), ...row });

/** Closes the officer's open posting on a date. */
export const closePosting = (db: Db, officerId: string, toDate: string) =>
  db
    .update(officerPostings)
    .set({ toDate })
    .where(and(eq(officerPostings.officerId, officerId), isNull(officerPostings.toDate)));

export const listPostings = (db: Db, officerId: string) =>
  db
    .select({ posting: officerPostings, officeName: offices.name })
    .from(officerPostings)
    .innerJoin(offices, eq(offices.id, officerPostings.officeId))
    .where(eq(officerPostings.officerId, officerId))
    .orderBy(asc(officerPostings.fromDate));

/** Moves every officer of one office to another (office merge or split), keeping their posting history. */
export const moveOfficersOut = async (
  db: Db,
  fromOfficeId: string,
  toOfficeId: string,
  date: string,
  reason: string,
) => {
  const staff = await db.select().from(officers).where(eq(officers.officeId, fromOfficeId));
  for (const officer of staff) {
    await closePosting(db, officer.id, date);
    await insertPosting(db, {
      officerId: officer.id,
      officeId: toOfficeId,
      position: officer.position,
      fromDate: date,
      toDate: null,
      reason,
    });
    await updateOfficer(db, officer.id, { officeId: toOfficeId });
  }
};

import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { officers, offices } from './identity.schema.ts';

/** Offices with any of the codes (at most 20,000, below PostgreSQL's parameter limit). */
export const findOfficesByCodes = (db: Db, codes: string[]) =>
  codes.length === 0 ? Promise.resolve([]) : db.select().from(offices).where(inArray(offices.code, codes));

/** Which of the usernames are already taken. */
export const findTakenUsernames = async (db: Db, usernames: string[]): Promise<Set<string>> => {
  if (usernames.length === 0) return new Set();
  const rows = await db
    .select({ username: officers.username })
    .from(officers)
    .where(inArray(officers.username, usernames));
  return new Set(rows.map((r) => r.username));
};

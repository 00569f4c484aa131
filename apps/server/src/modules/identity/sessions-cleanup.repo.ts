import { and, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { sessions } from './identity.schema.ts';

/** Revokes every unrevoked session that expired or was last seen before `idleSince`; returns how many. */
export const revokeStaleSessionRows = async (db: Db, idleSince: Date): Promise<number> =>
  (
    await db
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(
        and(isNull(sessions.revokedAt), or(lte(sessions.expiresAt, sql`now()`), lte(sessions.lastSeenAt, idleSince))),
      )
      .returning({ id: sessions.id })
  ).length;

import { and, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { sessions } from './identity.schema.ts';

export type SessionRow = typeof sessions.$inferSelect;

export const insertSession = (db: Db, row: typeof sessions.$inferInsert) => db.insert(sessions).values(row);

/** A live session whose current (or just-rotated) token has this hash. */
export const findLiveSession = async (db: Db, tokenHash: string, now: Date): Promise<SessionRow | undefined> =>
  (
    await db
      .select()
      .from(sessions)
      .where(
        and(
          or(eq(sessions.tokenHash, tokenHash), eq(sessions.previousTokenHash, tokenHash)),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, now),
        ),
      )
      .limit(1)
  )[0];

export const updateSession = (db: Db, id: string, patch: Partial<typeof sessions.$inferInsert>) =>
  db.update(sessions).set(patch).where(eq(sessions.id, id));

export const revokeSession = (db: Db, id: string) =>
  db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, id));

/** Ends every session of an officer ("log out of all devices", status change, password reset). */
export const revokeAllSessions = (db: Db, officerId: string) =>
  db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.officerId, officerId), isNull(sessions.revokedAt)));

export const listLiveSessions = (db: Db, officerId: string, now: Date) =>
  db
    .select()
    .from(sessions)
    .where(and(eq(sessions.officerId, officerId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));

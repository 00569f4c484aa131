import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import { notifications } from './notifications.schema.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = Omit<typeof notifications.$inferInsert, 'id' | 'readAt' | 'createdAt'>;

const CHUNK = 1000;

/**
 * Inserts the notifications that do not exist yet (same officer, kind and subject key) and returns how many
 * were new: running the same alerts again inserts nothing.
 */
export const insertNotificationsOnce = async (tx: Db, rows: readonly NewNotification[]): Promise<number> => {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const created = await tx
      .insert(notifications)
      .values(rows.slice(i, i + CHUNK).map((row) => ({ id: newId(), ...row })))
      .onConflictDoNothing({ target: [notifications.officerId, notifications.kind, notifications.subjectKey] })
      .returning({ id: notifications.id });
    inserted += created.length;
  }
  return inserted;
};

const ofOfficer = (officerId: string, unreadOnly: boolean): SQL =>
  and(eq(notifications.officerId, officerId), unreadOnly ? isNull(notifications.readAt) : undefined) as SQL;

/** An officer's notifications, newest first. */
export const listNotifications = (db: Db, officerId: string, options: { unreadOnly: boolean; limit: number }) =>
  db
    .select()
    .from(notifications)
    .where(ofOfficer(officerId, options.unreadOnly))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit);

export const countUnread = async (db: Db, officerId: string): Promise<number> =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(ofOfficer(officerId, true)))[0]?.n ?? 0;

/** Marks one of the officer's notifications read (keeping the first time); false when it is not theirs. */
export const markRead = async (db: Db, officerId: string, id: string): Promise<boolean> =>
  (
    await db
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
      .where(and(eq(notifications.id, id), eq(notifications.officerId, officerId)))
      .returning({ id: notifications.id })
  ).length > 0;

/** Marks every unread notification of the officer read; returns how many. */
export const markAllRead = async (db: Db, officerId: string): Promise<number> =>
  (
    await db
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(ofOfficer(officerId, true))
      .returning({ id: notifications.id })
  ).length;

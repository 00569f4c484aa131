import type { Notification } from '@eprocuracy/domain';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { caseCodesOf } from '../cases/deadline-dashboard.ts';
import * as repo from './notifications.repo.ts';

export type { NewNotification } from './notifications.repo.ts';

/** Creates each notification unless the officer already has it (same kind and subject); returns how many are new. */
export const notifyOnce = (tx: Db, rows: readonly repo.NewNotification[]): Promise<number> =>
  repo.insertNotificationsOnce(tx, rows);

const present = (row: repo.NotificationRow, codes: Map<string, string>): Notification => ({
  id: row.id,
  kind: row.kind as Notification['kind'],
  caseId: row.caseId,
  caseCode: row.caseId ? (codes.get(row.caseId) ?? null) : null,
  title: { vi: row.titleVi, en: row.titleEn },
  dueDate: row.dueDate,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});

/** The actor's own notifications, newest first, and how many are unread. */
export const listMyNotifications = async (
  ctx: Ctx,
  query: { unread?: 'true' | 'false'; limit: number },
): Promise<{ items: Notification[]; unread: number }> => {
  const { officerId } = ctx.actor;
  const [rows, unread] = await Promise.all([
    repo.listNotifications(ctx.db, officerId, { unreadOnly: query.unread === 'true', limit: query.limit }),
    repo.countUnread(ctx.db, officerId),
  ]);
  const caseIds = [...new Set(rows.flatMap((r) => (r.caseId ? [r.caseId] : [])))];
  const codes = await caseCodesOf(ctx.db, caseIds);
  return { items: rows.map((row) => present(row, codes)), unread };
};

const notificationNotFound = () =>
  new AppError('NOT_FOUND', { vi: 'Không tìm thấy thông báo', en: 'Notification not found' });

/** Marks one of the actor's notifications read; someone else's (or no such id) is a 404. */
export const readNotification = async (ctx: Ctx, id: string): Promise<{ unread: number }> => {
  if (!(await repo.markRead(ctx.db, ctx.actor.officerId, id))) throw notificationNotFound();
  return { unread: await repo.countUnread(ctx.db, ctx.actor.officerId) };
};

/** Marks all the actor's notifications read. */
export const readAllNotifications = async (ctx: Ctx): Promise<{ unread: number; marked: number }> => ({
  marked: await repo.markAllRead(ctx.db, ctx.actor.officerId),
  unread: 0,
});

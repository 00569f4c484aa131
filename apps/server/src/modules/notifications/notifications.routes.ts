import { ZId } from '@eprocuracy/domain';
import { z } from 'zod';
import type { App, Deps } from '../../platform/app-types.ts';
import { requireCtx } from '../../platform/session-hook.ts';
import * as notifications from './notifications.ts';

export const ZNotificationQuery = z.strictObject({
  /** true: only the unread ones. */
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** The signed-in officer's own notifications (deadline alerts, daily digests): list, mark read. */
export const registerNotificationRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['notifications'];
  app.get('/api/notifications', { schema: { tags, querystring: ZNotificationQuery } }, async (request) =>
    notifications.listMyNotifications(requireCtx(request, db, config), request.query),
  );

  app.post('/api/notifications/read-all', { schema: { tags } }, async (request) =>
    notifications.readAllNotifications(requireCtx(request, db, config)),
  );

  app.post('/api/notifications/:id/read', { schema: { tags, params: z.strictObject({ id: ZId }) } }, async (request) =>
    notifications.readNotification(requireCtx(request, db, config), request.params.id),
  );
};

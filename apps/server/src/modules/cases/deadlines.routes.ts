import { ZDeadlineQuery } from '@eprocuracy/domain';
import type { App, Deps } from '../../platform/app-types.ts';
import { requireCtx } from '../../platform/session-hook.ts';
import { requestDeadlineAlerts } from './deadline-alerts.job.ts';
import { getDeadlineDashboard } from './deadline-dashboard.ts';

/** "Việc sắp đến hạn / quá hạn": the deadline dashboard, and a manual run of the nightly deadline alerts. */
export const registerDeadlineRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['deadlines'];
  app.get('/api/deadlines', { schema: { tags, querystring: ZDeadlineQuery } }, async (request) =>
    getDeadlineDashboard(requireCtx(request, db, config), request.query),
  );

  app.post('/api/deadlines/alerts/run', { schema: { tags } }, async (request, reply) =>
    reply.status(202).send(await requestDeadlineAlerts(requireCtx(request, db, config))),
  );
};

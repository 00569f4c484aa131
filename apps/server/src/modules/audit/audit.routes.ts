import { Readable } from 'node:stream';
import { ZAuditQuery } from '@eprocuracy/domain';
import type { App, Deps } from '../../platform/app-types.ts';
import { appendAudit, verifyAudit } from '../../platform/audit.ts';
import { forbidden } from '../../platform/errors.ts';
import { requireCtx } from '../../platform/session-hook.ts';
import { exportAuditCsv, listAudit } from './audit.ts';

export const registerAuditRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['audit'];
  app.get('/api/audit', { schema: { tags, querystring: ZAuditQuery } }, async (request) =>
    listAudit(requireCtx(request, db, config), request.query),
  );

  app.get('/api/audit/export.csv', { schema: { tags, querystring: ZAuditQuery } }, async (request, reply) => {
    const ctx = requireCtx(request, db, config);
    await db.transaction((tx) => appendAudit(tx, ctx.audit, { action: 'audit.export' }));
    reply.header('content-disposition', 'attachment; filename="audit.csv"');
    return reply.type('text/csv; charset=utf-8').send(Readable.from(exportAuditCsv(ctx, request.query)));
  });

  app.get('/api/audit/verify', { schema: { tags } }, async (request) => {
    const ctx = requireCtx(request, db, config);
    if (!ctx.actor.roles.includes('admin')) throw forbidden();
    return verifyAudit(db);
  });
};

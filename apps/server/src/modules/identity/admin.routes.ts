import { ZRole } from '@eprocuracy/domain';
import { z } from 'zod';
import type { App, Deps } from '../../platform/app-types.ts';
import { requireCtx } from '../../platform/session-hook.ts';
import { getMfaRoles, setMfaRoles } from './mfa-policy.ts';

export const registerAdminRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['admin'];
  app.get('/api/admin/mfa-roles', { schema: { tags } }, async (request) => ({
    roles: await getMfaRoles(requireCtx(request, db, config)),
  }));
  app.put(
    '/api/admin/mfa-roles',
    { schema: { tags, body: z.strictObject({ roles: z.array(ZRole).max(7) }) } },
    async (request) => ({ roles: await setMfaRoles(requireCtx(request, db, config), request.body.roles) }),
  );
};

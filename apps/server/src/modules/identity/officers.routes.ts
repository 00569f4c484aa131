import {
  ZCreateOfficerInput,
  ZId,
  ZOfficerListQuery,
  ZPassword,
  ZTransferOfficerInput,
  ZUpdateOfficerInput,
} from '@eprocuracy/domain';
import { z } from 'zod';
import type { App, Deps } from '../../platform/app-types.ts';
import { requireCtx } from '../../platform/session-hook.ts';
import * as officers from './officers.ts';

const ZIdParams = z.strictObject({ id: ZId });

export const registerOfficerRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['officers'];
  app.get('/api/officers', { schema: { tags, querystring: ZOfficerListQuery } }, async (request) =>
    officers.listOfficers(requireCtx(request, db, config), request.query),
  );

  app.get('/api/officers/:id', { schema: { tags, params: ZIdParams } }, async (request) =>
    officers.getOfficer(requireCtx(request, db, config), request.params.id),
  );

  app.get('/api/officers/:id/postings', { schema: { tags, params: ZIdParams } }, async (request) =>
    officers.officerPostings(requireCtx(request, db, config), request.params.id),
  );

  app.post('/api/officers', { schema: { tags, body: ZCreateOfficerInput } }, async (request, reply) =>
    reply.status(201).send(await officers.createOfficer(requireCtx(request, db, config), request.body)),
  );

  app.patch('/api/officers/:id', { schema: { tags, params: ZIdParams, body: ZUpdateOfficerInput } }, async (request) =>
    officers.updateOfficer(requireCtx(request, db, config), request.params.id, request.body),
  );

  app.post(
    '/api/officers/:id/transfer',
    { schema: { tags, params: ZIdParams, body: ZTransferOfficerInput } },
    async (request) => officers.transferOfficer(requireCtx(request, db, config), request.params.id, request.body),
  );

  app.post(
    '/api/officers/:id/reset-password',
    { schema: { tags, params: ZIdParams, body: z.strictObject({ password: ZPassword }) } },
    async (request, reply) => {
      await officers.resetOfficerPassword(requireCtx(request, db, config), request.params.id, request.body.password);
      return reply.status(204).send();
    },
  );

  app.post('/api/officers/:id/reset-totp', { schema: { tags, params: ZIdParams } }, async (request, reply) => {
    await officers.resetOfficerTotp(requireCtx(request, db, config), request.params.id);
    return reply.status(204).send();
  });
};

import {
  ZCreateOfficeInput,
  ZCreateOfficeLevelInput,
  ZId,
  ZMergeOfficesInput,
  ZSplitOfficeInput,
  ZUpdateOfficeInput,
  ZUpdateOfficeLevelInput,
} from '@eprocuracy/domain';
import { z } from 'zod';
import type { App, Deps } from '../../platform/app-types.ts';
import { requireCtx } from '../../platform/session-hook.ts';
import { createOfficeLevel, updateOfficeLevel } from './office-levels.ts';
import { listOfficeLevels } from './offices.repo.ts';
import * as offices from './offices.ts';

const ZIdParams = z.strictObject({ id: ZId });

export const registerOfficeRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['offices'];
  app.get('/api/office-levels', { schema: { tags } }, async (request) => {
    requireCtx(request, db, config);
    return listOfficeLevels(db);
  });

  app.post('/api/office-levels', { schema: { tags, body: ZCreateOfficeLevelInput } }, async (request, reply) =>
    reply.status(201).send(await createOfficeLevel(requireCtx(request, db, config), request.body)),
  );

  app.patch(
    '/api/office-levels/:code',
    { schema: { tags, params: z.strictObject({ code: z.string().max(32) }), body: ZUpdateOfficeLevelInput } },
    async (request) => updateOfficeLevel(requireCtx(request, db, config), request.params.code, request.body),
  );

  app.get(
    '/api/offices',
    { schema: { tags, querystring: z.strictObject({ includeClosed: z.enum(['true', 'false']).default('false') }) } },
    async (request) => offices.listOffices(requireCtx(request, db, config), request.query.includeClosed === 'true'),
  );

  app.get('/api/offices/:id', { schema: { tags, params: ZIdParams } }, async (request) =>
    offices.presentOffice(await offices.getOffice(requireCtx(request, db, config), request.params.id)),
  );

  app.get('/api/offices/:id/history', { schema: { tags, params: ZIdParams } }, async (request) =>
    offices.officeHistory(requireCtx(request, db, config), request.params.id),
  );

  app.post('/api/offices', { schema: { tags, body: ZCreateOfficeInput } }, async (request, reply) =>
    reply.status(201).send(await offices.createOffice(requireCtx(request, db, config), request.body)),
  );

  app.patch('/api/offices/:id', { schema: { tags, params: ZIdParams, body: ZUpdateOfficeInput } }, async (request) =>
    offices.updateOffice(requireCtx(request, db, config), request.params.id, request.body),
  );

  app.post('/api/offices/merge', { schema: { tags, body: ZMergeOfficesInput } }, async (request) =>
    offices.mergeOffices(requireCtx(request, db, config), request.body),
  );

  app.post('/api/offices/split', { schema: { tags, body: ZSplitOfficeInput } }, async (request) =>
    offices.splitOffice(requireCtx(request, db, config), request.body),
  );
};

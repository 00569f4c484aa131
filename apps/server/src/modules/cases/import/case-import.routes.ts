import { ZCaseImportRows, ZCaseImportRowsQuery, ZCaseImportView, ZId } from '@eprocuracy/domain';
import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import type { App, Deps } from '../../../platform/app-types.ts';
import { languageOf } from '../../../platform/http-errors.ts';
import { requireCtx } from '../../../platform/session-hook.ts';
import {
  authorizeCaseImport,
  getCaseImport,
  getCaseImportReport,
  getCaseImportRows,
  listCaseImports,
  startCaseImport,
} from './case-import.ts';
import { caseImportReport, caseTemplate } from './import-files.ts';
import { readCaseUpload } from './import-upload.ts';

const ZIdParams = z.strictObject({ id: ZId });
const ZFormat = z.strictObject({ format: z.enum(['csv', 'xlsx']).default('csv') });

/** Legacy case import: upload (runs as a job), progress, per-row report (page or file), templates. */
export const registerCaseImportRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['case-import'];
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, db, config);
  void app.register(async (scope: App) => {
    await scope.register(fastifyMultipart);
    scope.post(
      '/api/case-imports',
      { schema: { tags, consumes: ['multipart/form-data'], response: { 202: ZCaseImportView } } },
      async (request, reply) => {
        const ctx = ctxOf(request);
        authorizeCaseImport(ctx);
        return reply.status(202).send(await startCaseImport(ctx, await readCaseUpload(request)));
      },
    );
  });
  app.get('/api/case-imports', { schema: { tags } }, async (request) => listCaseImports(ctxOf(request)));
  app.get('/api/case-imports/template', { schema: { tags, querystring: ZFormat } }, async (request, reply) => {
    ctxOf(request);
    const file = await caseTemplate(request.query.format, languageOf(request));
    reply.header('content-disposition', `attachment; filename="${file.filename}"`);
    return reply.type(file.type).send(file.body);
  });
  app.get('/api/case-imports/:id', { schema: { tags, params: ZIdParams } }, async (request) =>
    getCaseImport(ctxOf(request), request.params.id),
  );
  app.get(
    '/api/case-imports/:id/rows',
    { schema: { tags, params: ZIdParams, querystring: ZCaseImportRowsQuery, response: { 200: ZCaseImportRows } } },
    async (request) => getCaseImportRows(ctxOf(request), request.params.id, request.query),
  );
  app.get(
    '/api/case-imports/:id/report',
    { schema: { tags, params: ZIdParams, querystring: ZFormat } },
    async (request, reply) => {
      const lang = languageOf(request);
      const { rows } = await getCaseImportReport(ctxOf(request), request.params.id);
      const file = await caseImportReport(rows, request.query.format, lang);
      reply.header('content-disposition', `attachment; filename="${file.filename}"`);
      return reply.type(file.type).send(file.body);
    },
  );
};

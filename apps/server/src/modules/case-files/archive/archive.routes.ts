import { ZArchiveImportView, ZArchiveRows, ZArchiveRowsQuery, ZId } from '@eprocuracy/domain';
import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import type { App, Deps } from '../../../platform/app-types.ts';
import { openBlobStore } from '../../../platform/blobs/open-blob-store.ts';
import { languageOf } from '../../../platform/http-errors.ts';
import { requireCtx } from '../../../platform/session-hook.ts';
import { authorizeCaseImport } from '../../cases/import/case-import.ts';
import { getArchiveImport, getArchiveReport, getArchiveRows, listArchiveImports } from './archive-imports.ts';
import { archiveReportFile } from './archive-report-file.ts';
import { receiveArchive } from './archive-upload.ts';
import { startArchiveImport } from './start-archive-import.ts';

const ZIdParams = z.strictObject({ id: ZId });
const ZFormat = z.strictObject({ format: z.enum(['csv', 'xlsx']).default('csv') });

/** Bulk archive digitisation: upload of a ZIP of scans with manifest.csv (runs as a job), progress, report. */
export const registerArchiveRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['case-file-archives'];
  const store = openBlobStore(config);
  const maxBytes = config.UPLOAD_MAX_MB * 1024 * 1024;
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, db, config);
  void app.register(async (scope: App) => {
    await scope.register(fastifyMultipart);
    scope.post(
      '/api/case-file-archives',
      { schema: { tags, consumes: ['multipart/form-data'], response: { 202: ZArchiveImportView } } },
      async (request, reply) => {
        const ctx = ctxOf(request);
        authorizeCaseImport(ctx);
        const received = await receiveArchive(request, { dataDir: config.DATA_DIR, maxBytes });
        return reply.status(202).send(await startArchiveImport(ctx, { received, store }));
      },
    );
  });
  app.get('/api/case-file-archives', { schema: { tags } }, async (request) => listArchiveImports(ctxOf(request)));
  app.get(
    '/api/case-file-archives/:id',
    { schema: { tags, params: ZIdParams, response: { 200: ZArchiveImportView } } },
    async (request) => getArchiveImport(ctxOf(request), request.params.id),
  );
  app.get(
    '/api/case-file-archives/:id/rows',
    { schema: { tags, params: ZIdParams, querystring: ZArchiveRowsQuery, response: { 200: ZArchiveRows } } },
    async (request) => getArchiveRows(ctxOf(request), request.params.id, request.query),
  );
  app.get(
    '/api/case-file-archives/:id/report',
    { schema: { tags, params: ZIdParams, querystring: ZFormat } },
    async (request, reply) => {
      const { rows, unlisted } = await getArchiveReport(ctxOf(request), request.params.id);
      const file = await archiveReportFile(rows, unlisted, request.query.format, languageOf(request));
      reply.header('content-disposition', `attachment; filename="${file.filename}"`);
      return reply.type(file.type).send(file.body);
    },
  );
};

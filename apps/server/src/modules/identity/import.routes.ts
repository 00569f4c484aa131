import {
  OFFICE_IMPORT_COLUMNS,
  OFFICE_IMPORT_REQUIRED,
  OFFICER_IMPORT_COLUMNS,
  OFFICER_IMPORT_REQUIRED,
  ZImportResult,
} from '@eprocuracy/domain';
import fastifyMultipart from '@fastify/multipart';
import type { App, Deps } from '../../platform/app-types.ts';
import { languageOf } from '../../platform/http-errors.ts';
import { requireCtx } from '../../platform/session-hook.ts';
import { importOfficers } from './import-officers.ts';
import { importOffices } from './import-offices.ts';
import { readSheet } from './import-parse.ts';
import { authorizeImport, sendImportOutcome } from './import-report.ts';
import { OFFICE_EXAMPLE, OFFICER_EXAMPLE, templateCsv } from './import-templates.ts';
import { readUpload } from './import-upload.ts';

/** Bulk import of officers and offices from CSV or XLSX, with templates; multipart is parsed only here. */
export const registerImportRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['import'];
  const uploadSchema = { tags, consumes: ['multipart/form-data'], response: { 200: ZImportResult } };
  void app.register(async (scope: App) => {
    await scope.register(fastifyMultipart);

    scope.post('/api/import/officers', { schema: uploadSchema }, async (request, reply) => {
      const ctx = requireCtx(request, db, config);
      await authorizeImport(ctx, 'officer');
      const file = await readUpload(request);
      const rows = await readSheet(file, OFFICER_IMPORT_COLUMNS, OFFICER_IMPORT_REQUIRED);
      const outcome = await importOfficers({ ctx, rows, options: file.options, log: request.log });
      return sendImportOutcome(request, reply, outcome);
    });

    scope.post('/api/import/offices', { schema: uploadSchema }, async (request, reply) => {
      const ctx = requireCtx(request, db, config);
      await authorizeImport(ctx, 'office');
      const file = await readUpload(request);
      const rows = await readSheet(file, OFFICE_IMPORT_COLUMNS, OFFICE_IMPORT_REQUIRED);
      const outcome = await importOffices({ ctx, rows, options: file.options, log: request.log });
      return sendImportOutcome(request, reply, outcome);
    });

    scope.get('/api/import/officers/template.csv', { schema: { tags } }, async (request, reply) => {
      requireCtx(request, db, config);
      reply.header('content-disposition', 'attachment; filename="officers-template.csv"');
      return reply
        .type('text/csv; charset=utf-8')
        .send(templateCsv(OFFICER_IMPORT_COLUMNS, OFFICER_EXAMPLE, languageOf(request)));
    });

    scope.get('/api/import/offices/template.csv', { schema: { tags } }, async (request, reply) => {
      requireCtx(request, db, config);
      reply.header('content-disposition', 'attachment; filename="offices-template.csv"');
      return reply
        .type('text/csv; charset=utf-8')
        .send(templateCsv(OFFICE_IMPORT_COLUMNS, OFFICE_EXAMPLE, languageOf(request)));
    });
  });
};

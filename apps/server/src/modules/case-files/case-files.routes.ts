import {
  ZCaseDocumentDetail,
  ZCaseFileCheckView,
  ZCaseFileIndex,
  ZDocumentPages,
  ZId,
  ZPageParams,
  ZReorderCaseFileInput,
  ZUpdateCaseDocumentInput,
  ZVersionQuery,
} from '@eprocuracy/domain';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { App, Deps } from '../../platform/app-types.ts';
import { openBlobStore } from '../../platform/blobs/open-blob-store.ts';
import { languageOf } from '../../platform/http-errors.ts';
import { requireCtx } from '../../platform/session-hook.ts';
import { addCaseDocument, addDocumentVersion } from './add-document.ts';
import { registerArchiveRoutes } from './archive/archive.routes.ts';
import { getCaseDocument, listCaseFile } from './case-file-index.ts';
import { type Download, downloadOriginal, downloadSearchablePdf } from './download.ts';
import { reorderCaseFile, updateCaseDocument } from './edit-document.ts';
import { attachmentHeader } from './file-names.ts';
import { openMultipartUpload } from './multipart-upload.ts';
import { listDocumentPages, type PageFile, pageImage, pageThumbnail } from './pipeline/document-pages.ts';
import { printFileIndex } from './print/print-file-index.ts';

import { registerCaseFileSearchRoutes } from './search/case-file-search.routes.ts';
import { verifyCaseFile } from './verify-case-file.ts';

const ZCaseParams = z.strictObject({ id: ZId });
const ZDocumentParams = z.strictObject({ id: ZId, documentId: ZId });

const sendFile = (reply: FastifyReply, file: Download) =>
  reply
    .header('content-disposition', attachmentHeader(file.fileName))
    .header('content-length', file.size)
    .header('cache-control', 'private, no-store')
    .type(file.mime)
    .send(file.stream);

const sendPage = (reply: FastifyReply, file: PageFile) =>
  reply.header('cache-control', 'private, no-store').type(file.mime).send(file.stream);

/** The digital case file: documents in index order, streamed upload and download, versions, integrity. */
export const registerCaseFileRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['case-files'];
  const store = openBlobStore(config);
  const maxBytes = config.UPLOAD_MAX_MB * 1024 * 1024;
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, db, config);
  const upload = { tags, consumes: ['multipart/form-data'], response: { 201: ZCaseDocumentDetail } };
  registerCaseFileSearchRoutes(app, { db, config });
  registerArchiveRoutes(app, { db, config });

  void app.register(async (scope: App) => {
    await scope.register(fastifyMultipart);
    scope.post('/api/cases/:id/files', { schema: { ...upload, params: ZCaseParams } }, async (request, reply) => {
      const ctx = ctxOf(request);
      const body = openMultipartUpload(request, store, maxBytes);
      return reply.status(201).send(await addCaseDocument(ctx, { caseId: request.params.id, upload: body, store }));
    });
    scope.post(
      '/api/cases/:id/files/:documentId/versions',
      { schema: { ...upload, params: ZDocumentParams } },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const body = openMultipartUpload(request, store, maxBytes);
        const { id: caseId, documentId } = request.params;
        return reply.status(201).send(await addDocumentVersion(ctx, { caseId, documentId, upload: body, store }));
      },
    );
  });
  app.get(
    '/api/cases/:id/files',
    { schema: { tags, params: ZCaseParams, response: { 200: ZCaseFileIndex } } },
    async (request) => listCaseFile(ctxOf(request), request.params.id),
  );
  for (const format of ['pdf', 'xlsx'] as const) {
    app.get(
      `/api/cases/:id/files/index.${format}`,
      { schema: { tags, params: ZCaseParams } },
      async (request, reply) => {
        const lang = languageOf(request);
        const file = await printFileIndex(ctxOf(request), { caseId: request.params.id, format, lang });
        return reply
          .header('content-disposition', attachmentHeader(file.fileName))
          .header('cache-control', 'private, no-store')
          .type(file.type)
          .send(file.body);
      },
    );
  }
  app.put(
    '/api/cases/:id/files/order',
    { schema: { tags, params: ZCaseParams, body: ZReorderCaseFileInput, response: { 200: ZCaseFileIndex } } },
    async (request) => reorderCaseFile(ctxOf(request), { caseId: request.params.id, input: request.body }),
  );
  app.post(
    '/api/cases/:id/files/verify',
    { schema: { tags, params: ZCaseParams, response: { 200: ZCaseFileCheckView } } },
    async (request) => verifyCaseFile(ctxOf(request), { caseId: request.params.id, store }),
  );
  app.get(
    '/api/cases/:id/files/:documentId',
    { schema: { tags, params: ZDocumentParams, response: { 200: ZCaseDocumentDetail } } },
    async (request) =>
      getCaseDocument(ctxOf(request), { caseId: request.params.id, documentId: request.params.documentId }),
  );
  app.patch(
    '/api/cases/:id/files/:documentId',
    {
      schema: { tags, params: ZDocumentParams, body: ZUpdateCaseDocumentInput, response: { 200: ZCaseDocumentDetail } },
    },
    async (request) =>
      updateCaseDocument(ctxOf(request), {
        caseId: request.params.id,
        documentId: request.params.documentId,
        input: request.body,
      }),
  );
  app.get(
    '/api/cases/:id/files/:documentId/original',
    { schema: { tags, params: ZDocumentParams, querystring: ZVersionQuery } },
    async (request, reply) => {
      const target = { caseId: request.params.id, documentId: request.params.documentId, store };
      return sendFile(reply, await downloadOriginal(ctxOf(request), { ...target, version: request.query.version }));
    },
  );
  app.get(
    '/api/cases/:id/files/:documentId/searchable-pdf',
    { schema: { tags, params: ZDocumentParams, querystring: ZVersionQuery } },
    async (request, reply) => {
      const target = { caseId: request.params.id, documentId: request.params.documentId, store };
      return sendFile(
        reply,
        await downloadSearchablePdf(ctxOf(request), { ...target, version: request.query.version }),
      );
    },
  );
  app.get(
    '/api/cases/:id/files/:documentId/pages',
    { schema: { tags, params: ZDocumentParams, querystring: ZVersionQuery, response: { 200: ZDocumentPages } } },
    async (request) =>
      listDocumentPages(ctxOf(request), {
        caseId: request.params.id,
        documentId: request.params.documentId,
        version: request.query.version,
      }),
  );
  app.get(
    '/api/cases/:id/files/:documentId/pages/:n/thumbnail',
    { schema: { tags, params: ZPageParams, querystring: ZVersionQuery } },
    async (request, reply) => {
      const { id: caseId, documentId, n: pageNo } = request.params;
      const target = { caseId, documentId, pageNo, version: request.query.version, store };
      return sendPage(reply, await pageThumbnail(ctxOf(request), target));
    },
  );
  app.get(
    '/api/cases/:id/files/:documentId/pages/:n/image',
    { schema: { tags, params: ZPageParams, querystring: ZVersionQuery } },
    async (request, reply) => {
      const { id: caseId, documentId, n: pageNo } = request.params;
      const target = { caseId, documentId, pageNo, version: request.query.version, store };
      return sendPage(reply, await pageImage(ctxOf(request), target));
    },
  );
};

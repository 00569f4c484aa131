import {
  ZId,
  ZIncomingListQuery,
  ZLinkReplyInput,
  ZOutgoingListQuery,
  ZRegisterIncomingInput,
  ZRegisterOutgoingInput,
  ZRegistryBookQuery,
  ZRouteIncomingInput,
  ZUpdateHandlingInput,
} from '@eprocuracy/domain';
import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import type { App, Deps } from '../../../platform/app-types.ts';
import { openBlobStore } from '../../../platform/blobs/open-blob-store.ts';
import { languageOf } from '../../../platform/http-errors.ts';
import { requireCtx } from '../../../platform/session-hook.ts';
import { attachmentHeader } from '../../case-files/file-names.ts';
import { openMultipartUpload } from '../../case-files/multipart-upload.ts';
import { downloadIncomingFile, getIncoming, getOutgoing } from './get-entry.ts';
import { linkReply, routeIncoming, updateHandling } from './handle-incoming.ts';
import { listIncoming, listOutgoing, listOverdueIncoming } from './list-registry.ts';
import { printRegistryBook } from './print/print-registry-book.ts';
import { registerIncoming, registerIncomingUpload } from './register-incoming.ts';
import { registerOutgoing } from './register-outgoing.ts';

const ZIdParams = z.strictObject({ id: ZId });
const BASE = '/api/document-registry';

/** Sổ văn bản đến / đi (Decree 30/2020): register, route, track handling, link replies, print the books. */
export const registerDocumentRegistryRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['document-registry'];
  const store = openBlobStore(config);
  const maxBytes = config.UPLOAD_MAX_MB * 1024 * 1024;
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, db, config);

  app.get(`${BASE}/incoming`, { schema: { tags, querystring: ZIncomingListQuery } }, (request) =>
    listIncoming(ctxOf(request), request.query),
  );
  app.get(`${BASE}/incoming/overdue`, { schema: { tags } }, (request) => listOverdueIncoming(ctxOf(request)));
  app.get(`${BASE}/incoming/:id`, { schema: { tags, params: ZIdParams } }, (request) =>
    getIncoming(ctxOf(request), request.params.id),
  );
  app.post(`${BASE}/incoming`, { schema: { tags, body: ZRegisterIncomingInput } }, async (request, reply) =>
    reply.status(201).send(await registerIncoming(ctxOf(request), { input: request.body })),
  );
  void app.register(async (scope: App) => {
    await scope.register(fastifyMultipart);
    scope.post(
      `${BASE}/incoming/upload`,
      { schema: { tags, consumes: ['multipart/form-data'] } },
      async (request, reply) => {
        const upload = openMultipartUpload(request, store, maxBytes);
        return reply.status(201).send(await registerIncomingUpload(ctxOf(request), { upload, store }));
      },
    );
  });
  app.get(`${BASE}/incoming/:id/file`, { schema: { tags, params: ZIdParams } }, async (request, reply) => {
    const file = await downloadIncomingFile(ctxOf(request), { id: request.params.id, store });
    return reply
      .header('content-disposition', attachmentHeader(file.fileName))
      .header('cache-control', 'private, no-store')
      .type(file.mime)
      .send(file.stream);
  });
  const action = <B extends z.ZodType>(
    path: string,
    body: B,
    run: typeof routeIncoming | typeof updateHandling | typeof linkReply,
  ) =>
    app.post(`${BASE}/incoming/:id/${path}`, { schema: { tags, params: ZIdParams, body } }, (request) =>
      // biome-ignore lint/suspicious/noExplicitAny: each action parses its own body with its zod contract
      run(ctxOf(request), { id: request.params.id, input: request.body as any }),
    );
  action('route', ZRouteIncomingInput, routeIncoming);
  action('handling', ZUpdateHandlingInput, updateHandling);
  action('reply', ZLinkReplyInput, linkReply);

  app.get(`${BASE}/outgoing`, { schema: { tags, querystring: ZOutgoingListQuery } }, (request) =>
    listOutgoing(ctxOf(request), request.query),
  );
  app.get(`${BASE}/outgoing/:id`, { schema: { tags, params: ZIdParams } }, (request) =>
    getOutgoing(ctxOf(request), request.params.id),
  );
  app.post(`${BASE}/outgoing`, { schema: { tags, body: ZRegisterOutgoingInput } }, async (request, reply) =>
    reply.status(201).send(await registerOutgoing(ctxOf(request), { input: request.body })),
  );

  app.get(`${BASE}/book`, { schema: { tags, querystring: ZRegistryBookQuery } }, async (request, reply) => {
    const file = await printRegistryBook(ctxOf(request), { query: request.query, lang: languageOf(request) });
    return reply
      .header('content-disposition', attachmentHeader(file.fileName))
      .header('cache-control', 'private, no-store')
      .type(file.type)
      .send(file.body);
  });
};

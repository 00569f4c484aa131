import { ZCreateClientInput } from '@eprocuracy/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, Deps } from '../../platform/app-types.ts';
import { requireCtx, SESSION_COOKIE, sessionCookieOptions } from '../../platform/session-hook.ts';
import { createClient, listClients, revokeClient } from './oidc-clients.ts';
import { OIDC_PREFIX } from './oidc-paths.ts';

const ZClientParams = z.strictObject({ clientId: z.string().min(1).max(100) });
const ZInteractionParams = z.strictObject({ uid: z.string().min(1).max(200) });

/** Admin API for the applications that sign officers in through this provider. */
const registerClientRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['oidc'];
  app.get('/api/oidc-clients', { schema: { tags } }, async (request) => listClients(requireCtx(request, db, config)));

  app.post('/api/oidc-clients', { schema: { tags, body: ZCreateClientInput } }, async (request, reply) =>
    reply.status(201).send(await createClient(requireCtx(request, db, config), request.body)),
  );

  app.post('/api/oidc-clients/:clientId/revoke', { schema: { tags, params: ZClientParams } }, async (request) =>
    revokeClient(requireCtx(request, db, config), request.params.clientId),
  );
};

/** The provider side: oidc-provider with koa and jose, and the code that drives it. */
const loadProviderSide = async (deps: Deps) => {
  const [{ createProvider }, { continueInteraction }, { rememberVisit }] = await Promise.all([
    import('./create-provider.ts'),
    import('./oidc-interaction.ts'),
    import('./oidc-session.ts'),
  ]);
  const provider = await createProvider(deps);
  return { provider, handle: provider.callback(), continueInteraction, rememberVisit };
};

/**
 * The provider side loaded and built on the first OpenID Connect request rather than at start: it is ~20 MB of
 * resident memory that a server whose officers sign in to no other application never uses (issue 4). A failed
 * build (the database down) is tried again by the next request.
 */
const providerSideOnFirstUse = (deps: Deps) => {
  let loading: ReturnType<typeof loadProviderSide> | undefined;
  return () => {
    loading ??= loadProviderSide(deps).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
};

/**
 * Mounts the OpenID Connect provider: discovery at /.well-known/openid-configuration, its endpoints
 * under /oidc/, the interaction that ties it to the eProcuracy session, and the client admin API.
 */
export const registerOidc = async (app: App, deps: Deps) => {
  const providerSide = providerSideOnFirstUse(deps);
  const { config } = deps;

  const mount = async (request: FastifyRequest, reply: FastifyReply) => {
    const { handle, rememberVisit } = await providerSide();
    rememberVisit(request.raw, { session: request.session, ip: request.ip });
    // The reply is handed over raw, so a session token the hook just rotated must be sent here.
    const rotated = request.session?.rotatedToken;
    if (rotated) {
      reply.raw.setHeader('set-cookie', [app.serializeCookie(SESSION_COOKIE, rotated, sessionCookieOptions(config))]);
    }
    // A hijacked reply bypasses Fastify's header writing: hand the security headers to the raw response.
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined && !reply.raw.hasHeader(name)) reply.raw.setHeader(name, value);
    }
    reply.hijack();
    await handle(request.raw, reply.raw);
  };

  await app.register(async (scope) => {
    // The provider parses its own request bodies: Fastify must leave the stream unread.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    const methods = ['GET', 'POST', 'OPTIONS'];
    scope.route({ method: methods, url: `${OIDC_PREFIX}/*`, schema: { hide: true }, handler: mount });
    scope.route({ method: methods, url: '/.well-known/openid-configuration', schema: { hide: true }, handler: mount });
  });

  app.get(
    `${OIDC_PREFIX}/interaction/:uid`,
    { schema: { hide: true, params: ZInteractionParams } },
    async (request, reply) => {
      const { provider, continueInteraction } = await providerSide();
      const raw = { req: request.raw, res: reply.raw };
      const step = await continueInteraction(provider, raw, request.params.uid, request.session);
      return reply.redirect(step.redirect, 303);
    },
  );

  registerClientRoutes(app, deps);
};

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import { registerAuditRoutes } from './modules/audit/audit.routes.ts';
import { registerCaseFileRoutes } from './modules/case-files/case-files.routes.ts';
import { registerCaseRoutes } from './modules/cases/cases.routes.ts';
import { registerCatalogueRoutes } from './modules/cases/catalogue.routes.ts';
import { registerDeadlineRoutes } from './modules/cases/deadlines.routes.ts';
import { registerCaseImportRoutes } from './modules/cases/import/case-import.routes.ts';
import { registerCrimeReportRoutes } from './modules/crime-reports/crime-reports.routes.ts';
import { registerDocumentRegistryRoutes } from './modules/documents/registry/registry.routes.ts';
import { registerSignatureRoutes } from './modules/documents/signatures-api/signatures.routes.ts';
import { registerAdminRoutes } from './modules/identity/admin.routes.ts';
import { registerAuthRoutes } from './modules/identity/auth.routes.ts';
import { registerImportRoutes } from './modules/identity/import.routes.ts';
import { registerOfficerRoutes } from './modules/identity/officers.routes.ts';
import { registerOfficeRoutes } from './modules/identity/offices.routes.ts';
import { registerNotificationRoutes } from './modules/notifications/notifications.routes.ts';
import { registerOidc } from './modules/oidc/oidc.routes.ts';
import type { App, Deps } from './platform/app-types.ts';
import type { Database } from './platform/db.ts';
import { registerHealthRoute } from './platform/health.ts';
import { registerErrorHandling, zodValidatorCompiler } from './platform/http-errors.ts';
import { getOrCreateKey } from './platform/keys.ts';
import { randomToken } from './platform/passwords.ts';
import { registerSecurityHeaders } from './platform/security-headers.ts';
import { registerSessionHook } from './platform/session-hook.ts';

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Paths that other systems call server to server, with their own authentication instead of cookies. */
const CSRF_EXEMPT = [/^\/oidc\//, /^\/api\/v1\//];

/** Builds the whole HTTP application over an open database. */
export const buildApp = async (database: Database, config: Config): Promise<App> => {
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    bodyLimit: 1_048_576,
    trustProxy: false,
    logController: new LogController({
      disableRequestLogging: config.LOG_LEVEL !== 'debug' && config.LOG_LEVEL !== 'trace',
    }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  const deps: Deps = { db: database.db, config };
  const cookieSecret = config.SESSION_SECRET ?? (await getOrCreateKey(database.db, 'cookie_secret', randomToken));
  registerSecurityHeaders(app, config);
  await app.register(fastifyCookie, { secret: cookieSecret });
  await app.register(fastifyCsrf, {
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/', secure: config.COOKIE_SECURE },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  await app.register(fastifyRateLimit, { max: config.RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'eProcuracy API', version: '0.1.0', description: 'Viện kiểm sát số — API' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerSessionHook(app, database.db, config);
  app.addHook('preHandler', (request, reply, done) => {
    const url = request.url;
    if (!UNSAFE.has(request.method) || !url.startsWith('/api/') || CSRF_EXEMPT.some((re) => re.test(url)))
      return done();
    app.csrfProtection(request, reply, done);
  });

  registerHealthRoute(app, database);
  registerAuthRoutes(app, deps);
  registerOfficeRoutes(app, deps);
  registerOfficerRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerAdminRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerCrimeReportRoutes(app, deps);
  registerDeadlineRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerCatalogueRoutes(app);
  registerCaseImportRoutes(app, deps);
  registerCaseFileRoutes(app, deps);
  registerDocumentRegistryRoutes(app, deps);
  registerSignatureRoutes(app, deps);
  await registerOidc(app, deps);
  await serveWebApp(app, config.WEB_DIST ?? defaultWebDist);
  return app;
};

/** Serves the built single-page app; unknown non-API paths get index.html so client routes work. */
const serveWebApp = async (app: App, dist: string) => {
  if (!existsSync(path.join(dist, 'index.html'))) return;
  await app.register(fastifyStatic, { root: dist, wildcard: false });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
};

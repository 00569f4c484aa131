import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { type ResolvedSession, resolveSession } from '../modules/identity/resolve-session.ts';
import { auditContextOf, type Ctx } from './context.ts';
import type { Db } from './db.ts';
import { AppError } from './errors.ts';

export const SESSION_COOKIE = 'eproc_sid';

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
  }
}

/** Options of the session cookie, shared with the OpenID provider's raw replies. */
export const sessionCookieOptions = (config: Config) => ({
  httpOnly: true,
  // Lax, not Strict: applications signing in through our OpenID provider arrive by top-level redirect.
  sameSite: 'lax' as const,
  secure: config.COOKIE_SECURE,
  path: '/',
  maxAge: config.SESSION_ABSOLUTE_HOURS * 3600,
});

export const setSessionCookie = (reply: FastifyReply, config: Config, token: string) =>
  reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(config));

export const clearSessionCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, { path: '/' });

/** Resolves the session cookie on every request, rotating the token when it is due. */
export const registerSessionHook = (app: FastifyInstance, db: Db, config: Config) => {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const resolved = await resolveSession({ db, config }, token);
    request.session = resolved;
    if (!resolved) clearSessionCookie(reply);
    else if (resolved.rotatedToken) setSessionCookie(reply, config, resolved.rotatedToken);
  });
};

/** The use-case context of a fully signed-in request, or 401 (MFA_REQUIRED while the second step is pending). */
export const requireCtx = (request: FastifyRequest, db: Db, config: Config): Ctx => {
  const session = request.session;
  if (!session) throw new AppError('UNAUTHENTICATED');
  if (session.session.state !== 'active') throw new AppError('MFA_REQUIRED');
  if (session.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  return { db, config, actor: session.actor, audit: auditContextOf(session.actor, request.ip) };
};

/** Like requireCtx, but also lets through a session that still has to enrol a second factor. */
export const requireEnrollingCtx = (request: FastifyRequest, db: Db, config: Config): Ctx => {
  const session = request.session;
  if (!session || session.session.state === 'mfa_pending') throw new AppError('UNAUTHENTICATED');
  return { db, config, actor: session.actor, audit: auditContextOf(session.actor, request.ip) };
};

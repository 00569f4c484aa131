import { type Me, ZChangePasswordInput, ZLoginInput, ZTotpInput } from '@eprocuracy/domain';
import { z } from 'zod';
import type { App, Deps } from '../../platform/app-types.ts';
import { AppError } from '../../platform/errors.ts';
import { clearSessionCookie, requireCtx, requireEnrollingCtx, setSessionCookie } from '../../platform/session-hook.ts';
import { changePassword, confirmTotpEnrolment, listOwnSessions, startTotpEnrolment } from './account.ts';
import { completeMfa, login, logout } from './auth.ts';

const client = (request: { ip: string; headers: Record<string, unknown> }) => ({
  ip: request.ip,
  userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
});

export const registerAuthRoutes = (app: App, { db, config }: Deps) => {
  const tags = ['auth'];
  app.get('/api/auth/csrf', { schema: { tags } }, async (_request, reply) => ({ token: reply.generateCsrf() }));

  app.post(
    '/api/auth/login',
    {
      schema: { tags, body: ZLoginInput },
      config: { rateLimit: { max: config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const { token, state } = await login({ db, config }, client(request), request.body);
      setSessionCookie(reply, config, token);
      return { state };
    },
  );

  app.post(
    '/api/auth/totp',
    {
      schema: { tags, body: ZTotpInput },
      config: { rateLimit: { max: config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      if (!request.session) throw new AppError('UNAUTHENTICATED');
      const { token, state } = await completeMfa(
        { db, config },
        client(request),
        request.session.session,
        request.body,
      );
      setSessionCookie(reply, config, token);
      return { state };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags, body: z.strictObject({ everywhere: z.boolean().default(false) }).optional() } },
    async (request, reply) => {
      const session = request.session;
      if (session) {
        const ctx = requireEnrollingCtx(request, db, config);
        await logout(db, ctx.audit, session.session.id, request.body?.everywhere ?? false);
      }
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  );

  app.get('/api/me', { schema: { tags } }, async (request): Promise<Me> => {
    const session = request.session;
    if (!session) throw new AppError('UNAUTHENTICATED');
    const { actor } = session;
    return {
      officerId: actor.officerId,
      username: actor.username,
      fullName: actor.fullName,
      officeId: actor.officeId,
      officeName: session.officeName,
      officeCode: session.officeCode,
      position: session.position as Me['position'],
      roles: [...actor.roles],
      clearance: actor.clearance,
      totpEnabled: session.totpEnabled,
      sessionState: session.session.state as Me['sessionState'],
      mustChangePassword: session.mustChangePassword,
      passwordChangedAt: session.passwordChangedAt.toISOString(),
    };
  });

  app.post('/api/me/password', { schema: { tags, body: ZChangePasswordInput } }, async (request, reply) => {
    const ctx = requireEnrollingCtx(request, db, config);
    await changePassword(
      ctx,
      request.session?.session.id as string,
      request.body.currentPassword,
      request.body.newPassword,
    );
    return reply.status(204).send();
  });

  app.post('/api/me/totp/setup', { schema: { tags } }, async (request) => {
    const { uri, qrDataUrl, secret } = await startTotpEnrolment(requireEnrollingCtx(request, db, config));
    return { uri, qrDataUrl, secret };
  });

  app.post(
    '/api/me/totp/confirm',
    {
      schema: {
        tags,
        body: z.strictObject({
          code: z
            .string()
            .trim()
            .regex(/^\d{6}$/, 'totp.format'),
        }),
      },
    },
    async (request) =>
      confirmTotpEnrolment(
        requireEnrollingCtx(request, db, config),
        request.session?.session.id as string,
        request.body.code,
      ),
  );

  app.get('/api/me/sessions', { schema: { tags } }, async (request) =>
    listOwnSessions(requireCtx(request, db, config)),
  );
};

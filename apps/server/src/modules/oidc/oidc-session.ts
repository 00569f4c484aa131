import type { IncomingMessage } from 'node:http';
import { type Grant, interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import { appendAudit } from '../../platform/audit.ts';
import { auditContextOf } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { SESSION_COOKIE } from '../../platform/session-hook.ts';
import { logout } from '../identity/auth.ts';
import type { ResolvedSession } from '../identity/resolve-session.ts';

/** The platform session that came with a request, as Fastify resolved it, handed over to the provider. */
type Visit = { session: ResolvedSession | null; ip: string };
const visits = new WeakMap<IncomingMessage, Visit>();

export const rememberVisit = (req: IncomingMessage, visit: Visit) => visits.set(req, visit);

/** Past every sign-in step the web app asks for: second factor, enrolment, forced password change. */
export const isFullySignedIn = (session: ResolvedSession | null | undefined): session is ResolvedSession =>
  session?.session.state === 'active' && !session.mustChangePassword;

/** The officer fully signed in to eProcuracy on this request, if any. */
export const signedInOfficer = (req: IncomingMessage): ResolvedSession | undefined => {
  const session = visits.get(req)?.session;
  return isFullySignedIn(session) ? session : undefined;
};

const isPlatformSessionOf = (ctx: KoaContextWithOIDC) => {
  const accountId = ctx.oidc.session?.accountId;
  return accountId !== undefined && signedInOfficer(ctx.req)?.actor.officerId === accountId;
};

/**
 * The provider's own session cookie must never outlive the eProcuracy session: signing out of the
 * platform, or signing in as someone else, sends the next authorization request back to login.
 */
export const createInteractionPolicy = () => {
  const policy = interactionPolicy.base();
  policy
    .get('login')
    ?.checks.add(
      new interactionPolicy.Check(
        'platform_session',
        'The eProcuracy session is missing or belongs to another officer',
        'login_required',
        (ctx) => !isPlatformSessionOf(ctx),
      ),
    );
  return policy;
};

/**
 * Applications are registered by administrators, so they are first-party: the officer is not asked
 * to consent, the grant simply covers the scopes requested.
 */
export const loadFirstPartyGrant = async (ctx: KoaContextWithOIDC): Promise<Grant | undefined> => {
  const { client, session, provider } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  const existing = grantId ? await provider.Grant.find(grantId) : undefined;
  if (!isPlatformSessionOf(ctx)) return existing;
  const grant =
    existing?.accountId === session.accountId
      ? existing
      : new provider.Grant({ accountId: session.accountId, clientId: client.clientId });
  const scopes = [...ctx.oidc.requestParamOIDCScopes].join(' ');
  if (scopes) grant.addOIDCScope(scopes);
  await grant.save();
  return grant;
};

/** Signing out at the provider (RP-initiated logout, "sign me out") ends the eProcuracy session too. */
export const endPlatformSession = async (db: Db, ctx: KoaContextWithOIDC) => {
  const officer = signedInOfficer(ctx.req);
  // When another officer signs in, the provider ends the previous officer's provider session
  // through the same endpoint; the new eProcuracy session must survive that.
  if (!officer || officer.actor.officerId !== ctx.oidc.session?.accountId) return;
  const ip = visits.get(ctx.req)?.ip ?? ctx.ip;
  await logout(db, auditContextOf(officer.actor, ip), officer.session.id, false);
  ctx.cookies.set(SESSION_COOKIE, null, { path: '/', httpOnly: true, sameSite: 'lax' });
};

/** Records that an officer signed in to a client application. */
export const auditSignIn = async (db: Db, ctx: KoaContextWithOIDC) => {
  const officer = signedInOfficer(ctx.req);
  const clientId = ctx.oidc.client?.clientId;
  // The login policy guarantees both; an authorization without them must not go unrecorded.
  if (!officer || !clientId) throw new Error('OpenID sign-in without a platform session or client');
  const ip = visits.get(ctx.req)?.ip ?? ctx.ip;
  await db.transaction((tx) =>
    appendAudit(tx, auditContextOf(officer.actor, ip), {
      action: 'oidc.login',
      entityType: 'oidc_client',
      entityId: clientId,
    }),
  );
};

import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { type ClientModel, type KoaContextWithOIDC, Provider } from 'oidc-provider';
import type { Config } from '../../config.ts';
import type { Deps } from '../../platform/app-types.ts';
import { getOrCreateKey } from '../../platform/keys.ts';
import { randomToken } from '../../platform/passwords.ts';
import { CLAIMS_BY_SCOPE, findAccount, SCOPES } from './oidc-account.ts';
import { createAdapterFactory } from './oidc-adapter.ts';
import { logoutSource, postLogoutSuccessSource, renderError } from './oidc-pages.ts';
import { interactionPath, OIDC_PREFIX } from './oidc-paths.ts';
import { auditSignIn, createInteractionPolicy, endPlatformSession, loadFirstPartyGrant } from './oidc-session.ts';

/** The issuer: the public URL of the server, without a trailing slash. */
export const issuerOf = (config: Config) =>
  (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');

type Jwk = Record<string, unknown>;

const generateSigningKey = async (): Promise<Jwk[]> => {
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  return [{ ...privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), alg: 'RS256', use: 'sig' }];
};

/** Browser apps may call the token and userinfo endpoints from the origins of their redirect URIs. */
const clientBasedCORS = (_ctx: KoaContextWithOIDC, origin: string, client: ClientModel) =>
  origin !== 'null' && client.redirectUris.some((uri) => URL.parse(uri)?.origin === origin);

/** Builds the OpenID Connect provider over the database; its keys are generated once and kept in server_keys. */
export const createProvider = async ({ db, config }: Deps): Promise<Provider> => {
  const issuer = issuerOf(config);
  const [jwks, cookieKeys] = await Promise.all([
    getOrCreateKey(db, 'oidc_jwks', generateSigningKey),
    getOrCreateKey(db, 'oidc_cookie_keys', () => [randomToken()]),
  ]);
  const sessionSeconds = config.SESSION_ABSOLUTE_HOURS * 3600;
  const provider = new Provider(issuer, {
    adapter: createAdapterFactory(db),
    findAccount: (_ctx, sub) => findAccount(db, sub),
    loadExistingGrant: loadFirstPartyGrant,
    claims: CLAIMS_BY_SCOPE,
    scopes: SCOPES,
    // Relying parties read the officer's office and roles straight from the ID token.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    jwks: { keys: jwks },
    cookies: {
      keys: cookieKeys,
      names: { session: 'oidc_session', interaction: 'oidc_interaction', resume: 'oidc_resume' },
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    clientBasedCORS,
    pkce: { required: (_ctx: KoaContextWithOIDC, client: ClientModel) => client.clientAuthMethod === 'none' },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      revocation: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    interactions: {
      url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) => interactionPath(interaction.uid),
      policy: createInteractionPolicy(),
    },
    routes: {
      authorization: `${OIDC_PREFIX}/auth`,
      token: `${OIDC_PREFIX}/token`,
      jwks: `${OIDC_PREFIX}/jwks`,
      userinfo: `${OIDC_PREFIX}/me`,
      end_session: `${OIDC_PREFIX}/session/end`,
      revocation: `${OIDC_PREFIX}/token/revocation`,
      introspection: `${OIDC_PREFIX}/token/introspection`,
      pushed_authorization_request: `${OIDC_PREFIX}/request`,
    },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 15 * 60,
      Session: sessionSeconds,
      Grant: sessionSeconds,
    },
    renderError,
  });
  // Behind the TLS-terminating proxy that an https public URL implies, trust its forwarded headers.
  provider.proxy = issuer.startsWith('https:');
  const signIns = new WeakSet<KoaContextWithOIDC>();
  const signOuts = new WeakSet<KoaContextWithOIDC>();
  provider.on('authorization.success', (ctx) => signIns.add(ctx));
  provider.on('end_session.success', (ctx) => {
    if (ctx.oidc.params?.logout) signOuts.add(ctx);
  });
  // Runs before the response leaves, so no code reaches an application without its audit entry.
  provider.use(async (ctx, next) => {
    await next();
    if (signIns.has(ctx)) await auditSignIn(db, ctx);
    if (signOuts.has(ctx)) await endPlatformSession(db, ctx);
  });
  return provider;
};

import { errors, type Interaction, type InteractionResults, type Provider } from 'oidc-provider';
import { AppError } from '../../platform/errors.ts';
import type { ResolvedSession } from '../identity/resolve-session.ts';
import { interactionPath } from './oidc-paths.ts';
import { isFullySignedIn } from './oidc-session.ts';

type Step = { redirect: string };

const interactionExpired = () =>
  new AppError('NOT_FOUND', {
    vi: 'Phiên đăng nhập vào ứng dụng đã hết hạn, hãy quay lại ứng dụng và thử lại',
    en: 'The sign-in to the application has expired; go back to the application and try again',
  });

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** A grant covering what the consent prompt found missing; applications registered by admins are first-party. */
const grantMissing = async (provider: Provider, details: Interaction, accountId: string) => {
  const clientId = String(details.params.client_id);
  const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId });
  const missing = details.prompt.details;
  const scopes = strings(missing.missingOIDCScope);
  if (scopes.length > 0) grant.addOIDCScope(scopes.join(' '));
  const claims = strings(missing.missingOIDCClaims);
  if (claims.length > 0) grant.addOIDCClaims(claims);
  const resources = (missing.missingResourceScopes ?? {}) as Record<string, unknown>;
  for (const [resource, resourceScopes] of Object.entries(resources)) {
    grant.addResourceScope(resource, strings(resourceScopes).join(' '));
  }
  return grant.save();
};

/**
 * Settles the provider's interaction with the eProcuracy session: signed in, the officer is the
 * account; otherwise the web app's login page comes first and brings the browser back here.
 */
export const continueInteraction = async (
  provider: Provider,
  raw: { req: Parameters<Provider['interactionDetails']>[0]; res: Parameters<Provider['interactionDetails']>[1] },
  uid: string,
  session: ResolvedSession | null,
): Promise<Step> => {
  const details = await provider.interactionDetails(raw.req, raw.res).catch((error: unknown) => {
    if (error instanceof errors.SessionNotFound) throw interactionExpired();
    throw error;
  });
  if (details.uid !== uid) throw interactionExpired();
  if (!isFullySignedIn(session)) {
    return { redirect: `/login?next=${encodeURIComponent(interactionPath(uid))}` };
  }
  const accountId = session.actor.officerId;
  const result: InteractionResults =
    details.prompt.name === 'consent' && details.session?.accountId === accountId
      ? { consent: { grantId: await grantMissing(provider, details, accountId) } }
      : { login: { accountId } };
  return { redirect: await provider.interactionResult(raw.req, raw.res, result, { mergeWithLastSubmission: false }) };
};

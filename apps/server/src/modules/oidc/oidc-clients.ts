import { randomBytes } from 'node:crypto';
import { type ClientApp, grantsFor, type Resource, type ZCreateClientInput } from '@eprocuracy/domain';
import type { z } from 'zod';
import { accessFilter, authorize } from '../../platform/access.ts';
import { appendAudit, diffFields } from '../../platform/audit.ts';
import { type Ctx, splitPath } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import * as repo from './oidc.repo.ts';

type NewClient = z.output<typeof ZCreateClientInput>;

const clientResource = (clientId: string, ownerOfficeId: string, officePath: readonly string[]): Resource => ({
  kind: 'oidc_client',
  id: clientId,
  officeId: ownerOfficeId,
  officePath,
  secrecy: 'normal',
  assigneeIds: [],
});

const resourceOf = ({ client, officePath }: { client: repo.ClientRow; officePath: string }) =>
  clientResource(client.clientId, client.ownerOfficeId, splitPath(officePath));

/** The client as administrators see it; the secret is never shown again after creation. */
export const presentClient = (row: repo.ClientRow): ClientApp => ({
  clientId: row.clientId,
  name: row.name,
  redirectUris: row.redirectUris,
  postLogoutRedirectUris: row.postLogoutRedirectUris,
  confidential: row.confidential,
  status: row.status === 'revoked' ? 'revoked' : 'active',
  createdAt: row.createdAt.toISOString(),
});

const auditedFields = (row: repo.ClientRow) => ({
  name: row.name,
  redirectUris: row.redirectUris,
  postLogoutRedirectUris: row.postLogoutRedirectUris,
  confidential: row.confidential,
  status: row.status,
});

/** Writes are refused with a 403 (and audited) when the actor administers no client at all. */
const assertMayWrite = async (ctx: Ctx, entityId?: string) => {
  if (grantsFor(ctx.actor, 'oidc_client', 'write').length > 0) return;
  await ctx.db.transaction((tx) =>
    appendAudit(tx, ctx.audit, { action: 'access.refused.write', entityType: 'oidc_client', entityId }),
  );
  throw forbidden();
};

/** The client applications the actor may see. */
export const listClients = async (ctx: Ctx): Promise<ClientApp[]> => {
  const filter = accessFilter(ctx, 'oidc_client', 'read', repo.clientAccessColumns);
  return (await repo.listClients(ctx.db, filter)).map(({ client }) => presentClient(client));
};

/** Registers an application owned by the actor's office; returns its secret once (null for public clients). */
export const createClient = async (ctx: Ctx, data: NewClient) => {
  await assertMayWrite(ctx);
  const clientId = `app_${randomBytes(12).toString('base64url')}`;
  const clientSecret = data.confidential ? randomBytes(32).toString('base64url') : null;
  await authorize(ctx, 'write', clientResource(clientId, ctx.actor.officeId, ctx.actor.officePath));
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await repo.insertClient(tx, {
      clientId,
      name: data.name,
      clientSecret,
      redirectUris: data.redirectUris,
      postLogoutRedirectUris: data.postLogoutRedirectUris,
      confidential: data.confidential,
      status: 'active',
      ownerOfficeId: ctx.actor.officeId,
    });
    await appendAudit(tx, ctx.audit, {
      action: 'oidc_client.create',
      entityType: 'oidc_client',
      entityId: clientId,
      changes: diffFields(null, auditedFields(inserted)),
    });
    return inserted;
  });
  return { client: presentClient(row), clientSecret };
};

/** Revokes an application: it can no longer sign anyone in, and what it was issued stops working. */
export const revokeClient = async (ctx: Ctx, clientId: string): Promise<ClientApp> => {
  await assertMayWrite(ctx, clientId);
  const found = await repo.findClient(ctx.db, clientId);
  if (!found) throw notFound('oidc_client');
  await authorize(ctx, 'read', resourceOf(found));
  await authorize(ctx, 'write', resourceOf(found));
  if (found.client.status === 'revoked') return presentClient(found.client);
  const revoked = { ...found.client, status: 'revoked' };
  await ctx.db.transaction(async (tx) => {
    await repo.updateClientStatus(tx, clientId, 'revoked');
    await repo.deletePayloadsOfClient(tx, clientId);
    await appendAudit(tx, ctx.audit, {
      action: 'oidc_client.revoke',
      entityType: 'oidc_client',
      entityId: clientId,
      changes: diffFields(auditedFields(found.client), auditedFields(revoked)),
    });
  });
  return presentClient(revoked);
};

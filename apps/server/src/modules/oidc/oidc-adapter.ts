import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Db } from '../../platform/db.ts';
import * as repo from './oidc.repo.ts';

/** Expired rows are swept after this many writes, so the table does not grow without bound. */
const SWEEP_EVERY_WRITES = 200;

/** The provider's view of a registered application; only active ones exist for it. */
export const clientMetadata = (row: repo.ClientRow): AdapterPayload => ({
  client_id: row.clientId,
  client_name: row.name,
  redirect_uris: row.redirectUris,
  post_logout_redirect_uris: row.postLogoutRedirectUris,
  grant_types: ['authorization_code'],
  response_types: ['code'],
  ...(row.confidential && row.clientSecret
    ? { client_secret: row.clientSecret, token_endpoint_auth_method: 'client_secret_basic' }
    : { token_endpoint_auth_method: 'none' }),
});

const toPayload = (row: repo.PayloadRow | undefined): AdapterPayload | undefined => {
  if (!row) return undefined;
  const payload = row.payload as AdapterPayload;
  return row.consumedAt ? { ...payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) } : payload;
};

const clientAdapter = (db: Db): Adapter => {
  const readOnly = () => Promise.reject(new Error('client applications are managed through /api/oidc-clients'));
  return {
    find: async (id) => {
      const row = await repo.findActiveClient(db, id);
      return row ? clientMetadata(row) : undefined;
    },
    findByUid: async () => undefined,
    findByUserCode: async () => undefined,
    upsert: readOnly,
    consume: readOnly,
    destroy: readOnly,
    revokeByGrantId: async () => undefined,
  };
};

const payloadAdapter = (db: Db, model: string, onWrite: () => Promise<void>): Adapter => ({
  find: async (id) => toPayload(await repo.findPayload(db, model, 'id', id)),
  findByUid: async (uid) => toPayload(await repo.findPayload(db, model, 'uid', uid)),
  findByUserCode: async (userCode) => toPayload(await repo.findPayload(db, model, 'userCode', userCode)),
  upsert: async (id, payload, expiresIn) => {
    await repo.upsertPayload(db, {
      model,
      id,
      payload,
      grantId: payload.grantId ?? null,
      userCode: payload.userCode ?? null,
      uid: payload.uid ?? null,
      expiresAt: expiresIn ? new Date(Date.now() + expiresIn * 1000) : null,
    });
    await onWrite();
  },
  consume: async (id) => {
    await repo.consumePayload(db, model, id);
  },
  destroy: async (id) => {
    await repo.deletePayload(db, model, id);
  },
  revokeByGrantId: async (grantId) => {
    await repo.deletePayloadsOfGrant(db, model, grantId);
  },
});

/** The adapter factory the provider calls once per model: every model lives in oidc_payloads, clients in oidc_clients. */
export const createAdapterFactory = (db: Db) => {
  let writes = 0;
  const sweep = async () => {
    writes += 1;
    if (writes % SWEEP_EVERY_WRITES === 0) await repo.deleteExpiredPayloads(db);
  };
  return (model: string): Adapter => (model === 'Client' ? clientAdapter(db) : payloadAdapter(db, model, sweep));
};

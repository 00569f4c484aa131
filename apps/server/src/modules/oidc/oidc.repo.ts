import { and, asc, eq, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { offices } from '../identity/identity.schema.ts';
import { oidcClients, oidcPayloads } from './oidc.schema.ts';

export type ClientRow = typeof oidcClients.$inferSelect;
export type PayloadRow = typeof oidcPayloads.$inferSelect;
type LookupColumn = 'id' | 'uid' | 'userCode';

const notExpired = or(isNull(oidcPayloads.expiresAt), sql`${oidcPayloads.expiresAt} > now()`);

/** One stored provider model (session, grant, code, token…) that has not expired. */
export const findPayload = async (db: Db, model: string, column: LookupColumn, value: string) =>
  (
    await db
      .select()
      .from(oidcPayloads)
      .where(and(eq(oidcPayloads.model, model), eq(oidcPayloads[column], value), notExpired))
      .limit(1)
  )[0];

export const upsertPayload = (db: Db, row: typeof oidcPayloads.$inferInsert) =>
  db
    .insert(oidcPayloads)
    .values(row)
    .onConflictDoUpdate({
      target: [oidcPayloads.model, oidcPayloads.id],
      set: {
        payload: row.payload,
        grantId: row.grantId,
        userCode: row.userCode,
        uid: row.uid,
        expiresAt: row.expiresAt,
        consumedAt: null,
      },
    });

export const consumePayload = (db: Db, model: string, id: string) =>
  db
    .update(oidcPayloads)
    .set({ consumedAt: new Date() })
    .where(and(eq(oidcPayloads.model, model), eq(oidcPayloads.id, id)));

export const deletePayload = (db: Db, model: string, id: string) =>
  db.delete(oidcPayloads).where(and(eq(oidcPayloads.model, model), eq(oidcPayloads.id, id)));

export const deletePayloadsOfGrant = (db: Db, model: string, grantId: string) =>
  db.delete(oidcPayloads).where(and(eq(oidcPayloads.model, model), eq(oidcPayloads.grantId, grantId)));

export const deleteExpiredPayloads = (db: Db) => db.delete(oidcPayloads).where(lte(oidcPayloads.expiresAt, new Date()));

/** Every grant, code and token issued to a client (their payloads name it as clientId). */
export const deletePayloadsOfClient = (db: Db, clientId: string) =>
  db.delete(oidcPayloads).where(sql`${oidcPayloads.payload}->>'clientId' = ${clientId}`);

/** Columns the access policy filters client lists on. */
export const clientAccessColumns = { officeId: oidcClients.ownerOfficeId, officePath: offices.path };

/** A client application with the path of the office that owns it, for the access policy. */
const clientWithOffice = { client: oidcClients, officePath: offices.path };

export const findClient = async (db: Db, clientId: string) =>
  (
    await db
      .select(clientWithOffice)
      .from(oidcClients)
      .innerJoin(offices, eq(offices.id, oidcClients.ownerOfficeId))
      .where(eq(oidcClients.clientId, clientId))
  )[0];

export const findActiveClient = async (db: Db, clientId: string): Promise<ClientRow | undefined> =>
  (
    await db
      .select()
      .from(oidcClients)
      .where(and(eq(oidcClients.clientId, clientId), eq(oidcClients.status, 'active')))
  )[0];

export const listClients = (db: Db, filter: SQL) =>
  db
    .select(clientWithOffice)
    .from(oidcClients)
    .innerJoin(offices, eq(offices.id, oidcClients.ownerOfficeId))
    .where(filter)
    .orderBy(asc(oidcClients.name), asc(oidcClients.createdAt));

export const insertClient = async (db: Db, row: typeof oidcClients.$inferInsert): Promise<ClientRow> => {
  const [inserted] = await db.insert(oidcClients).values(row).returning();
  if (!inserted) throw new Error('insert into oidc_clients returned no row');
  return inserted;
};

export const updateClientStatus = (db: Db, clientId: string, status: 'active' | 'revoked') =>
  db.update(oidcClients).set({ status }).where(eq(oidcClients.clientId, clientId));

import { eq } from 'drizzle-orm';
import { serverKeys } from '../modules/oidc/oidc.schema.ts';
import type { Db } from './db.ts';

/** Reads a server key, creating it on first use; concurrent first starts agree on one value. */
export const getOrCreateKey = async <T>(db: Db, name: string, create: () => T | Promise<T>): Promise<T> => {
  const [existing] = await db.select().from(serverKeys).where(eq(serverKeys.name, name));
  if (existing) return existing.value as T;
  await db
    .insert(serverKeys)
    .values({ name, value: await create() })
    .onConflictDoNothing();
  const [stored] = await db.select().from(serverKeys).where(eq(serverKeys.name, name));
  return stored?.value as T;
};

import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { settings } from './identity.schema.ts';

export const readSetting = async <T>(db: Db, key: string, fallback: T): Promise<T> => {
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  return row ? (JSON.parse(row.value) as T) : fallback;
};

export const writeSetting = (db: Db, key: string, value: unknown) =>
  db
    .insert(settings)
    .values({ key, value: JSON.stringify(value) })
    .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(value), updatedAt: sql`now()` } });

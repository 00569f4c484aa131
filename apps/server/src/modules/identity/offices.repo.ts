import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { officeEvents, officeLevels, offices } from './identity.schema.ts';

export type OfficeRow = typeof offices.$inferSelect;

export const listOfficeLevels = (db: Db) => db.select().from(officeLevels).orderBy(asc(officeLevels.rank));

export const insertOfficeLevels = (db: Db, rows: (typeof officeLevels.$inferInsert)[]) =>
  db.insert(officeLevels).values(rows).onConflictDoNothing();

export const findOfficeLevel = async (db: Db, code: string) =>
  (await db.select().from(officeLevels).where(eq(officeLevels.code, code)))[0];

export const findOffice = async (db: Db, id: string): Promise<OfficeRow | undefined> =>
  (await db.select().from(offices).where(eq(offices.id, id)))[0];

export const findOfficeByCode = async (db: Db, code: string): Promise<OfficeRow | undefined> =>
  (await db.select().from(offices).where(eq(offices.code, code)))[0];

export const findOfficesByIds = (db: Db, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.select().from(offices).where(inArray(offices.id, ids));

export const listOffices = (db: Db, { includeClosed }: { includeClosed: boolean }) =>
  db
    .select()
    .from(offices)
    .where(includeClosed ? undefined : eq(offices.status, 'active'))
    .orderBy(asc(offices.path), asc(offices.code));

export const insertOffice = (db: Db, row: typeof offices.$inferInsert) => db.insert(offices).values(row);

export const updateOffice = (db: Db, id: string, patch: Partial<typeof offices.$inferInsert>) =>
  db.update(offices).set(patch).where(eq(offices.id, id));

/** Moves an office and everything below it under a new parent, rewriting the subtree's paths. */
export const moveSubtree = async (db: Db, node: OfficeRow, newParent: OfficeRow): Promise<void> => {
  const newPath = `${newParent.path}${node.id}/`;
  await db
    .update(offices)
    .set({ path: sql`${newPath} || substr(${offices.path}, ${node.path.length + 1})` })
    .where(sql`${offices.path} LIKE ${`${node.path}%`}`);
  await db.update(offices).set({ parentId: newParent.id }).where(eq(offices.id, node.id));
};

export const listChildren = (db: Db, parentId: string) =>
  db
    .select()
    .from(offices)
    .where(and(eq(offices.parentId, parentId), eq(offices.status, 'active')));

export const insertOfficeEvent = (db: Db, row: typeof officeEvents.$inferInsert) => db.insert(officeEvents).values(row);

export const listOfficeEvents = (db: Db, officeId: string) =>
  db
    .select()
    .from(officeEvents)
    .where(
      sql`${officeId}::uuid = ANY(${officeEvents.fromOfficeIds}) OR ${officeId}::uuid = ANY(${officeEvents.toOfficeIds})`,
    )
    .orderBy(asc(officeEvents.createdAt));

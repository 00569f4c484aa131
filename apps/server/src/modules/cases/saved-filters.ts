import { type SavedFilter, type SavedFilterInput, ZSavedFilterInput } from '@eprocuracy/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { savedFilters } from './cases.schema.ts';

/** An officer keeps at most this many named filters. */
const MAX_FILTERS = 50;

const present = (row: typeof savedFilters.$inferSelect): SavedFilter => ({
  id: row.id,
  name: row.name,
  query: row.query,
  createdAt: row.createdAt.toISOString(),
});

/** The actor's own saved case-list filters, by name. */
export const listSavedFilters = async (ctx: Ctx): Promise<SavedFilter[]> =>
  (
    await ctx.db
      .select()
      .from(savedFilters)
      .where(eq(savedFilters.officerId, ctx.actor.officerId))
      .orderBy(asc(savedFilters.name))
  ).map(present);

/** Saves the current filters under a name (a name already used is refused). */
export const saveFilter = async (ctx: Ctx, input: SavedFilterInput): Promise<SavedFilter> => {
  const { name, query } = ZSavedFilterInput.parse(input);
  const existing = await listSavedFilters(ctx);
  if (existing.some((f) => f.name === name)) {
    throw conflict({ vi: 'Đã có bộ lọc cùng tên', en: 'A filter with this name exists' }, [
      { field: 'name', vi: 'Tên đã được dùng', en: 'Name already used' },
    ]);
  }
  if (existing.length >= MAX_FILTERS) {
    throw conflict({ vi: `Tối đa ${MAX_FILTERS} bộ lọc`, en: `At most ${MAX_FILTERS} filters` });
  }
  const row = { id: newId(), officerId: ctx.actor.officerId, name, query, createdAt: new Date() };
  await ctx.db.insert(savedFilters).values(row);
  return present(row);
};

/** Deletes one of the actor's filters; someone else's is not found. */
export const deleteSavedFilter = async (ctx: Ctx, id: string): Promise<void> => {
  const deleted = await ctx.db
    .delete(savedFilters)
    .where(and(eq(savedFilters.id, id), eq(savedFilters.officerId, ctx.actor.officerId)))
    .returning({ id: savedFilters.id });
  if (deleted.length === 0) throw notFound();
};

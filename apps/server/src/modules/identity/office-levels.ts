import type { OfficeLevel } from '@eprocuracy/domain';
import { eq } from 'drizzle-orm';
import { appendAudit, diffFields } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import { officeLevels } from './identity.schema.ts';
import { findOfficeLevel } from './offices.repo.ts';

/** Office levels are platform-wide: only an administrator of the root office changes them. */
const assertRootAdmin = (ctx: Ctx) => {
  if (!ctx.actor.roles.includes('admin') || ctx.actor.officePath.length !== 1) throw forbidden();
};

/** Adds a level (e.g. after a reform introduces one). */
export const createOfficeLevel = async (ctx: Ctx, input: OfficeLevel): Promise<OfficeLevel> => {
  assertRootAdmin(ctx);
  if (await findOfficeLevel(ctx.db, input.code)) {
    throw conflict({ vi: `Cấp ${input.code} đã tồn tại`, en: `Level ${input.code} already exists` }, [
      { field: 'code', vi: 'Mã cấp đã được dùng', en: 'Level code already in use' },
    ]);
  }
  await ctx.db.transaction(async (tx) => {
    await tx.insert(officeLevels).values(input);
    await appendAudit(tx, ctx.audit, {
      action: 'office_level.create',
      entityType: 'office_level',
      entityId: input.code,
      changes: diffFields(null, input),
    });
  });
  return input;
};

/** Renames a level or changes its rank. */
export const updateOfficeLevel = async (
  ctx: Ctx,
  code: string,
  patch: Partial<Omit<OfficeLevel, 'code'>>,
): Promise<OfficeLevel> => {
  assertRootAdmin(ctx);
  const before = await findOfficeLevel(ctx.db, code);
  if (!before) throw notFound();
  const after = { ...before, ...patch };
  await ctx.db.transaction(async (tx) => {
    await tx.update(officeLevels).set(patch).where(eq(officeLevels.code, code));
    await appendAudit(tx, ctx.audit, {
      action: 'office_level.update',
      entityType: 'office_level',
      entityId: code,
      changes: diffFields(before, after),
    });
  });
  return after;
};

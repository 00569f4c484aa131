import type { Role } from '@eprocuracy/domain';
import { appendAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { MFA_ROLES_SETTING } from './auth.ts';
import { readSetting, writeSetting } from './settings.repo.ts';

/** Only an administrator of the root office sets platform-wide security settings. */
const assertRootAdmin = (ctx: Ctx) => {
  if (!ctx.actor.roles.includes('admin') || ctx.actor.officePath.length !== 1) throw forbidden();
};

/** Roles whose officers must sign in with a second factor. */
export const getMfaRoles = async (ctx: Ctx): Promise<Role[]> => {
  assertRootAdmin(ctx);
  return readSetting<Role[]>(ctx.db, MFA_ROLES_SETTING, []);
};

export const setMfaRoles = async (ctx: Ctx, roles: Role[]): Promise<Role[]> => {
  assertRootAdmin(ctx);
  const before = await readSetting<Role[]>(ctx.db, MFA_ROLES_SETTING, []);
  const unique = [...new Set(roles)];
  await ctx.db.transaction(async (tx) => {
    await writeSetting(tx, MFA_ROLES_SETTING, unique);
    await appendAudit(tx, ctx.audit, {
      action: 'settings.mfa_roles',
      entityType: 'setting',
      entityId: MFA_ROLES_SETTING,
      changes: { roles: { before, after: unique } },
    });
  });
  return unique;
};

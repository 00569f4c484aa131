import { isStrongPassword } from '@eprocuracy/domain';
import { appendAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { hashPassword, verifyPassword } from '../../platform/passwords.ts';
import * as officersRepo from './officers.repo.ts';
import * as sessionsRepo from './sessions.repo.ts';
import { isValidTotp, newRecoveryCodes, newTotpEnrolment } from './totp.ts';

const ownRow = async (ctx: Ctx) => {
  const found = await officersRepo.findOfficer(ctx.db, ctx.actor.officerId);
  if (!found) throw new AppError('UNAUTHENTICATED');
  return found.officer;
};

/** Changes the actor's own password; other sessions end, the current one stays. */
export const changePassword = async (ctx: Ctx, sessionId: string, currentPassword: string, newPassword: string) => {
  const officer = await ownRow(ctx);
  if (!(await verifyPassword(officer.passwordHash, currentPassword))) {
    throw invalid([{ field: 'currentPassword', vi: 'Mật khẩu hiện tại không đúng', en: 'Current password is wrong' }]);
  }
  if (!isStrongPassword(newPassword) || newPassword.toLowerCase().includes(officer.username)) {
    throw invalid([
      {
        field: 'newPassword',
        vi: 'Mật khẩu mới quá yếu hoặc chứa tên đăng nhập',
        en: 'New password is weak or contains the username',
      },
    ]);
  }
  if (await verifyPassword(officer.passwordHash, newPassword)) {
    throw invalid([
      {
        field: 'newPassword',
        vi: 'Mật khẩu mới phải khác mật khẩu cũ',
        en: 'New password must differ from the old one',
      },
    ]);
  }
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    await officersRepo.updateOfficer(tx, officer.id, {
      passwordHash,
      passwordChangedAt: new Date(),
      mustChangePassword: false,
    });
    const others = (await sessionsRepo.listLiveSessions(tx, officer.id, new Date())).filter((s) => s.id !== sessionId);
    for (const session of others) await sessionsRepo.revokeSession(tx, session.id);
    await appendAudit(tx, ctx.audit, {
      action: 'account.change_password',
      entityType: 'officer',
      entityId: officer.id,
    });
  });
};

/** Starts TOTP enrolment: a pending secret, shown as a QR code, confirmed by the first code. */
export const startTotpEnrolment = async (ctx: Ctx) => {
  const officer = await ownRow(ctx);
  const enrolment = await newTotpEnrolment(officer.username);
  await officersRepo.updateOfficer(ctx.db, officer.id, { totpPendingSecret: enrolment.secret });
  return enrolment;
};

/** Confirms enrolment with a code from the app; returns the recovery codes, shown only this once. */
export const confirmTotpEnrolment = async (ctx: Ctx, sessionId: string, code: string) => {
  const officer = await ownRow(ctx);
  if (!officer.totpPendingSecret || !isValidTotp(officer.totpPendingSecret, code)) {
    throw invalid([{ field: 'code', vi: 'Mã xác thực không đúng', en: 'Wrong code' }]);
  }
  const recovery = newRecoveryCodes();
  await ctx.db.transaction(async (tx) => {
    await officersRepo.updateOfficer(tx, officer.id, {
      totpSecret: officer.totpPendingSecret,
      totpPendingSecret: null,
      totpEnabled: true,
      recoveryCodeHashes: recovery.hashes,
    });
    await sessionsRepo.updateSession(tx, sessionId, { state: 'active' });
    await appendAudit(tx, ctx.audit, { action: 'account.totp_enabled', entityType: 'officer', entityId: officer.id });
  });
  return { recoveryCodes: recovery.codes };
};

/** Live sessions of the actor, for the profile page. */
export const listOwnSessions = async (ctx: Ctx) =>
  (await sessionsRepo.listLiveSessions(ctx.db, ctx.actor.officerId, new Date())).map((s) => ({
    id: s.id,
    ip: s.ip,
    userAgent: s.userAgent,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
  }));

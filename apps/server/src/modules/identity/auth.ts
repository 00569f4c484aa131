import type { LoginInput, TotpInput } from '@eprocuracy/domain';
import type { Config } from '../../config.ts';
import { type AuditContext, appendAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { randomToken, sha256, verifyAgainstDummy, verifyPassword } from '../../platform/passwords.ts';
import * as officersRepo from './officers.repo.ts';
import * as sessionsRepo from './sessions.repo.ts';
import { readSetting } from './settings.repo.ts';
import { isValidTotp, normalizedHash } from './totp.ts';

export type SessionState = 'active' | 'mfa_pending' | 'mfa_enrol';
export type Client = { ip: string | null; userAgent: string | null };
type Deps = { db: Db; config: Config };

export const MFA_ROLES_SETTING = 'mfa_required_roles';

const anonymousAudit = (client: Client, officer?: officersRepo.OfficerRow): AuditContext => ({
  actorId: officer?.id ?? null,
  actorName: officer?.fullName ?? null,
  officeId: officer?.officeId ?? null,
  ip: client.ip,
});

const recordFailure = async (
  { db, config }: Deps,
  client: Client,
  officer: officersRepo.OfficerRow,
  reason: string,
) => {
  const failures = officer.failedLogins + 1;
  const locks = failures >= config.LOGIN_MAX_FAILURES;
  await db.transaction(async (tx) => {
    await officersRepo.updateOfficer(tx, officer.id, {
      failedLogins: locks ? 0 : failures,
      lockedUntil: locks ? new Date(Date.now() + config.LOGIN_LOCK_MINUTES * 60_000) : officer.lockedUntil,
    });
    await appendAudit(tx, anonymousAudit(client, officer), {
      action: locks ? 'auth.locked' : 'auth.login_failed',
      entityType: 'officer',
      entityId: officer.id,
      changes: { reason: { before: null, after: reason } },
    });
  });
};

const isLocked = (officer: officersRepo.OfficerRow) => officer.lockedUntil !== null && officer.lockedUntil > new Date();

/** Does any of the officer's roles require a second factor (an admin's setting)? */
const needsMfa = async (db: Db, roles: string[]) => {
  const required = await readSetting<string[]>(db, MFA_ROLES_SETTING, []);
  return roles.some((role) => required.includes(role));
};

const openSession = async (
  { db, config }: Deps,
  client: Client,
  officer: officersRepo.OfficerRow,
  state: SessionState,
) => {
  const token = randomToken();
  const now = new Date();
  await db.transaction(async (tx) => {
    await sessionsRepo.insertSession(tx, {
      id: newId(),
      officerId: officer.id,
      tokenHash: sha256(token),
      state,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(now.getTime() + config.SESSION_ABSOLUTE_HOURS * 3_600_000),
    });
    await officersRepo.updateOfficer(tx, officer.id, { failedLogins: 0, lockedUntil: null });
    await appendAudit(tx, anonymousAudit(client, officer), {
      action: state === 'active' ? 'auth.login' : 'auth.password_ok',
      entityType: 'officer',
      entityId: officer.id,
    });
  });
  return { token, state };
};

/** First sign-in step: username and password. A locked or unknown account gets the same answer timing. */
export const login = async (deps: Deps, client: Client, input: LoginInput) => {
  const found = await officersRepo.findOfficerByUsername(deps.db, input.username);
  if (found?.officer.status !== 'active') {
    await verifyAgainstDummy(input.password);
    await deps.db.transaction((tx) =>
      appendAudit(tx, anonymousAudit(client), {
        action: 'auth.login_failed',
        entityType: 'username',
        entityId: input.username.slice(0, 64),
      }),
    );
    throw new AppError('BAD_CREDENTIALS');
  }
  const { officer } = found;
  if (isLocked(officer)) {
    await verifyAgainstDummy(input.password);
    throw new AppError('LOCKED');
  }
  if (!(await verifyPassword(officer.passwordHash, input.password))) {
    await recordFailure(deps, client, officer, 'password');
    throw new AppError('BAD_CREDENTIALS');
  }
  const state: SessionState = officer.totpEnabled
    ? 'mfa_pending'
    : (await needsMfa(deps.db, officer.roles))
      ? 'mfa_enrol'
      : 'active';
  return openSession(deps, client, officer, state);
};

/** Second sign-in step: a TOTP code or an unused recovery code. Rotates the session token. */
export const completeMfa = async (deps: Deps, client: Client, session: sessionsRepo.SessionRow, input: TotpInput) => {
  if (!input.code && !input.recoveryCode) {
    throw invalid([{ field: 'code', vi: 'Nhập mã xác thực hoặc mã khôi phục', en: 'Enter a code or a recovery code' }]);
  }
  const found = await officersRepo.findOfficer(deps.db, session.officerId);
  if (!found || session.state !== 'mfa_pending' || !found.officer.totpSecret) throw new AppError('UNAUTHENTICATED');
  const { officer } = found;
  if (isLocked(officer)) throw new AppError('LOCKED');
  const recoveryHash = input.recoveryCode ? normalizedHash(input.recoveryCode) : null;
  const ok = input.code
    ? isValidTotp(officer.totpSecret as string, input.code)
    : officer.recoveryCodeHashes.includes(recoveryHash as string);
  if (!ok) {
    await recordFailure(deps, client, officer, input.code ? 'totp' : 'recovery_code');
    throw new AppError('BAD_CREDENTIALS', { vi: 'Mã xác thực không đúng', en: 'Wrong code' });
  }
  const token = randomToken();
  await deps.db.transaction(async (tx) => {
    if (recoveryHash) {
      await officersRepo.updateOfficer(tx, officer.id, {
        recoveryCodeHashes: officer.recoveryCodeHashes.filter((h) => h !== recoveryHash),
      });
    }
    await officersRepo.updateOfficer(tx, officer.id, { failedLogins: 0 });
    await sessionsRepo.updateSession(tx, session.id, {
      state: 'active',
      tokenHash: sha256(token),
      previousTokenHash: null,
      rotatedAt: new Date(),
    });
    await appendAudit(tx, anonymousAudit(client, officer), {
      action: recoveryHash ? 'auth.login_recovery_code' : 'auth.login',
      entityType: 'officer',
      entityId: officer.id,
    });
  });
  return { token, state: 'active' as const };
};

export const logout = async (db: Db, audit: AuditContext, sessionId: string, everywhere: boolean) =>
  db.transaction(async (tx) => {
    if (everywhere && audit.actorId) await sessionsRepo.revokeAllSessions(tx, audit.actorId);
    else await sessionsRepo.revokeSession(tx, sessionId);
    await appendAudit(tx, audit, {
      action: everywhere ? 'auth.logout_all' : 'auth.logout',
      entityType: 'officer',
      entityId: audit.actorId ?? undefined,
    });
  });

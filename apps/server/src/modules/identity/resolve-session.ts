import type { Role, Secrecy } from '@eprocuracy/domain';
import type { Config } from '../../config.ts';
import { type SignedInActor, splitPath } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { randomToken, sha256 } from '../../platform/passwords.ts';
import * as officersRepo from './officers.repo.ts';
import { cacheSession, forgetSession, readCachedSession } from './session-cache.ts';
import * as sessionsRepo from './sessions.repo.ts';

type Deps = { db: Db; config: Config };

/** Seconds a rotated-out token keeps working, for requests already in flight. */
const ROTATION_GRACE_MS = 60_000;
/** last_seen_at is refreshed at most this often, so reads do not turn into writes. */
const TOUCH_EVERY_MS = 60_000;

export type ResolvedSession = {
  session: sessionsRepo.SessionRow;
  actor: SignedInActor;
  mustChangePassword: boolean;
  passwordChangedAt: Date;
  totpEnabled: boolean;
  position: string;
  officeName: string;
  officeCode: string;
  /** A fresh token to set in the cookie when the session was rotated. */
  rotatedToken: string | null;
};

/** Can a cached resolution answer this request without touching the database? */
const isServableFromCache = (resolved: ResolvedSession, hash: string, config: Config, now: number) =>
  resolved.session.tokenHash === hash &&
  resolved.session.expiresAt.getTime() > now &&
  now - resolved.session.lastSeenAt.getTime() <= TOUCH_EVERY_MS &&
  now - resolved.session.rotatedAt.getTime() <= config.SESSION_ROTATE_MINUTES * 60_000;

/** Finds the live session for a cookie token, enforcing idle and absolute timeouts and rotating the token. */
export const resolveSession = async (
  { db, config }: Deps,
  token: string,
  now = new Date(),
): Promise<ResolvedSession | null> => {
  const hash = sha256(token);
  const cached = readCachedSession<ResolvedSession>(hash, now.getTime());
  if (cached && isServableFromCache(cached, hash, config, now.getTime())) return cached;
  const resolved = await resolveFromDatabase({ db, config }, hash, now);
  forgetSession(hash);
  if (resolved) {
    const current = resolved.rotatedToken ? sha256(resolved.rotatedToken) : hash;
    cacheSession(current, { ...resolved, rotatedToken: null }, now.getTime());
  }
  return resolved;
};

const resolveFromDatabase = async ({ db, config }: Deps, hash: string, now: Date): Promise<ResolvedSession | null> => {
  const session = await sessionsRepo.findLiveSession(db, hash, now);
  if (!session) return null;
  const isPrevious = session.tokenHash !== hash;
  if (isPrevious && now.getTime() - session.rotatedAt.getTime() > ROTATION_GRACE_MS) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > config.SESSION_IDLE_MINUTES * 60_000) {
    await sessionsRepo.revokeSession(db, session.id);
    return null;
  }
  const found = await officersRepo.findOfficer(db, session.officerId);
  if (found?.officer.status !== 'active') return null;
  let rotatedToken: string | null = null;
  const patch: Partial<sessionsRepo.SessionRow> = {};
  if (!isPrevious && now.getTime() - session.rotatedAt.getTime() > config.SESSION_ROTATE_MINUTES * 60_000) {
    rotatedToken = randomToken();
    Object.assign(patch, { tokenHash: sha256(rotatedToken), previousTokenHash: hash, rotatedAt: now });
  }
  if (rotatedToken || now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    Object.assign(patch, { lastSeenAt: now });
    await sessionsRepo.updateSession(db, session.id, patch);
  }
  const { officer } = found;
  return {
    session: { ...session, ...patch },
    rotatedToken,
    mustChangePassword: officer.mustChangePassword,
    passwordChangedAt: officer.passwordChangedAt,
    totpEnabled: officer.totpEnabled,
    position: officer.position,
    officeName: found.officeName,
    officeCode: found.officeCode,
    actor: {
      officerId: officer.id,
      officeId: officer.officeId,
      officePath: splitPath(found.officePath),
      roles: officer.roles as Role[],
      clearance: officer.clearance as Secrecy,
      fullName: officer.fullName,
      username: officer.username,
    },
  };
};

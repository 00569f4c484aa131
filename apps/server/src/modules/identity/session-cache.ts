import { onAuditedWrite } from '../../platform/audit.ts';

/**
 * Resolved sessions kept in memory for a few seconds, so an authenticated read costs no query.
 * Any audited write (sign-out, role change, transfer, password change…) empties the cache; another
 * server process sees such a change within the time-to-live at the latest.
 */
const TTL_MS = 10_000;
const MAX_ENTRIES = 50_000;

type Entry<T> = { value: T; cachedAt: number };
const entries = new Map<string, Entry<unknown>>();

export const readCachedSession = <T>(tokenHash: string, now: number): T | undefined => {
  const entry = entries.get(tokenHash);
  if (!entry) return undefined;
  if (now - entry.cachedAt > TTL_MS) {
    entries.delete(tokenHash);
    return undefined;
  }
  return entry.value as T;
};

export const cacheSession = <T>(tokenHash: string, value: T, now: number): void => {
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(tokenHash, { value, cachedAt: now });
};

export const forgetSession = (tokenHash: string): void => {
  entries.delete(tokenHash);
};

/** Empties the cache; tests that change the database behind the services' back call it too. */
export const forgetAllSessions = (): void => entries.clear();

onAuditedWrite(forgetAllSessions);

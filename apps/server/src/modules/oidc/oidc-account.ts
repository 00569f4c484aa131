import { ZId } from '@eprocuracy/domain';
import type { Account } from 'oidc-provider';
import type { Db } from '../../platform/db.ts';
import { findOfficer } from '../identity/officers.repo.ts';

/** Claims released under each scope; `procuracy` carries the officer's place in the organisation. */
export const CLAIMS_BY_SCOPE = {
  openid: ['sub'],
  profile: ['name', 'preferred_username'],
  email: ['email'],
  procuracy: ['office_id', 'office_code', 'office_name', 'roles', 'position', 'clearance'],
} as const;

export const SCOPES = Object.keys(CLAIMS_BY_SCOPE);

/** The officer behind a subject (the officer id, their stable digital identifier); inactive officers have none. */
export const findAccount = async (db: Db, sub: string): Promise<Account | undefined> => {
  if (!ZId.safeParse(sub).success) return undefined;
  const found = await findOfficer(db, sub);
  if (found?.officer.status !== 'active') return undefined;
  const { officer } = found;
  return {
    accountId: officer.id,
    // The provider keeps only the claims of the scopes the client was granted.
    claims: async () => ({
      sub: officer.id,
      name: officer.fullName,
      preferred_username: officer.username,
      ...(officer.email ? { email: officer.email } : {}),
      office_id: officer.officeId,
      office_code: found.officeCode,
      office_name: found.officeName,
      roles: officer.roles,
      position: officer.position,
      clearance: officer.clearance,
    }),
  };
};

import { randomBytes } from 'node:crypto';
import type { Db } from '../../../platform/db.ts';
import { getOrCreateKey } from '../../../platform/keys.ts';
import type { SigningConfig } from './signing-config.ts';

/** The password of the .p12 files: SIGNING_P12_PASSWORD, or a random one kept in the database. */
export const signingPassword = async (config: SigningConfig, db: Db): Promise<string> =>
  config.SIGNING_P12_PASSWORD ??
  (await getOrCreateKey(db, 'signing_p12_password', () => randomBytes(24).toString('base64url')));

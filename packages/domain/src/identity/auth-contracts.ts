import { z } from 'zod';
import { ZId, ZPassword, ZUsername } from './common-contracts.ts';
import { ZPosition, ZRole, ZSecrecy } from './vocab.ts';

export const ZLoginInput = z.strictObject({
  username: ZUsername,
  password: z.string().min(1).max(256),
});
export type LoginInput = z.infer<typeof ZLoginInput>;

export const ZTotpInput = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'totp.format')
    .optional(),
  recoveryCode: z.string().trim().min(8).max(32).optional(),
});
export type TotpInput = z.infer<typeof ZTotpInput>;

/** State of the session after a sign-in step. */
export const ZSessionState = z.enum(['active', 'mfa_pending', 'mfa_enrol']);

export const ZMe = z.object({
  officerId: ZId,
  username: z.string(),
  fullName: z.string(),
  officeId: ZId,
  officeName: z.string(),
  officeCode: z.string(),
  position: ZPosition,
  roles: z.array(ZRole),
  clearance: ZSecrecy,
  totpEnabled: z.boolean(),
  sessionState: ZSessionState,
  mustChangePassword: z.boolean(),
  passwordChangedAt: z.string().describe('When the password was last changed (ISO 8601)'),
});
export type Me = z.infer<typeof ZMe>;

export const ZChangePasswordInput = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: ZPassword,
});

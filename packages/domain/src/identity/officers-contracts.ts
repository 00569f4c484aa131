import { z } from 'zod';
import { ZId, ZLocalDate, ZPassword, ZUsername, zText } from './common-contracts.ts';
import { ZOfficerStatus, ZPosition, ZRole, ZSecrecy } from './vocab.ts';

export const ZOfficer = z.object({
  id: ZId,
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  officeId: ZId,
  officeName: z.string(),
  position: ZPosition,
  roles: z.array(ZRole),
  clearance: ZSecrecy,
  status: ZOfficerStatus,
  totpEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type Officer = z.infer<typeof ZOfficer>;

export const ZCreateOfficerInput = z.strictObject({
  username: ZUsername,
  fullName: zText(120),
  email: z.email().max(200).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,20}$/, 'phone.format')
    .optional(),
  officeId: ZId,
  position: ZPosition,
  roles: z.array(ZRole).min(1).max(7).optional(),
  clearance: ZSecrecy.default('normal'),
  password: ZPassword,
});
export type CreateOfficerInput = z.input<typeof ZCreateOfficerInput>;

export const ZUpdateOfficerInput = z.strictObject({
  fullName: zText(120).optional(),
  email: z.email().max(200).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,20}$/, 'phone.format')
    .nullable()
    .optional(),
  position: ZPosition.optional(),
  roles: z.array(ZRole).min(1).max(7).optional(),
  clearance: ZSecrecy.optional(),
  status: ZOfficerStatus.optional(),
});
export type UpdateOfficerInput = z.infer<typeof ZUpdateOfficerInput>;

export const ZTransferOfficerInput = z.strictObject({
  toOfficeId: ZId,
  position: ZPosition.optional(),
  effectiveDate: ZLocalDate,
  reason: zText(1000),
});
export type TransferOfficerInput = z.infer<typeof ZTransferOfficerInput>;

export const ZPosting = z.object({
  officeId: ZId,
  officeName: z.string(),
  position: ZPosition,
  fromDate: ZLocalDate,
  toDate: ZLocalDate.nullable(),
  reason: z.string().nullable(),
});

export const ZOfficerListQuery = z.strictObject({
  officeId: ZId.optional(),
  /** Include the offices below `officeId`. */
  subtree: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  status: ZOfficerStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type OfficerListQuery = z.infer<typeof ZOfficerListQuery>;

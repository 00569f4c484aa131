import { z } from 'zod';
import { ZOfficerStatus, ZOfficeStatus, ZPosition, ZRole, ZSecrecy } from './vocab.ts';

const hasControlChars = (s: string): boolean =>
  [...s].some((ch) => {
    const code = ch.charCodeAt(0);
    return (code < 32 && ch !== '\t' && ch !== '\n' && ch !== '\r') || code === 127;
  });

/** Free text from a person: trimmed, no control characters (HTML and SQL are stored as plain text). */
export const zText = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !hasControlChars(s), 'text.control_chars');

export const ZId = z.uuid().describe('UUIDv7 identifier');
export const ZOfficeCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9._-]{0,31}$/, 'office.code_format')
  .describe('Office code, upper-case letters, digits, dot, dash or underscore');
export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'username.format')
  .describe('Sign-in name: 3–64 lower-case letters, digits, dot, dash or underscore');
export const ZLocalDate = z.iso.date().describe('Calendar date (YYYY-MM-DD), Asia/Ho_Chi_Minh');

export const isStrongPassword = (password: string): boolean =>
  password.length >= 12 &&
  /[a-z]/.test(password) &&
  /[A-Z]/.test(password) &&
  /[0-9]/.test(password) &&
  /[^A-Za-z0-9]/.test(password);
export const ZPassword = z.string().max(256).refine(isStrongPassword, 'password.weak');

// ── Auth ────────────────────────────────────────────────────────────────────
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

// ── Offices ─────────────────────────────────────────────────────────────────
export const ZOfficeLevel = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  rank: z.number().int(),
});
export type OfficeLevel = z.infer<typeof ZOfficeLevel>;

export const ZCreateOfficeLevelInput = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,31}$/),
  nameVi: zText(100),
  nameEn: zText(100),
  rank: z.number().int().min(0).max(20).describe('0 is the top of the tree; children must have a greater rank'),
});
export const ZUpdateOfficeLevelInput = ZCreateOfficeLevelInput.omit({ code: true }).partial().strict();

export const ZOffice = z.object({
  id: ZId,
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  address: z.string().nullable(),
  levelCode: z.string(),
  parentId: ZId.nullable(),
  status: ZOfficeStatus,
  validFrom: ZLocalDate,
  validTo: ZLocalDate.nullable(),
});
export type Office = z.infer<typeof ZOffice>;

export const ZCreateOfficeInput = z.strictObject({
  code: ZOfficeCode,
  name: zText(200),
  nameEn: zText(200).optional(),
  address: zText(500).optional(),
  levelCode: z.string().min(1).max(32),
  parentId: ZId.nullable().optional(),
  validFrom: ZLocalDate.optional(),
});
export type CreateOfficeInput = z.infer<typeof ZCreateOfficeInput>;

export const ZUpdateOfficeInput = z.strictObject({
  name: zText(200).optional(),
  nameEn: zText(200).nullable().optional(),
  address: zText(500).nullable().optional(),
});
export type UpdateOfficeInput = z.infer<typeof ZUpdateOfficeInput>;

const ZNewOffice = ZCreateOfficeInput.omit({ parentId: true, validFrom: true, levelCode: true });

/** Merge: several offices become one (an existing office or a new one); the old ones close. */
export const ZMergeOfficesInput = z.strictObject({
  sourceIds: z.array(ZId).min(1).max(50),
  into: z.union([z.strictObject({ existingId: ZId }), z.strictObject({ newOffice: ZNewOffice })]),
  effectiveDate: ZLocalDate,
  reason: zText(1000),
});
export type MergeOfficesInput = z.infer<typeof ZMergeOfficesInput>;

/** Split: one office closes and its work passes to two or more new offices under the same parent. */
export const ZSplitOfficeInput = z.strictObject({
  sourceId: ZId,
  into: z.array(ZNewOffice).min(2).max(20),
  effectiveDate: ZLocalDate,
  reason: zText(1000),
});
export type SplitOfficeInput = z.infer<typeof ZSplitOfficeInput>;

export const ZOfficeEvent = z.object({
  id: ZId,
  kind: z.enum(['created', 'merged', 'split', 'updated']),
  effectiveDate: ZLocalDate,
  reason: z.string().nullable(),
  fromOfficeIds: z.array(ZId),
  toOfficeIds: z.array(ZId),
  createdAt: z.string(),
});

// ── Officers ────────────────────────────────────────────────────────────────
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

// ── Audit ───────────────────────────────────────────────────────────────────
export const ZAuditQuery = z.strictObject({
  actorId: ZId.optional(),
  officeId: ZId.optional(),
  action: z.string().max(64).optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: ZId.nullable(),
  actorName: z.string().nullable(),
  officeId: ZId.nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })).nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof ZAuditEntry>;

// ── OIDC client applications ────────────────────────────────────────────────
export const ZCreateClientInput = z.strictObject({
  name: zText(120),
  redirectUris: z
    .array(z.url({ protocol: /^https?$/ }))
    .min(1)
    .max(10),
  postLogoutRedirectUris: z
    .array(z.url({ protocol: /^https?$/ }))
    .max(10)
    .default([]),
  /** Public clients (SPAs, mobile) use PKCE without a secret. */
  confidential: z.boolean().default(true),
});
export type CreateClientInput = z.input<typeof ZCreateClientInput>;

export const ZClientApp = z.object({
  clientId: z.string(),
  name: z.string(),
  redirectUris: z.array(z.string()),
  postLogoutRedirectUris: z.array(z.string()),
  confidential: z.boolean(),
  status: z.enum(['active', 'revoked']),
  createdAt: z.string(),
});
export type ClientApp = z.infer<typeof ZClientApp>;

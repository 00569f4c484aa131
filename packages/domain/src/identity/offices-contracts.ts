import { z } from 'zod';
import { ZId, ZLocalDate, ZOfficeCode, zText } from './common-contracts.ts';
import { ZOfficeStatus } from './vocab.ts';

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

import { z } from 'zod';

/** Principal penalties for a person (Penal Code Art. 32.1), least to most severe. */
export const PENALTY_KINDS = [
  'warning',
  'fine',
  'non_custodial_reform',
  'expulsion',
  'imprisonment',
  'life',
  'death',
] as const;
export const ZPenaltyKind = z.enum(PENALTY_KINDS);
export type PenaltyKind = z.infer<typeof ZPenaltyKind>;

/** A penalty range (khung hình phạt) of one clause, as applied to a person. Months are of imprisonment. */
export const ZPenaltyRange = z.strictObject({
  kinds: z.array(ZPenaltyKind).min(1),
  minMonths: z.number().int().nonnegative().optional().describe('minimum term of imprisonment, in months'),
  maxMonths: z.number().int().positive().optional().describe('maximum term of imprisonment, in months'),
  reformMaxMonths: z.number().int().positive().optional().describe('maximum term of non-custodial reform'),
  fineMin: z.number().int().nonnegative().optional().describe('minimum fine, VND'),
  fineMax: z.number().int().positive().optional().describe('maximum fine, VND'),
});
export type PenaltyRange = z.infer<typeof ZPenaltyRange>;

/** Penalties for a commercial legal person (Art. 33): fine, suspension for a term, permanent suspension. */
export const CORPORATE_PENALTY_KINDS = ['fine', 'suspension', 'permanent_suspension'] as const;
export const ZCorporatePenaltyKind = z.enum(CORPORATE_PENALTY_KINDS);
export type CorporatePenaltyKind = z.infer<typeof ZCorporatePenaltyKind>;

/** A corporate penalty range. */
export const ZCorporatePenalty = z.strictObject({
  kinds: z.array(ZCorporatePenaltyKind).min(1),
  fineMin: z.number().int().nonnegative().optional(),
  fineMax: z.number().int().positive().optional(),
  suspensionMinMonths: z.number().int().positive().optional(),
  suspensionMaxMonths: z.number().int().positive().optional(),
});
export type CorporatePenalty = z.infer<typeof ZCorporatePenalty>;

/** Additional penalties (Art. 32.3) a clause allows on top of the principal one. */
export const SUPPLEMENTARY_KINDS = [
  'fine',
  'ban_from_office',
  'residence_ban',
  'probation',
  'deprivation_of_rights',
  'confiscation',
  'expulsion',
  'business_ban',
  'capital_raising_ban',
] as const;
export const ZSupplementaryKind = z.enum(SUPPLEMENTARY_KINDS);
export type SupplementaryKind = z.infer<typeof ZSupplementaryKind>;

/** What a clause's additional penalties are, with the fine bounds when a fine is one of them. */
export const ZSupplementaryPenalty = z.strictObject({
  kinds: z.array(ZSupplementaryKind).min(1),
  fineMin: z.number().int().nonnegative().optional(),
  fineMax: z.number().int().positive().optional(),
});
export type SupplementaryPenalty = z.infer<typeof ZSupplementaryPenalty>;

import { z } from 'zod';
import { ZCrimeCategory } from './categories.ts';
import { ZCorporatePenalty, ZPenaltyRange, ZSupplementaryPenalty } from './penalty.ts';

/**
 * What a clause (khoản) is: a principal penalty range for the offence, the range for preparing it,
 * additional penalties, the penalties of a commercial legal person, an exemption, a reference to
 * another range ("cũng bị xử phạt theo Điều này"), or anything else.
 */
export const CLAUSE_KINDS = [
  'penalty',
  'preparation',
  'supplementary',
  'corporate',
  'exemption',
  'reference',
  'other',
] as const;
export const ZClauseKind = z.enum(CLAUSE_KINDS);
export type ClauseKind = z.infer<typeof ZClauseKind>;

/** One point (điểm) of a corporate clause: the individual clauses it applies to and the corporate penalty. */
export const ZCorporatePoint = z.strictObject({
  point: z.string().min(1),
  appliesToClauses: z.array(z.number().int().positive()),
  penalty: ZCorporatePenalty.optional(),
  supplementary: ZSupplementaryPenalty.optional(),
});
export type CorporatePoint = z.infer<typeof ZCorporatePoint>;

/** A clause; `number` is null for an article written as one unnumbered paragraph. */
export const ZClause = z.strictObject({
  number: z.number().int().positive().nullable(),
  kind: ZClauseKind,
  penalty: ZPenaltyRange.optional(),
  category: ZCrimeCategory.optional().describe('Art. 9 category derived from the penalty range'),
  supplementary: ZSupplementaryPenalty.optional(),
  corporate: z.array(ZCorporatePoint).optional(),
});
export type Clause = z.infer<typeof ZClause>;

/** An article of the special part; `suffix` is set for articles inserted later (e.g. 217a). */
export const ZArticle = z.strictObject({
  number: z.number().int().positive(),
  suffix: z
    .string()
    .regex(/^[a-z]$/)
    .optional(),
  name: z.string().min(1),
  chapter: z.number().int().positive(),
  isOffence: z.boolean().describe('false for articles that define terms or list penalties for a chapter'),
  isRepealed: z.boolean(),
  isAmended: z.boolean().describe('changed by a later law since the 2015 text'),
  clauses: z.array(ZClause),
});
export type Article = z.infer<typeof ZArticle>;

/** A chapter (chương) of the special part. */
export const ZChapter = z.strictObject({
  number: z.number().int().positive(),
  roman: z.string().regex(/^[IVXL]+$/),
  name: z.string().min(1),
});
export type Chapter = z.infer<typeof ZChapter>;

/** One version of the catalogue of offences, in force from `effectiveFrom` (yyyy-mm-dd). */
export const ZCatalogueVersion = z.strictObject({
  version: z.string().min(1),
  effectiveFrom: z.iso.date(),
  source: z.string().min(1),
  chapters: z.array(ZChapter),
  articles: z.array(ZArticle),
});
export type CatalogueVersion = z.infer<typeof ZCatalogueVersion>;

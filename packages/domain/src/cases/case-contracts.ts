import { z } from 'zod';
import { SECRECY_LEVELS } from '../identity/vocab.ts';
import { isLegalDate, isLegalDateTime } from '../procedure/calendar.ts';
import { CASE_STAGES } from '../procedure/stage-transitions.ts';
import { QUALITY_STAGES } from './case-snapshot.ts';
import { MEASURE_KINDS } from './measure-kinds.ts';
import { MEASURE_STAGES } from './measures.ts';

const ZDate = z.string().refine(isLegalDate, 'date.invalid').describe('Calendar date (YYYY-MM-DD)');
const ZDateOrMoment = z
  .string()
  .refine((v) => isLegalDate(v) || isLegalDateTime(v), 'date.invalid')
  .describe('Date (YYYY-MM-DD) or local date-time (YYYY-MM-DDTHH:mm), Asia/Ho_Chi_Minh');
const ZText = z.string().trim().max(500);

/** Length in an order or extension: a whole number of months or of days. */
const ZPeriod = z.strictObject({
  months: z.number().int().positive().max(48).optional(),
  days: z.number().int().positive().max(1500).optional(),
});

/** A preventive measure as recorded (see `PreventiveMeasure`); the period arithmetic is checked by `computeMeasureEnd`. */
export const ZPreventiveMeasure = z.strictObject({
  id: z.string().min(1).max(64),
  defendantId: z.string().min(1).max(64),
  kind: z.enum(MEASURE_KINDS),
  stage: z.enum(MEASURE_STAGES),
  start: ZDateOrMoment,
  ordered: ZPeriod.optional(),
  orderedEnd: ZDate.optional(),
  extensions: z
    .array(ZPeriod.extend({ grantedOn: ZDate, tier: z.number().int().min(0).max(9).optional() }))
    .max(10)
    .optional(),
  custodyDaysDeducted: z.number().int().min(0).max(30).optional(),
  endedAt: ZDateOrMoment.optional(),
});

const ZCharge = z.strictObject({
  article: z.union([z.number().int().positive(), z.string().trim().min(1).max(12)]),
  clause: z.number().int().positive().nullable().optional(),
  point: z.string().trim().min(1).max(4).optional(),
});

// Snapshots carry the data as stored, dirty or not: the quality checks exist to report what is wrong.
const person = {
  fullName: ZText.optional(),
  birthDate: z.string().max(32).optional(),
  sex: z.enum(['male', 'female']).optional(),
  idNumber: z.string().max(32).optional(),
  address: ZText.optional(),
  province: ZText.optional(),
};
const ZDocument = z.strictObject({ number: ZText.optional(), date: z.string().max(32).optional() });

/** A case snapshot for the data-quality checks (see `CaseSnapshot`). */
export const ZCaseSnapshot = z.strictObject({
  id: z.string().min(1).max(64),
  officeId: z.string().min(1).max(64),
  stage: z.enum(CASE_STAGES),
  reachedStage: z.enum(QUALITY_STAGES).optional(),
  reportReceivedOn: z.string().max(32).optional(),
  offenceDate: z.string().max(32).optional(),
  opening: ZDocument.optional(),
  investigatingBody: ZText.optional(),
  charges: z.array(ZCharge).max(50),
  defendants: z
    .array(
      z.strictObject({
        ...person,
        id: z.string().min(1).max(64),
        isCorporate: z.boolean().optional(),
        offenceDate: z.string().max(32).optional(),
        chargedOn: z.string().max(32).optional(),
        charges: z.array(ZCharge).max(50),
        measures: z.array(ZPreventiveMeasure).max(50),
      }),
    )
    .max(500),
  victims: z.array(z.strictObject({ ...person, id: z.string().min(1).max(64) })).max(500),
  evidenceCount: z.number().int().min(0),
  assignedProsecutorIds: z.array(z.string().min(1).max(64)).max(50),
  secrecy: z.enum(SECRECY_LEVELS).optional(),
  conclusion: ZDocument.optional(),
  indictment: ZDocument.optional(),
  judgment: ZDocument.optional(),
});

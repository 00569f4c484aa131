import { z } from 'zod';
import { ZId, ZLocalDate, zText } from '../identity/common-contracts.ts';
import { ZSecrecy } from '../identity/vocab.ts';
import { CRIME_CATEGORIES } from '../penal-code/categories.ts';
import { isLegalDate, isLegalDateTime } from '../procedure/calendar.ts';
import { CASE_STAGES } from '../procedure/stage-transitions.ts';
import { PROCURACY_DECISION_ACTIONS } from './decision-workflow.ts';
import { EXTERNAL_DECISION_ACTIONS } from './external-decisions.ts';

/** A date, or a local date-time for acts counted in hours (custody, 12-hour approvals). */
export const ZDateOrMoment = z
  .string()
  .refine((v) => isLegalDate(v) || isLegalDateTime(v), 'date.invalid')
  .describe('Date (YYYY-MM-DD) or local date-time (YYYY-MM-DDTHH:mm), Asia/Ho_Chi_Minh');

/** A charge: Penal Code article (e.g. 173, 217a), clause and point, checked against the Code in force. */
export const ZChargeInput = z.strictObject({
  article: z
    .string()
    .trim()
    .regex(/^\d{1,3}[a-z]?$/i, 'article.format')
    .describe('Penal Code article, e.g. 173 or 217a'),
  clause: z.number().int().positive().max(20).nullable().optional(),
  point: z
    .string()
    .trim()
    .regex(/^[a-zđ]$/i, 'point.format')
    .optional(),
});
export type ChargeInput = z.infer<typeof ZChargeInput>;

/** Opening a case (Art. 153 CPC): the opening decision, the investigating body and the offences. */
export const ZOpenCaseInput = z.strictObject({
  title: zText(300),
  summary: zText(4000).optional(),
  openingNumber: zText(64),
  openedOn: ZLocalDate,
  /** Who opened it: the investigating body (the usual case) or the procuracy itself (Art. 153(3)). */
  openedBy: z.enum(['investigating_body', 'procuracy']).default('investigating_body'),
  investigatingBodyName: zText(300),
  investigatingBodyCode: zText(32).optional(),
  /** When the crime report was received (Art. 146); taken from the linked report when there is one. */
  reportReceivedOn: ZLocalDate.optional(),
  offenceDate: ZLocalDate.optional(),
  offencePlace: zText(300).optional(),
  charges: z.array(ZChargeInput).min(1).max(20),
  secrecy: ZSecrecy.default('normal'),
  /** The crime report whose settlement opened the case. */
  crimeReportId: ZId.optional(),
  /** Reference in the system the case was imported from; unique per office. */
  externalRef: zText(64).optional(),
});
export type OpenCaseInput = z.input<typeof ZOpenCaseInput>;

/** Corrections to the general data of a case. */
export const ZUpdateCaseInput = ZOpenCaseInput.pick({
  title: true,
  summary: true,
  offenceDate: true,
  offencePlace: true,
  investigatingBodyName: true,
  investigatingBodyCode: true,
})
  .partial()
  .extend({ secrecy: ZSecrecy.optional() });
export type UpdateCaseInput = z.infer<typeof ZUpdateCaseInput>;

export const PERSON_ROLES = [
  'defendant',
  'victim',
  'witness',
  'civil_plaintiff',
  'civil_defendant',
  'related',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** A participant (Art. 55 CPC). Defendants may be commercial legal persons (Art. 74 PC), with no birth date or sex. */
export const ZPersonInput = z.strictObject({
  role: z.enum(PERSON_ROLES),
  kind: z.enum(['individual', 'corporate']).default('individual'),
  fullName: zText(200),
  birthDate: ZLocalDate.optional(),
  sex: z.enum(['male', 'female']).optional(),
  /** CCCD (12 digits) for a person, enterprise code (10 or 13 digits) for a legal person. */
  idNumber: z
    .string()
    .trim()
    .regex(/^\d{9,13}$/, 'id_number.format')
    .optional(),
  nationality: zText(60).optional(),
  address: zText(300).optional(),
  province: zText(60).optional(),
  occupation: zText(120).optional(),
  offenceDate: ZLocalDate.optional(),
  chargedOn: ZLocalDate.optional(),
});
export type PersonInput = z.input<typeof ZPersonInput>;

export const ZUpdatePersonInput = ZPersonInput.omit({ role: true, kind: true }).partial();
export type UpdatePersonInput = z.infer<typeof ZUpdatePersonInput>;

/** Merges a person recorded twice in one case into the record kept (sạch). */
export const ZMergePersonInput = z.strictObject({ intoPersonId: ZId });

/** Merges this case, found to be another case registered twice (sạch), into that case; not a joining (Art. 170 CPC). */
export const ZMergeCaseInput = z.strictObject({
  intoCaseId: ZId.describe('The case kept; this record retires read-only into it'),
  reason: zText(1000).describe('Why the two records are one case'),
});
export type MergeCaseInput = z.infer<typeof ZMergeCaseInput>;

export const ZAddChargeInput = ZChargeInput.extend({ personId: ZId.optional(), chargedOn: ZLocalDate.optional() });
export type AddChargeInput = z.infer<typeof ZAddChargeInput>;

export const ZEvidenceInput = z.strictObject({
  description: zText(500),
  quantity: z.number().positive().max(1e9).optional(),
  unit: zText(30).optional(),
  seizedOn: ZLocalDate.optional(),
  note: zText(1000).optional(),
});
export type EvidenceInput = z.infer<typeof ZEvidenceInput>;

export const CASE_ASSIGNMENT_ROLES = ['prosecutor', 'leader'] as const;
export const ZAssignCaseInput = z.strictObject({
  officerId: ZId,
  role: z.enum(CASE_ASSIGNMENT_ROLES).default('prosecutor'),
  fromDate: ZLocalDate.optional(),
});
export type AssignCaseInput = z.input<typeof ZAssignCaseInput>;

const ZPeriodInput = z.strictObject({
  months: z.number().int().positive().max(48).optional(),
  days: z.number().int().positive().max(1500).optional(),
});

/**
 * A decision on the case. The procuracy's own start as drafts; another body's are recorded as received.
 * `period` is the length ordered or granted; `measure` the preventive measure a decision applies.
 */
export const ZRecordDecisionInput = z.strictObject({
  typeCode: z.string().trim().min(1).max(80),
  /** The defendant the decision concerns, for decisions on a person (measures, charging). */
  subjectId: ZId.optional(),
  number: zText(64).optional(),
  date: ZDateOrMoment,
  /** When the procuracy received another body's decision; approval limits count from it. */
  receivedAt: ZDateOrMoment.optional(),
  period: ZPeriodInput.optional(),
  tier: z.number().int().min(0).max(9).optional(),
  returnedBy: z.enum(['presiding_judge', 'trial_panel']).optional(),
  measureEnd: ZLocalDate.optional(),
  /** The receiving office of a transfer (Art. 169, 239, 274 CPC). */
  targetOfficeId: ZId.optional(),
  /** The case joined into this one (Art. 170(1), 242(1)). */
  relatedCaseId: ZId.optional(),
  /** The defendants split off into a new case (Art. 170(2), 242(2)). */
  personIds: z.array(ZId).max(100).optional(),
  /** The decision this one answers (approve, refuse, annul). */
  respondsTo: ZId.optional(),
  note: zText(2000).optional(),
});
export type RecordDecisionInput = z.infer<typeof ZRecordDecisionInput>;

export const ZDecisionActionInput = z.strictObject({
  action: z.enum([...PROCURACY_DECISION_ACTIONS, ...EXTERNAL_DECISION_ACTIONS]),
  /** Number and date given when the decision is issued. */
  number: zText(64).optional(),
  date: ZDateOrMoment.optional(),
  note: zText(2000).optional(),
});
export type DecisionActionInput = z.infer<typeof ZDecisionActionInput>;

export const DEADLINE_FILTERS = ['overdue', 'due_soon', 'none'] as const;

export const ZCaseListQuery = z.strictObject({
  stage: z.enum(CASE_STAGES).optional(),
  officeId: ZId.optional(),
  subtree: z.enum(['true', 'false']).optional(),
  prosecutorId: ZId.optional(),
  mine: z.enum(['true', 'false']).optional(),
  article: z
    .string()
    .trim()
    .regex(/^\d{1,3}[a-z]?$/i, 'article.format')
    .optional(),
  category: z.enum(CRIME_CATEGORIES).optional(),
  deadline: z.enum(DEADLINE_FILTERS).optional(),
  /** The case opened from this crime report. */
  crimeReportId: ZId.optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['updated', 'opened', 'due']).default('updated'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type CaseListQuery = z.infer<typeof ZCaseListQuery>;

export const ZCaseExportQuery = ZCaseListQuery.omit({ limit: true, offset: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

export const ZDeadlineQuery = z.strictObject({
  /** mine: the actor's cases; office: the actor's office (leaders); below: overdue items of offices below. */
  scope: z.enum(['mine', 'office', 'below']).default('mine'),
  state: z.enum(['overdue', 'due_soon', 'all']).default('all'),
  officeId: ZId.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DeadlineQuery = z.infer<typeof ZDeadlineQuery>;

export const ZSavedFilterInput = z.strictObject({
  name: zText(80),
  query: ZCaseListQuery.omit({ limit: true, offset: true }).partial(),
});
export type SavedFilterInput = z.infer<typeof ZSavedFilterInput>;

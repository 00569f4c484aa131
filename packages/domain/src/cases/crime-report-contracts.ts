import { z } from 'zod';
import { ZId, ZLocalDate, zText } from '../identity/common-contracts.ts';
import { ZSecrecy } from '../identity/vocab.ts';

/** Tố giác về tội phạm, tin báo về tội phạm, kiến nghị khởi tố (Art. 144 CPC). */
export const CRIME_REPORT_KINDS = ['denunciation', 'tip', 'prosecution_request'] as const;
export type CrimeReportKind = (typeof CRIME_REPORT_KINDS)[number];

export const CRIME_REPORT_STATUSES = ['received', 'assigned', 'suspended', 'resumed', 'settled'] as const;
export type CrimeReportStatus = (typeof CRIME_REPORT_STATUSES)[number];

/** Decisions that settle a report (Art. 147(1)): open a case, refuse to open one, or suspend settlement. */
export const SETTLEMENT_OUTCOMES = ['open_case', 'refuse', 'suspend'] as const;
export type SettlementOutcome = (typeof SETTLEMENT_OUTCOMES)[number];

const ZArticle = z
  .string()
  .trim()
  .regex(/^\d{1,3}[a-z]?$/i)
  .describe('Penal Code article, e.g. 173 or 217a');

/** The offence the report points to, checked against the Penal Code in force on the day it was received. */
export const ZSuspectedOffence = z.strictObject({
  article: ZArticle,
  clause: z.number().int().positive().max(20).nullable().optional(),
});

export const ZRegisterCrimeReportInput = z.strictObject({
  kind: z.enum(CRIME_REPORT_KINDS),
  receivedOn: ZLocalDate,
  source: zText(300),
  summary: zText(4000),
  suspectedOffence: ZSuspectedOffence.optional(),
  investigatingBodyName: zText(300).optional(),
  investigatingBodyCode: zText(32).optional(),
  secrecy: ZSecrecy.default('normal'),
});
export type RegisterCrimeReportInput = z.input<typeof ZRegisterCrimeReportInput>;

export const ZAssignProsecutorInput = z.strictObject({
  officerId: ZId,
  fromDate: ZLocalDate.optional(),
});
export type AssignProsecutorInput = z.infer<typeof ZAssignProsecutorInput>;

/** An extension of the settlement period (Art. 147(2),(3)); `tier` 0 = head of the settling body, 1 = procuracy. */
export const ZRecordExtensionInput = z.strictObject({
  months: z.number().int().positive().max(12),
  grantedOn: ZLocalDate,
  grantedBy: zText(300),
  tier: z.number().int().min(0).max(1).optional(),
});
export type RecordExtensionInput = z.infer<typeof ZRecordExtensionInput>;

const ZDecision = {
  decisionNumber: zText(64),
  date: ZLocalDate,
  reason: zText(2000).optional(),
};

export const ZSuspendSettlementInput = z.strictObject(ZDecision);
export type SuspendSettlementInput = z.infer<typeof ZSuspendSettlementInput>;

export const ZResumeSettlementInput = z.strictObject(ZDecision);
export type ResumeSettlementInput = z.infer<typeof ZResumeSettlementInput>;

export const ZSettleCrimeReportInput = z.strictObject({ outcome: z.enum(SETTLEMENT_OUTCOMES), ...ZDecision });
export type SettleCrimeReportInput = z.infer<typeof ZSettleCrimeReportInput>;

export const ZCrimeReportListQuery = z.strictObject({
  status: z.enum(CRIME_REPORT_STATUSES).optional(),
  /** Only reports whose settlement period has expired. */
  overdue: z.enum(['true', 'false']).optional(),
  /** Only reports due within this many days from today (not yet overdue). */
  dueSoon: z.coerce.number().int().min(0).max(365).optional(),
  /** Only reports the actor is currently assigned to. */
  mine: z.enum(['true', 'false']).optional(),
  officeId: ZId.optional(),
  subtree: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CrimeReportListQuery = z.infer<typeof ZCrimeReportListQuery>;

type Localized = { vi: string; en: string };

/** The settlement deadline as computed from the law and the report's events, never stored. */
export type CrimeReportDeadline =
  | {
      state: 'running';
      start: string;
      due: string;
      basis: string;
      basisEn: string;
      maxPossibleDue: string;
      requestBy?: string;
      steps: Localized[];
      daysLeft: number;
      overdue: boolean;
    }
  | { state: 'stopped'; reason: Localized };

export type CrimeReportEvent = {
  id: string;
  kind: string;
  data: Record<string, unknown>;
  at: string;
  actorId: string | null;
  actorName: string | null;
};

export type CrimeReport = {
  id: string;
  officeId: string;
  officeName: string;
  number: number;
  year: number;
  code: string;
  kind: CrimeReportKind;
  receivedOn: string;
  source: string;
  summary: string;
  suspectedOffence: { article: string; clause: number | null; name: string } | null;
  investigatingBody: { name: string | null; code: string | null };
  secrecy: z.infer<typeof ZSecrecy>;
  status: CrimeReportStatus;
  outcome: 'opened_case' | 'refused' | null;
  assignees: { officerId: string; fullName: string; fromDate: string }[];
  deadline: CrimeReportDeadline;
  createdAt: string;
};

/** A report with the history of what was done on it, oldest first (the detail view). */
export type CrimeReportDetail = CrimeReport & { events: CrimeReportEvent[] };

import type { Secrecy } from '../identity/vocab.ts';
import type { CrimeCategory } from '../penal-code/categories.ts';
import type { LocalizedText } from '../procedure/day-off.ts';
import type { CaseAct, CaseStage } from '../procedure/stage-transitions.ts';
import type { CaseState } from '../procedure/stages.ts';
import type { PersonRole } from './case-api-inputs.ts';
import type { DeadlineState, LiveDeadline } from './case-deadlines.ts';
import type { DataQuality } from './data-quality.ts';
import type { MeasureKind } from './measure-kinds.ts';
import type { MeasureStage } from './measures.ts';

export type CaseOfficer = { officerId: string; fullName: string; role: 'prosecutor' | 'leader'; fromDate: string };

/** The nearest live deadline of a case, as stored for lists and dashboards. */
export type NextDeadline = {
  label: LocalizedText;
  due: string;
  dueDate: string;
  daysLeft: number;
  state: DeadlineState;
};

export type CaseCharge = {
  id: string;
  personId: string | null;
  article: string;
  clause: number | null;
  point: string | null;
  name: string;
  category: CrimeCategory | null;
  chargedOn: string | null;
};

/** A row of the case list. */
export type CaseSummary = {
  id: string;
  code: string;
  number: number;
  year: number;
  officeId: string;
  officeName: string;
  title: string;
  stage: CaseStage;
  category: CrimeCategory | null;
  secrecy: Secrecy;
  openedOn: string | null;
  investigatingBodyName: string | null;
  leadCharge: { article: string; clause: number | null; name: string } | null;
  defendantCount: number;
  officers: CaseOfficer[];
  nextDeadline: NextDeadline | null;
  completeness: number;
  externalRef: string | null;
  updatedAt: string;
};

export type CasePerson = {
  id: string;
  role: PersonRole;
  kind: 'individual' | 'corporate';
  fullName: string;
  birthDate: string | null;
  sex: 'male' | 'female' | null;
  idNumber: string | null;
  nationality: string | null;
  address: string | null;
  province: string | null;
  occupation: string | null;
  offenceDate: string | null;
  chargedOn: string | null;
};

export type CaseEvidence = {
  id: string;
  description: string;
  quantity: number | null;
  unit: string | null;
  seizedOn: string | null;
  note: string | null;
};

export type CaseMeasure = {
  id: string;
  personId: string;
  personName: string;
  kind: MeasureKind;
  stage: MeasureStage;
  start: string;
  ordered: { months?: number; days?: number } | null;
  orderedEnd: string | null;
  extensions: { months?: number; days?: number; grantedOn: string; tier?: number }[];
  custodyDaysDeducted: number | null;
  endedAt: string | null;
  decisionId: string | null;
};

export type CaseDecision = {
  id: string;
  typeCode: string;
  label: LocalizedText;
  issuer: 'investigating_body' | 'procuracy' | 'court' | 'party';
  basis: string;
  subjectId: string | null;
  subjectName: string | null;
  number: string | null;
  date: string;
  receivedAt: string | null;
  state: string;
  stateLabel: LocalizedText;
  inEffect: boolean;
  requiresApproval: boolean;
  /** Actions the actor may take now (drafts: submit, approve…; other bodies' decisions: approve, refuse…). */
  actions: string[];
  respondsTo: string | null;
  period: { months?: number; days?: number } | null;
  note: string | null;
  draftedByName: string | null;
  decidedByName: string | null;
  updatedAt: string;
};

export type CaseEvent = {
  id: string;
  kind: string;
  data: Record<string, unknown>;
  at: string;
  actorName: string | null;
};

/** The case page: everything about the case, with its live deadlines and data quality computed from the law. */
export type CaseDetail = CaseSummary & {
  summary: string | null;
  openingNumber: string | null;
  investigatingBodyCode: string | null;
  offenceDate: string | null;
  offencePlace: string | null;
  crimeReportId: string | null;
  /** The case this one was joined into (or found to duplicate); it is then read-only. */
  mergedInto: { id: string; reason: string } | null;
  state: CaseState;
  allowedActs: CaseAct[];
  persons: CasePerson[];
  charges: CaseCharge[];
  evidence: CaseEvidence[];
  measures: CaseMeasure[];
  decisions: CaseDecision[];
  deadlines: LiveDeadline[];
  deadlineProblems: { key: string; field: string; reason: LocalizedText }[];
  quality: DataQuality;
  events: CaseEvent[];
};

/** A row of the deadline dashboard ("việc sắp đến hạn / quá hạn"). */
export type DeadlineItem = {
  caseId: string;
  caseCode: string;
  caseTitle: string;
  officeId: string;
  officeName: string;
  key: string;
  kind: LiveDeadline['kind'];
  label: LocalizedText;
  basis: string;
  due: string;
  dueDate: string;
  daysLeft: number;
  state: DeadlineState;
  prosecutors: string[];
};

export type DeadlineDashboard = {
  items: DeadlineItem[];
  total: number;
  counts: { overdue: number; dueSoon: number };
  /** For leaders of superior offices: overdue and due-soon counts per office below. */
  byOffice: { officeId: string; officeName: string; overdue: number; dueSoon: number }[];
};

export type Notification = {
  id: string;
  kind: 'due_soon' | 'overdue' | 'approval_requested' | 'digest';
  caseId: string | null;
  caseCode: string | null;
  title: LocalizedText;
  dueDate: string | null;
  createdAt: string;
  readAt: string | null;
};

export type SavedFilter = { id: string; name: string; query: Record<string, unknown>; createdAt: string };

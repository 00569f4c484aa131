import type { Secrecy } from '../identity/vocab.ts';
import type { LegalDate } from '../procedure/calendar.ts';
import type { CaseStage } from '../procedure/stage-transitions.ts';
import type { PreventiveMeasure } from './measures.ts';

/** Stages whose data requirements build on each other, in procedural order. */
export const QUALITY_STAGES = [
  'crime_report',
  'investigation',
  'prosecution',
  'first_instance_trial',
  'appeal',
] as const;
export type QualityStage = (typeof QUALITY_STAGES)[number];

/** A charge as recorded on a case or a defendant: Penal Code article, clause, point. */
export type SnapshotCharge = { article: number | string; clause?: number | null; point?: string };

export type SnapshotPerson = {
  fullName?: string;
  birthDate?: LegalDate;
  sex?: 'male' | 'female';
  /** Citizen identity card number (CCCD), 12 digits. */
  idNumber?: string;
  address?: string;
  /** Province code or name of the address, used to compare people. */
  province?: string;
};

export type SnapshotDefendant = SnapshotPerson & {
  id: string;
  /** A commercial legal person (pháp nhân thương mại): no birth date, sex or CCCD. */
  isCorporate?: boolean;
  offenceDate?: LegalDate;
  chargedOn?: LegalDate;
  charges: readonly SnapshotCharge[];
  measures: readonly PreventiveMeasure[];
};

export type SnapshotVictim = SnapshotPerson & { id: string };

/** Number and date of a decision or document on the case. */
export type SnapshotDocument = { number?: string; date?: LegalDate };

/**
 * A criminal case as the data-quality checks see it: plain data, no IO. `reachedStage` is the furthest
 * stage a closed, suspended or terminated case reached, so its data is judged against that stage.
 */
export type CaseSnapshot = {
  id: string;
  officeId: string;
  stage: CaseStage;
  reachedStage?: QualityStage;
  reportReceivedOn?: LegalDate;
  offenceDate?: LegalDate;
  opening?: SnapshotDocument;
  investigatingBody?: string;
  charges: readonly SnapshotCharge[];
  defendants: readonly SnapshotDefendant[];
  victims: readonly SnapshotVictim[];
  evidenceCount: number;
  assignedProsecutorIds: readonly string[];
  secrecy?: Secrecy;
  conclusion?: SnapshotDocument;
  indictment?: SnapshotDocument;
  judgment?: SnapshotDocument;
  /**
   * The days the file was sent back for investigation (returned for supplementary investigation, Art. 245,
   * 280, 326(3)(a); annulled for re-investigation, Art. 358): a conclusion, indictment or judgment dated
   * before such a day is of an earlier round than a document dated after it.
   */
  returnDates?: readonly LegalDate[];
};

/** The stage whose requirements apply; a terminated case was at least opened, others default to the report. */
export const qualityStageOf = (snapshot: Pick<CaseSnapshot, 'stage' | 'reachedStage'>): QualityStage => {
  switch (snapshot.stage) {
    case 'closed':
    case 'suspended':
      return snapshot.reachedStage ?? 'crime_report';
    case 'terminated':
      return snapshot.reachedStage ?? 'investigation';
    default:
      return snapshot.stage;
  }
};

/** True when stage `a` is at or after stage `b`. */
export const isStageAtLeast = (a: QualityStage, b: QualityStage): boolean =>
  QUALITY_STAGES.indexOf(a) >= QUALITY_STAGES.indexOf(b);

import {
  addDays,
  applyDecisionToLedger,
  type CaseLedger,
  compareDates,
  computeDeadline,
  computeMeasureEnd,
  datePart,
  daysBetween,
  findDecisionType,
  isDecisionInEffect,
  type LegalDate,
  type MeasureStage,
  openingLedger,
  type ProcedureCategory,
  QUALITY_STAGES,
  type QualityStage,
  validateDefendantMeasures,
} from '@eprocuracy/domain';
import { newId } from '../../platform/ids.ts';
import type { CaseAggregate } from './case-bulk.ts';
import { measureOf } from './case-derived.ts';
import type { Random } from './case-seed-random.ts';
import type * as repo from './cases.repo.ts';

type Period = { months?: number; days?: number };
type DecisionInsert = CaseAggregate['decisions'][number];
type MeasureInsert = CaseAggregate['measures'][number] & { id: string; extensions: repo.MeasureRow['extensions'] };

/** Who acts for the procuracy on the case: the prosecutor drafts, the leader signs. */
export type StoryOfficers = { prosecutorId: string; prosecutorName: string; leaderId: string };

/**
 * A case's procedural history as it is being written: every decision that took effect runs through the
 * domain's ledger (`applyDecisionToLedger`), which refuses any act the stage machine or the deadline rules
 * do not allow — so the seed cannot produce an impossible case. Nothing is dated after `today`: the first
 * act of the main line that would be (`isStopped`) ends the story where the case stands today.
 */
export const createStory = (options: {
  caseId: string;
  today: LegalDate;
  category: ProcedureCategory;
  random: Random;
  officers: StoryOfficers;
  /** Chance that an act comes after its deadline: the overdue cases of the demo. */
  stall: number;
}) => {
  const { caseId, today, category, random, officers, stall } = options;
  let ledger: CaseLedger = openingLedger();
  let reached: QualityStage = 'crime_report';
  let stopped = false;
  const decisions: DecisionInsert[] = [];
  const measures: MeasureInsert[] = [];

  const isPast = (date: string) => compareDates(datePart(date), today) <= 0;

  /** Records a decision on `date` in its usual final state; null (and nothing written) when `date` is after today. */
  const decide = (
    typeCode: string,
    date: string,
    extra: { subjectId?: string; period?: Period; number?: string; state?: string; receivedAt?: string } = {},
  ): string | null => {
    if (!isPast(date)) return null;
    const type = findDecisionType(typeCode);
    if (!type) throw new Error(`seed: no decision type ${typeCode}`);
    const state =
      extra.state ??
      (type.recordOnly
        ? 'recorded'
        : type.issuer === 'procuracy'
          ? 'issued'
          : type.requiresProcuracyApproval
            ? 'approved'
            : type.procuracyReview || type.annulledBy
              ? 'no_action_needed'
              : 'recorded');
    const inEffect = isDecisionInEffect(type, state as never);
    const id = newId();
    if (inEffect) {
      const applied = applyDecisionToLedger(
        ledger,
        { id, typeCode, date, ...(extra.period ? { period: extra.period } : {}) },
        undefined,
        category,
      );
      if (!applied.ok) throw new Error(`seed: ${typeCode} on ${date} refused: ${applied.reason.en}`);
      ledger = applied.ledger;
      const at = QUALITY_STAGES.indexOf(ledger.state.stage as QualityStage);
      if (at > QUALITY_STAGES.indexOf(reached)) reached = QUALITY_STAGES[at] as QualityStage;
    }
    const byProcuracy = type.issuer === 'procuracy';
    decisions.push({
      id,
      caseId,
      typeCode,
      subjectId: extra.subjectId ?? null,
      // A record of a fact (a delivery, a judgment taking effect) has no number of its own.
      number:
        extra.number ??
        (state === 'draft' || type.recordOnly ? null : decisionNumber(random, type.issuer, typeCode, date)),
      decisionDate: date,
      receivedAt: extra.receivedAt ?? null,
      state,
      inEffect,
      period: extra.period ?? null,
      draftedBy: byProcuracy ? officers.prosecutorId : null,
      decidedBy: (byProcuracy && state === 'issued') || state === 'approved' ? officers.leaderId : null,
    });
    return id;
  };

  /** A step of the main line: stops the story (the case stays where it is) when its day has not come. */
  const step = (typeCode: string, date: string, extra: Parameters<typeof decide>[2] = {}) => {
    if (stopped) return null;
    const id = decide(typeCode, date, extra);
    if (id === null) stopped = true;
    return id;
  };

  /** The due day of a running period of the case (with its extensions), if it runs. */
  const periodDue = (ruleId: string): LegalDate | undefined => {
    const p = ledger.periods.find((x) => x.ruleId === ruleId);
    if (!p) return undefined;
    const result = computeDeadline({
      ruleId,
      start: p.start,
      category,
      extensionsGranted: p.extensions,
      ...(p.ordered ? { ordered: p.ordered } : {}),
    });
    return result.ok ? datePart(result.due) : undefined;
  };

  /** The next extension the law still allows for a running period, as a decision's `period`. */
  const nextExtension = (ruleId: string, start: string, extensions: readonly unknown[]): Period | undefined => {
    const result = computeDeadline({ ruleId, start, category, extensionsGranted: extensions as never });
    const next = result.ok ? result.remainingExtensions?.[0] : undefined;
    if (!next) return undefined;
    return next.max.unit === 'months' ? { months: next.max.amount } : { days: next.max.amount };
  };

  const addMeasure = (
    m: Omit<MeasureInsert, 'id' | 'caseId' | 'extensions'> & { extensions?: MeasureInsert['extensions'] },
  ) => {
    const measure: MeasureInsert = { id: newId(), caseId, extensions: [], ...m };
    measures.push(measure);
    return measure;
  };

  const endOf = (m: MeasureInsert) => {
    const end = computeMeasureEnd(measureOf(m as repo.MeasureRow), category);
    if (!end.ok) throw new Error(`seed: measure ${m.kind}: ${end.reason.en}`);
    return end.due;
  };

  /** True when the defendant's measures still pass the domain's checks (Art. 118(4), 173, 241 CPC). */
  const isLawful = (personId: string) =>
    validateDefendantMeasures(
      measures.filter((m) => m.personId === personId).map((m) => measureOf(m as repo.MeasureRow)),
      { category },
    ).length === 0;

  /** Ends the live measures of a defendant (or of everyone) on a day that has come. */
  const endMeasures = (date: string, filter: (m: MeasureInsert) => boolean = () => true) => {
    if (!isPast(date)) return;
    for (const m of measures) {
      if (m.endedAt || !filter(m)) continue;
      const isMoment = m.kind === 'custody' || m.kind === 'arrest';
      const end = isMoment && date.length === 10 ? `${date}T17:00` : date;
      m.endedAt = compareDates(end, m.start) < 0 ? m.start : end;
    }
  };

  return {
    decide,
    step,
    periodDue,
    nextExtension,
    addMeasure,
    endOf,
    isLawful,
    endMeasures,
    isPast,
    get ledger() {
      return ledger;
    },
    get stopped() {
      return stopped;
    },
    get reachedStage() {
      return reached;
    },
    decisions,
    measures,
    today,
    category,
    random,
    stall,
  };
};

export type Story = ReturnType<typeof createStory>;

/** The stage at which a measure ordered now runs (Art. 109: from the report to the trial). */
export const measureStage = (story: Story): MeasureStage => story.ledger.state.stage as MeasureStage;

const ISSUER_SUFFIX: Record<string, string> = {
  investigating_body: 'QĐ-CSĐT',
  procuracy: 'QĐ-VKS',
  court: 'QĐ-TA',
  party: 'KC',
};

/** A document number as the issuing body writes it ("15/QĐ-CSĐT", "07/CT-VKS", "25/2025/HS-ST"). */
export const decisionNumber = (random: Random, issuer: string, typeCode: string, date: string) => {
  const n = String(random.int(1, 380)).padStart(2, '0');
  const year = date.slice(0, 4);
  if (typeCode === 'indictment') return `${n}/CT-VKS`;
  if (typeCode === 'first_instance_judgment') return `${n}/${year}/HS-ST`;
  if (typeCode === 'appeal_judgment') return `${n}/${year}/HS-PT`;
  if (typeCode === 'bring_case_to_trial') return `${n}/${year}/QĐXXST-HS`;
  if (typeCode === 'conclude_investigation_prosecute' || typeCode === 'conclude_investigation_terminate')
    return `${n}/KLĐT`;
  if (typeCode === 'detention' || typeCode === 'detention_for_prosecution') return `${n}/LTG`;
  return `${n}/${ISSUER_SUFFIX[issuer] ?? 'QĐ'}`;
};

/** `date` plus a share of the days to `until` (both dates), never before `date`. */
export const between = (random: Random, date: LegalDate, until: LegalDate, from = 0.3, to = 0.9): LegalDate => {
  const span = Math.max(0, daysBetween(date, until));
  return addDays(date, Math.round(span * (from + random.next() * (to - from))));
};

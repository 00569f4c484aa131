import {
  assessCompleteness,
  type CaseDeadlines,
  type CaseSnapshot,
  caseCategory,
  caseDeadlines,
  catalogueFor,
  categoryOfCharge,
  DEFAULT_SOON_DAYS,
  findDecisionType,
  foldText,
  type LegalDate,
  type MeasureKind,
  type MeasureStage,
  mostSeriousCharge,
  type ProcedureCategory,
  QUALITY_STAGES,
  type QualityStage,
  type Secrecy,
  snapshotDocumentsOf,
} from '@eprocuracy/domain';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { todayInVietnam } from '../../platform/time.ts';
import * as repo from './cases.repo.ts';
import { cases } from './cases.schema.ts';

/** The parts of a case that its derived fields are computed from. */
export type DerivationInput = {
  row: repo.CaseRow;
  officeCode: string;
  persons: readonly repo.PersonRow[];
  charges: readonly repo.ChargeRow[];
  measures: readonly repo.MeasureRow[];
  /** Decisions not yet answered (recorded, submitted); their approval limits are deadlines too. */
  pendingDecisions: readonly repo.DecisionRow[];
  /** All decisions, when known (the case page); used for the conclusion, indictment and judgment of the snapshot. */
  decisions?: readonly repo.DecisionRow[];
  assignedProsecutorIds: readonly string[];
  evidenceCount: number;
};

export const caseCode = (row: Pick<repo.CaseRow, 'number' | 'year'>, officeCode: string) =>
  `${row.number}/${row.year}/${officeCode}`;

const liveCharges = (charges: readonly repo.ChargeRow[]) => charges.filter((c) => c.withdrawnAt === null);

/** A stored charge as the Penal Code functions take it. */
export const chargeOf = (c: { article: string; clause: number | null; point: string | null }) => ({
  article: c.article,
  clause: c.clause,
  ...(c.point ? { point: c.point } : {}),
});

/** The catalogue of offences a case is read against: the one in force when it was opened. */
export const catalogueOfCase = (row: Pick<repo.CaseRow, 'openedOn'>) => catalogueFor(row.openedOn ?? todayInVietnam());

/** Crime category of the case: the most serious of its live charges under the Code in force when it was opened. */
export const categoryOfCase = (row: repo.CaseRow, charges: readonly repo.ChargeRow[]) =>
  caseCategory(liveCharges(charges).map(chargeOf), row.openedOn ?? undefined) ?? null;

/** Category used to read the deadline rules; a case without a known charge is read at the shortest periods. */
export const procedureCategory = (row: repo.CaseRow): ProcedureCategory =>
  (row.category as ProcedureCategory | null) ?? 'minor';

/** Lead charge: the most serious live charge (ties: the first recorded). */
export const leadCharge = (row: repo.CaseRow, charges: readonly repo.ChargeRow[]) => {
  const live = liveCharges(charges);
  const catalogue = catalogueOfCase(row);
  const asCharges = live.map(chargeOf);
  const lead = catalogue ? mostSeriousCharge(asCharges, catalogue) : undefined;
  return lead ? live[asCharges.indexOf(lead)] : live[0];
};

const optional = <T>(value: T | null): T | undefined => value ?? undefined;

/** The case as the domain's data-quality checks see it. */
export const snapshotOf = (input: DerivationInput): CaseSnapshot => {
  const { row, persons } = input;
  const decisions = input.decisions ?? [];
  const charges = liveCharges(input.charges);
  const personFields = (p: repo.PersonRow) => ({
    id: p.id,
    fullName: p.fullName,
    birthDate: optional(p.birthDate),
    sex: optional(p.sex) as 'male' | 'female' | undefined,
    idNumber: optional(p.idNumber),
    address: optional(p.address),
    province: optional(p.province),
  });
  return {
    id: row.id,
    officeId: row.officeId,
    stage: row.stage as CaseSnapshot['stage'],
    reachedStage: QUALITY_STAGES.includes(row.reachedStage as QualityStage)
      ? (row.reachedStage as QualityStage)
      : undefined,
    reportReceivedOn: optional(row.reportReceivedOn),
    offenceDate: optional(row.offenceDate),
    opening: row.openingNumber ? { number: row.openingNumber, date: optional(row.openedOn) } : undefined,
    investigatingBody: optional(row.investigatingBodyName),
    charges: charges.filter((c) => c.personId === null).map((c) => ({ article: c.article, clause: c.clause })),
    defendants: persons
      .filter((p) => p.role === 'defendant' && p.mergedInto === null)
      .map((p) => ({
        ...personFields(p),
        isCorporate: p.kind === 'corporate',
        offenceDate: optional(p.offenceDate),
        chargedOn: optional(p.chargedOn),
        charges: charges
          .filter((c) => c.personId === p.id)
          .map((c) => ({ article: c.article, clause: c.clause, ...(c.point ? { point: c.point } : {}) })),
        measures: input.measures.filter((m) => m.personId === p.id).map(measureOf),
      })),
    victims: persons.filter((p) => p.role === 'victim' && p.mergedInto === null).map(personFields),
    evidenceCount: input.evidenceCount,
    assignedProsecutorIds: input.assignedProsecutorIds,
    secrecy: row.secrecy as Secrecy,
    ...snapshotDocumentsOf(decisions),
  };
};

/** A stored measure as the domain's `PreventiveMeasure`. */
export const measureOf = (m: repo.MeasureRow) => ({
  id: m.id,
  defendantId: m.personId,
  kind: m.kind as MeasureKind,
  stage: m.stage as MeasureStage,
  start: m.start,
  ...(m.ordered ? { ordered: m.ordered } : {}),
  ...(m.orderedEnd ? { orderedEnd: m.orderedEnd } : {}),
  extensions: m.extensions,
  ...(m.custodyDaysDeducted !== null ? { custodyDaysDeducted: m.custodyDaysDeducted } : {}),
  ...(m.endedAt ? { endedAt: m.endedAt } : {}),
});

const PENDING = ['recorded', 'submitted'];

/** Another body's decisions still awaiting the procuracy's answer, whose limit is a deadline of the case. */
const awaitingAnswer = (decisions: readonly repo.DecisionRow[]) =>
  decisions.filter((d) => {
    const type = findDecisionType(d.typeCode);
    return d.state === 'recorded' && type && (type.approvalDeadline || type.procuracyReview);
  });

/** Every live deadline of the case, computed by the domain from the law. */
export const deadlinesOf = (input: DerivationInput, today: LegalDate, soonDays = DEFAULT_SOON_DAYS): CaseDeadlines => {
  const names = new Map(input.persons.map((p) => [p.id, p.fullName]));
  return caseDeadlines({
    category: procedureCategory(input.row),
    periods: input.row.periods,
    measures: input.measures.map((m) => ({ ...measureOf(m), defendantName: names.get(m.personId) })),
    pendingDecisions: awaitingAnswer(input.pendingDecisions).map((d) => {
      const type = findDecisionType(d.typeCode);
      return { id: d.id, typeCode: d.typeCode, receivedAt: d.receivedAt ?? d.decisionDate, label: type?.label };
    }),
    today,
    soonDays,
  });
};

/** Words a case is found by: its code, title, opening number, reference, people's names and articles. */
export const searchTextOf = (input: DerivationInput): string =>
  foldText(
    [
      caseCode(input.row, input.officeCode),
      input.row.title,
      input.row.openingNumber ?? '',
      input.row.externalRef ?? '',
      ...input.persons.filter((p) => p.mergedInto === null).map((p) => p.fullName),
      ...liveCharges(input.charges).map((c) => `dieu ${c.article}`),
    ].join(' '),
  );

/** The derived columns of a case and its live deadline rows, as of `today`. */
export const deriveCase = (input: DerivationInput, today: LegalDate) => {
  const category = categoryOfCase(input.row, input.charges);
  const withCategory = { ...input, row: { ...input.row, category } };
  const { deadlines } = input.row.mergedInto ? { deadlines: [] } : deadlinesOf(withCategory, today);
  const lead = leadCharge(input.row, input.charges);
  const next = deadlines[0];
  const catalogue = catalogueOfCase(input.row);
  return {
    columns: {
      category,
      leadArticle: lead?.article ?? null,
      leadClause: lead?.clause ?? null,
      defendantCount: input.persons.filter((p) => p.role === 'defendant' && p.mergedInto === null).length,
      nextDueDate: next?.dueDate ?? null,
      nextDue: next ? { label: next.label, due: next.due } : null,
      completeness: assessCompleteness(snapshotOf(withCategory)).score,
      searchText: searchTextOf(input),
      chargeArticles: [...new Set(liveCharges(input.charges).map((c) => c.article))].sort(),
    },
    deadlineRows: deadlines.map((d) => ({
      caseId: input.row.id,
      key: d.key,
      officeId: input.row.officeId,
      kind: d.kind,
      ruleId: d.ruleId ?? null,
      labelVi: d.label.vi,
      labelEn: d.label.en,
      basis: d.basis,
      due: d.due,
      dueDate: d.dueDate,
      window: d.window,
    })),
    chargeCategory: (c: repo.ChargeRow) => (catalogue ? (categoryOfCharge(chargeOf(c), catalogue) ?? null) : null),
  };
};

/**
 * Recomputes the derived columns and live deadlines of some cases from what is stored (after a write, or
 * daily: windows lapse and deadlines come due with the calendar). Run inside the writer's transaction.
 */
export const refreshCaseDerived = async (db: Db, caseIds: readonly string[], today: LegalDate) => {
  if (caseIds.length === 0) return;
  const rows = await db
    .select(repo.withOffice)
    .from(cases)
    .innerJoin(repo.officesTable, repo.joinOffice)
    .where(inArray(cases.id, [...caseIds]));
  const parts = await repo.loadDerivationParts(db, caseIds);
  const assignments = await repo.currentAssignments(db, caseIds);
  const evidence = await repo.evidenceCounts(db, caseIds);
  const group = <T extends { caseId: string }>(items: readonly T[]) => Map.groupBy(items, (i) => i.caseId);
  const [persons, charges, measures, decisions, assigned] = [
    group(parts.persons),
    group(parts.charges),
    group(parts.measures),
    group(parts.decisions),
    group(assignments),
  ];
  const stored = Map.groupBy(await repo.deadlinesOfCases(db, caseIds), (d) => d.caseId);
  const changedColumns: { id: string; columns: DerivedColumns }[] = [];
  const changedDeadlines: string[] = [];
  const newDeadlines: DeadlineRow[] = [];
  for (const { row, officeCode } of rows) {
    const derived = deriveCase(
      {
        row,
        officeCode,
        persons: persons.get(row.id) ?? [],
        charges: charges.get(row.id) ?? [],
        measures: measures.get(row.id) ?? [],
        pendingDecisions: (decisions.get(row.id) ?? []).filter((d) => PENDING.includes(d.state)),
        decisions: decisions.get(row.id) ?? [],
        assignedProsecutorIds: (assigned.get(row.id) ?? [])
          .filter((a) => a.role === 'prosecutor')
          .map((a) => a.officerId),
        evidenceCount: evidence.get(row.id) ?? 0,
      },
      today,
    );
    if (!sameColumns(row, derived.columns)) changedColumns.push({ id: row.id, columns: derived.columns });
    if (!sameDeadlines(stored.get(row.id) ?? [], derived.deadlineRows)) {
      changedDeadlines.push(row.id);
      newDeadlines.push(...derived.deadlineRows);
    }
  }
  // Most cases do not change from one day to the next: only what differs is written.
  await repo.updateDerivedMany(db, changedColumns);
  await repo.replaceDeadlines(db, changedDeadlines, newDeadlines);
  return { changed: new Set([...changedColumns.map((c) => c.id), ...changedDeadlines]).size };
};

type DerivedColumns = ReturnType<typeof deriveCase>['columns'];
type DeadlineRow = repo.DeadlineRow;

/** JSON with object keys sorted, because jsonb does not keep the order they were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
  );

const sameColumns = (row: repo.CaseRow, columns: DerivedColumns) =>
  (Object.keys(columns) as (keyof DerivedColumns)[]).every((key) => canonical(row[key]) === canonical(columns[key]));

const deadlineKey = (d: Omit<DeadlineRow, 'caseId'>) =>
  JSON.stringify([d.key, d.officeId, d.kind, d.ruleId, d.labelVi, d.labelEn, d.basis, d.due, d.dueDate, d.window]);

const sameDeadlines = (stored: readonly DeadlineRow[], computed: readonly DeadlineRow[]) =>
  stored.length === computed.length &&
  JSON.stringify(stored.map(deadlineKey).sort()) === JSON.stringify(computed.map(deadlineKey).sort());

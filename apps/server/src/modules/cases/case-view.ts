import {
  allowedActs,
  allowedExternalActions,
  assessDataQuality,
  type CaseDecision,
  type CaseDetail,
  type CaseOfficer,
  type CaseSummary,
  type CrimeCategory,
  DEFAULT_SOON_DAYS,
  daysBetween,
  deadlineState,
  EXTERNAL_STATE_LABELS,
  type ExternalDecisionState,
  findArticle,
  findDecisionType,
  formatBasis,
  type LegalDate,
  nextDecisionState,
  nextExternalDecisionState,
  PROCURACY_DECISION_ACTIONS,
  PROCURACY_STATE_LABELS,
  type ProcuracyDecisionState,
  type Role,
} from '@eprocuracy/domain';
import {
  caseCode,
  catalogueOfCase,
  type DerivationInput,
  deadlinesOf,
  procedureCategory,
  snapshotOf,
} from './case-derived.ts';
import type * as repo from './cases.repo.ts';

type Officer = { officerId: string; fullName: string; role: string; fromDate: string };

const officersOf = (rows: readonly Officer[]): CaseOfficer[] =>
  rows.map((a) => ({
    officerId: a.officerId,
    fullName: a.fullName,
    role: a.role as CaseOfficer['role'],
    fromDate: a.fromDate,
  }));

const articleName = (article: string, onDate: string | null) => {
  const catalogue = catalogueOfCase({ openedOn: onDate });
  return (catalogue && findArticle(article, catalogue)?.name) ?? '';
};

/** A row of the case list, from the stored (derived) columns. */
export const summaryOf = (
  found: { row: repo.CaseRow; officeName: string; officeCode: string },
  officers: readonly Officer[],
  today: LegalDate,
): CaseSummary => {
  const r = found.row;
  const daysLeft = r.nextDueDate ? daysBetween(today, r.nextDueDate) : 0;
  return {
    id: r.id,
    code: caseCode(r, found.officeCode),
    number: r.number,
    year: r.year,
    officeId: r.officeId,
    officeName: found.officeName,
    title: r.title,
    stage: r.stage as CaseSummary['stage'],
    category: r.category as CrimeCategory | null,
    secrecy: r.secrecy as CaseSummary['secrecy'],
    openedOn: r.openedOn,
    investigatingBodyName: r.investigatingBodyName,
    leadCharge: r.leadArticle
      ? { article: r.leadArticle, clause: r.leadClause, name: articleName(r.leadArticle, r.openedOn) }
      : null,
    defendantCount: r.defendantCount,
    officers: officersOf(officers),
    nextDeadline:
      r.nextDue && r.nextDueDate
        ? {
            label: r.nextDue.label,
            due: r.nextDue.due,
            dueDate: r.nextDueDate,
            daysLeft,
            state: deadlineState(daysLeft, DEFAULT_SOON_DAYS),
          }
        : null,
    completeness: r.completeness,
    externalRef: r.externalRef,
    updatedAt: r.updatedAt.toISOString(),
  };
};

/** What the actor may do now with a decision, following the workflow in the domain. */
const actionsFor = (d: repo.DecisionRow, roles: readonly Role[], canWrite: boolean): string[] => {
  const type = findDecisionType(d.typeCode);
  if (!type || !canWrite || type.recordOnly) return [];
  if (type.issuer === 'procuracy') {
    return PROCURACY_DECISION_ACTIONS.filter((a) => nextDecisionState(d.state as ProcuracyDecisionState, a, roles).ok);
  }
  return allowedExternalActions(type).filter(
    (a) => nextExternalDecisionState(type, d.state as ExternalDecisionState, a, roles).ok,
  );
};

const decisionOf = (
  d: repo.DecisionRow,
  names: ReadonlyMap<string, string>,
  roles: readonly Role[],
  canWrite: boolean,
): CaseDecision => {
  const type = findDecisionType(d.typeCode);
  const stateLabel =
    type?.issuer === 'procuracy'
      ? PROCURACY_STATE_LABELS[d.state as ProcuracyDecisionState]
      : EXTERNAL_STATE_LABELS[d.state as ExternalDecisionState];
  return {
    id: d.id,
    typeCode: d.typeCode,
    label: type?.label ?? { vi: d.typeCode, en: d.typeCode },
    issuer: type?.issuer ?? 'procuracy',
    basis: type ? formatBasis(type.basis).vi : '',
    subjectId: d.subjectId,
    subjectName: d.subjectId ? (names.get(d.subjectId) ?? null) : null,
    number: d.number,
    date: d.decisionDate,
    receivedAt: d.receivedAt,
    state: d.state,
    stateLabel: stateLabel ?? { vi: d.state, en: d.state },
    inEffect: d.inEffect,
    requiresApproval: type?.requiresProcuracyApproval ?? false,
    actions: actionsFor(d, roles, canWrite),
    respondsTo: d.respondsTo,
    period: d.period ?? null,
    note: d.note,
    draftedByName: d.draftedBy ? (names.get(d.draftedBy) ?? null) : null,
    decidedByName: d.decidedBy ? (names.get(d.decidedBy) ?? null) : null,
    updatedAt: d.updatedAt.toISOString(),
  };
};

export type DetailParts = Awaited<ReturnType<typeof repo.loadParts>> & {
  found: { row: repo.CaseRow; officeName: string; officeCode: string };
  officers: readonly Officer[];
  officerNames: ReadonlyMap<string, string>;
  roles: readonly Role[];
  canWrite: boolean;
};

/** The case page: stored facts plus what the domain computes from them today. */
export const detailOf = (parts: DetailParts, today: LegalDate): CaseDetail => {
  const { found, persons, charges, measures, decisions } = parts;
  const r = found.row;
  const input: DerivationInput = {
    row: r,
    officeCode: found.officeCode,
    persons,
    charges,
    measures,
    pendingDecisions: decisions.filter((d) => d.state === 'recorded' || d.state === 'submitted'),
    decisions,
    assignedProsecutorIds: parts.officers.filter((o) => o.role === 'prosecutor').map((o) => o.officerId),
    evidenceCount: parts.evidence.length,
  };
  const { deadlines, problems } = deadlinesOf(input, today);
  const names = new Map([...parts.officerNames, ...persons.map((p) => [p.id, p.fullName] as const)]);
  const catalogue = catalogueOfCase(r);
  return {
    ...summaryOf(found, parts.officers, today),
    summary: r.summary,
    openingNumber: r.openingNumber,
    investigatingBodyCode: r.investigatingBodyCode,
    offenceDate: r.offenceDate,
    offencePlace: r.offencePlace,
    crimeReportId: r.crimeReportId,
    mergedInto: r.mergedInto ? { id: r.mergedInto, reason: r.mergeReason ?? 'joined' } : null,
    state: r.stageState,
    allowedActs: parts.canWrite && !r.mergedInto ? allowedActs(r.stageState) : [],
    persons: persons
      .filter((p) => p.mergedInto === null)
      .map((p) => ({
        id: p.id,
        role: p.role as CaseDetail['persons'][number]['role'],
        kind: p.kind as 'individual' | 'corporate',
        fullName: p.fullName,
        birthDate: p.birthDate,
        sex: p.sex as 'male' | 'female' | null,
        idNumber: p.idNumber,
        nationality: p.nationality,
        address: p.address,
        province: p.province,
        occupation: p.occupation,
        offenceDate: p.offenceDate,
        chargedOn: p.chargedOn,
      })),
    charges: charges
      .filter((c) => c.withdrawnAt === null)
      .map((c) => ({
        id: c.id,
        personId: c.personId,
        article: c.article,
        clause: c.clause,
        point: c.point,
        name: (catalogue && findArticle(c.article, catalogue)?.name) ?? '',
        category: c.category as CrimeCategory | null,
        chargedOn: c.chargedOn,
      })),
    evidence: parts.evidence.map((e) => ({
      id: e.id,
      description: e.description,
      quantity: e.quantity,
      unit: e.unit,
      seizedOn: e.seizedOn,
      note: e.note,
    })),
    measures: measures.map((m) => ({
      id: m.id,
      personId: m.personId,
      personName: names.get(m.personId) ?? '',
      kind: m.kind as CaseDetail['measures'][number]['kind'],
      stage: m.stage as CaseDetail['measures'][number]['stage'],
      start: m.start,
      ordered: m.ordered,
      orderedEnd: m.orderedEnd,
      extensions: m.extensions,
      custodyDaysDeducted: m.custodyDaysDeducted,
      endedAt: m.endedAt,
      decisionId: m.decisionId,
    })),
    decisions: decisions.map((d) => decisionOf(d, names, parts.roles, parts.canWrite)),
    deadlines,
    deadlineProblems: problems,
    quality: assessDataQuality(snapshotOf(input), { today, category: procedureCategory(r) }),
    events: parts.events
      .map((e) => ({ id: e.id, kind: e.kind, data: e.data, at: e.at.toISOString(), actorName: e.actorName }))
      .reverse(),
  };
};

import type {
  Article,
  CaseDetail,
  CaseSummary,
  DecisionIssuer,
  DecisionSubject,
  LocalizedText,
  Me,
  MeasureKind,
  SavedFilter,
} from '@eprocuracy/domain';
import { can } from '@eprocuracy/domain';
import type { CaseDuplicates } from '@eprocuracy/domain/cases/case-merge';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet, withQuery } from '../api/client.ts';
import type { CaseFilter } from './case-filter.ts';

export type CasePage = { items: CaseSummary[]; total: number };

/** A decision type as GET /api/decision-types lists it for the decision form. */
export type DecisionTypeOption = {
  code: string;
  label: LocalizedText;
  issuer: DecisionIssuer;
  appliesTo: DecisionSubject;
  basis: string;
  basisEn: string;
  requiresApproval: boolean;
  stageAct: string | null;
  /** The stages the decision may be recorded at; null: any stage its act allows. */
  stages: string[] | null;
  measure: { kind: MeasureKind | 'any'; effect: 'apply' | 'extend' | 'end' } | null;
  needsPeriod: boolean;
};

/** GET /api/penal-code answers with the catalogue's own articles, each with its chapter's name. */
export type PenalCodeArticle = Article & { chapterName: string };
export type PenalCodeResult = { version: string; effectiveFrom: string; total: number; items: PenalCodeArticle[] };

const listParams = (filter: CaseFilter) => ({
  ...filter,
  // "Include offices below" means nothing without an office.
  subtree: filter.officeId ? filter.subtree : undefined,
});

/** One page of the cases the officer may read, filtered and sorted by the server. */
export const useCases = (filter: CaseFilter, page: { current: number; pageSize: number }) =>
  useQuery({
    queryKey: ['cases', filter, page],
    queryFn: () =>
      apiGet<CasePage>('/api/cases', {
        ...listParams(filter),
        limit: page.pageSize,
        offset: (page.current - 1) * page.pageSize,
      }),
    placeholderData: keepPreviousData,
  });

/** The address that downloads the filtered list as CSV or XLSX (the server sends it as an attachment). */
export const exportUrl = (filter: CaseFilter, format: 'csv' | 'xlsx'): string =>
  withQuery('/api/cases/export', { ...listParams(filter), format });

/** One case with its live deadlines, data quality and history. */
export const useCase = (id: string) =>
  useQuery({
    queryKey: ['case', id],
    queryFn: () => apiGet<CaseDetail>(`/api/cases/${id}`),
    retry: false,
  });

/** Possible duplicates (sạch) of the case and of its people, among the records the officer may read. */
export const useCaseDuplicates = (id: string) =>
  useQuery({
    queryKey: ['case-duplicates', id],
    queryFn: () => apiGet<CaseDuplicates>(`/api/cases/${id}/duplicates`),
  });

/** The catalogue of procedural decisions; it changes only with the law, so it is fetched once. */
export const useDecisionTypes = () =>
  useQuery({
    queryKey: ['decision-types'],
    queryFn: () => apiGet<DecisionTypeOption[]>('/api/decision-types'),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Penal Code articles matching a number or words (diacritics optional), in the version in force on `on`. */
export const usePenalCode = (q: string, on?: string, limit = 20) =>
  useQuery({
    queryKey: ['penal-code', q, on, limit],
    queryFn: () => apiGet<PenalCodeResult>('/api/penal-code', { q, on, limit }),
    enabled: q.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });

/** The officer's saved list filters. */
export const useSavedFilters = () =>
  useQuery({ queryKey: ['saved-filters'], queryFn: () => apiGet<SavedFilter[]>('/api/saved-filters') });

const actorOf = (me: Me) => ({
  officerId: me.officerId,
  officeId: me.officeId,
  officePath: [me.officeId],
  roles: me.roles,
  clearance: me.clearance,
});

/** Whether the officer may open a case (prosecutors, leaders and clerks of their office). */
export const mayOpenCase = (me: Me): boolean =>
  me.roles.some((role) => role === 'prosecutor' || role === 'leader' || role === 'clerk');

/** Whether the officer may record acts on the case, by the shared access policy (the server decides in the end). */
export const mayWriteCase = (me: Me, c: CaseSummary): boolean =>
  can(actorOf(me), 'write', {
    kind: 'case',
    id: c.id,
    officeId: c.officeId,
    officePath: [c.officeId],
    secrecy: c.secrecy,
    assigneeIds: c.officers.map((o) => o.officerId),
  });

/** Whether the officer leads the case's office and so assigns its officers. */
export const mayAssignCase = (me: Me, c: CaseSummary): boolean =>
  me.roles.includes('leader') && me.officeId === c.officeId;

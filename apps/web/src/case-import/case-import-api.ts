import { type CaseImportRows, type CaseImportView, can, type Me } from '@eprocuracy/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiGet } from '../api/client.ts';

const FINISHED = ['done', 'rejected', 'failed'];
export const isFinished = (view: CaseImportView | undefined) => !!view && FINISHED.includes(view.status);

/** Whether the officer may import cases: write a case of their own office under the shared access policy. */
export const mayImportCases = (me: Me): boolean =>
  can(
    {
      officerId: me.officerId,
      officeId: me.officeId,
      officePath: [me.officeId],
      roles: me.roles,
      clearance: me.clearance,
    },
    'write',
    {
      kind: 'case',
      id: me.officeId,
      officeId: me.officeId,
      officePath: [me.officeId],
      secrecy: 'normal',
      assigneeIds: [],
    },
  );

/** Uploads the file with its options; the server answers at once and runs the import as a job. */
export const startCaseImport = (file: File, options: { mode: string; dryRun: boolean }) => {
  const body = new FormData();
  body.set('mode', options.mode);
  body.set('dryRun', String(options.dryRun));
  body.set('file', file);
  return api<CaseImportView>('POST', '/api/case-imports', body);
};

/** One import, polled every second until its job has finished. */
export const useCaseImport = (id: string | null) =>
  useQuery({
    queryKey: ['case-import', id],
    queryFn: () => apiGet<CaseImportView>(`/api/case-imports/${id}`),
    enabled: id !== null,
    retry: false,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : 1000),
  });

/** A page of the per-row report, once the import has finished. */
export const useCaseImportRows = (
  id: string | null,
  page: { current: number; pageSize: number; errorsOnly: boolean },
  enabled: boolean,
) =>
  useQuery({
    queryKey: ['case-import-rows', id, page],
    queryFn: () =>
      apiGet<CaseImportRows>(`/api/case-imports/${id}/rows`, {
        errorsOnly: page.errorsOnly,
        limit: page.pageSize,
        offset: (page.current - 1) * page.pageSize,
      }),
    enabled: enabled && id !== null,
    placeholderData: keepPreviousData,
  });

/** The officer's recent imports. */
export const useRecentCaseImports = () =>
  useQuery({ queryKey: ['case-imports'], queryFn: () => apiGet<CaseImportView[]>('/api/case-imports') });

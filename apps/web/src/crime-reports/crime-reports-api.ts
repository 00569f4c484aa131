import type { CrimeReport, CrimeReportDetail, CrimeReportStatus, Me } from '@eprocuracy/domain';
import { can, grantsFor } from '@eprocuracy/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client.ts';

export type CrimeReportFilter = {
  status?: CrimeReportStatus;
  mine?: boolean;
  overdue?: boolean;
  dueSoon?: number;
  officeId?: string;
  subtree?: boolean;
  q?: string;
  limit: number;
  offset: number;
};

export type CrimeReportPage = { items: CrimeReport[]; total: number };

/** One page of the crime reports the officer may read, filtered. */
export const useCrimeReports = (filter: CrimeReportFilter) =>
  useQuery({
    queryKey: ['crime-reports', filter],
    queryFn: () =>
      apiGet<CrimeReportPage>('/api/crime-reports', {
        status: filter.status,
        mine: filter.mine ? 'true' : undefined,
        overdue: filter.overdue ? 'true' : undefined,
        dueSoon: filter.dueSoon,
        officeId: filter.officeId,
        subtree: filter.officeId && filter.subtree ? 'true' : undefined,
        q: filter.q,
        limit: filter.limit,
        offset: filter.offset,
      }),
    placeholderData: keepPreviousData,
  });

/** One crime report with its computed settlement deadline. */
export const useCrimeReport = (id: string) =>
  useQuery({
    queryKey: ['crime-report', id],
    queryFn: () => apiGet<CrimeReportDetail>(`/api/crime-reports/${id}`),
    retry: false,
  });

// The browser knows only the officer's own office; the ancestors matter for reads, which the server decides.
const actorOf = (me: Me) => ({
  officerId: me.officerId,
  officeId: me.officeId,
  officePath: [me.officeId],
  roles: me.roles,
  clearance: me.clearance,
});

/** Whether the officer's roles let them read any crime report (and so see the menu item). */
export const worksOnCases = (me: Me): boolean => grantsFor(actorOf(me), 'case', 'read').length > 0;

/** Whether the officer may register a report (clerks, prosecutors and leaders of the receiving office). */
export const mayRegister = (me: Me): boolean =>
  me.roles.some((role) => role === 'clerk' || role === 'prosecutor' || role === 'leader');

/** Whether the officer may change the report (extend, suspend, resume, settle), by the shared access policy. */
export const mayWrite = (me: Me, report: CrimeReport): boolean =>
  can(actorOf(me), 'write', {
    kind: 'case',
    id: report.id,
    officeId: report.officeId,
    officePath: [report.officeId],
    secrecy: report.secrecy,
    assigneeIds: report.assignees.map((a) => a.officerId),
  });

/** Whether the officer leads the receiving office and so assigns its prosecutors. */
export const mayAssign = (me: Me, report: CrimeReport): boolean =>
  me.roles.includes('leader') && me.officeId === report.officeId;

/** Whether the report's settlement is still open (the period runs). */
export const isOpen = (report: CrimeReport): boolean =>
  report.status === 'received' || report.status === 'assigned' || report.status === 'resumed';

import type { DeadlineDashboard, DeadlineQuery, Me, Office } from '@eprocuracy/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client.ts';

export type DeadlineScope = DeadlineQuery['scope'];
export type DeadlineStateFilter = DeadlineQuery['state'];

/** One page of the deadline dashboard ("việc sắp đến hạn / quá hạn") in a scope. */
export const useDeadlines = (query: Partial<DeadlineQuery> & { scope: DeadlineScope }, enabled = true) =>
  useQuery({
    queryKey: ['deadlines', query],
    queryFn: () => apiGet<DeadlineDashboard>('/api/deadlines', query),
    placeholderData: keepPreviousData,
    enabled,
  });

/**
 * The dashboard tabs an officer has: their own cases (anyone who works on cases), their office (leaders),
 * and the offices below (leaders of an office that has offices below it).
 */
export const deadlineScopes = (me: Me, offices: readonly Pick<Office, 'id' | 'parentId'>[] | undefined) => {
  const isLeader = me.roles.includes('leader');
  const scopes: DeadlineScope[] = [];
  if (me.roles.some((r) => r === 'prosecutor' || r === 'examiner' || r === 'leader')) scopes.push('mine');
  if (isLeader) scopes.push('office');
  if (isLeader && offices?.some((o) => o.parentId === me.officeId)) scopes.push('below');
  return scopes;
};

/** Whether the officer has a deadline dashboard at all (and so the menu item). */
export const hasDeadlines = (me: Me): boolean => deadlineScopes(me, []).length > 0;

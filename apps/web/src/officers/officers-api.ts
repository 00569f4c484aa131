import type { Officer, OfficerStatus } from '@eprocuracy/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client.ts';

export type OfficerFilter = {
  officeId?: string;
  subtree?: boolean;
  q?: string;
  status?: OfficerStatus;
  limit: number;
  offset: number;
};

export type OfficerPage = { items: Officer[]; total: number };

/** One page of the officer directory, filtered. */
export const useOfficers = (filter: OfficerFilter, enabled = true) =>
  useQuery({
    queryKey: ['officers', filter],
    queryFn: () =>
      apiGet<OfficerPage>('/api/officers', {
        officeId: filter.officeId,
        subtree: filter.officeId && filter.subtree ? 'true' : undefined,
        q: filter.q,
        status: filter.status,
        limit: filter.limit,
        offset: filter.offset,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });

/** Whether an officer's account is locked right now. */
export const isLocked = (officer: Pick<Officer, 'lockedUntil'>, now = Date.now()): boolean =>
  officer.lockedUntil !== null && new Date(officer.lockedUntil).getTime() > now;

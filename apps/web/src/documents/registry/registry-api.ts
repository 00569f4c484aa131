import type { HandlingStatus, IncomingEntry, Me, OutgoingEntry, RegistryBook, RegistryPage } from '@eprocuracy/domain';
import { can, grantsFor, mayOpenBook } from '@eprocuracy/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet, withQuery } from '../../api/client.ts';

export const REGISTRY_API = '/api/document-registry';

export type IncomingFilter = {
  year?: number;
  book?: RegistryBook;
  status?: HandlingStatus;
  overdue?: boolean;
  mine?: boolean;
  q?: string;
  limit: number;
  offset: number;
};

export type OutgoingFilter = { year?: number; book?: RegistryBook; q?: string; limit: number; offset: number };

/** One page of the incoming registry the officer may read. */
export const useIncoming = (filter: IncomingFilter) =>
  useQuery({
    queryKey: ['document-registry', 'incoming', filter],
    queryFn: () =>
      apiGet<RegistryPage<IncomingEntry>>(`${REGISTRY_API}/incoming`, {
        ...filter,
        overdue: filter.overdue ? 'true' : undefined,
        mine: filter.mine ? 'true' : undefined,
      }),
    placeholderData: keepPreviousData,
  });

export const useOutgoing = (filter: OutgoingFilter) =>
  useQuery({
    queryKey: ['document-registry', 'outgoing', filter],
    queryFn: () => apiGet<RegistryPage<OutgoingEntry>>(`${REGISTRY_API}/outgoing`, filter),
    placeholderData: keepPreviousData,
  });

/** Overdue handling for the dashboard. */
export const useOverdueIncoming = () =>
  useQuery({
    queryKey: ['document-registry', 'overdue'],
    queryFn: () => apiGet<RegistryPage<IncomingEntry>>(`${REGISTRY_API}/incoming/overdue`),
  });

/** The URL of a printed registry book. */
export const bookUrl = (direction: 'incoming' | 'outgoing', year: number, book: RegistryBook, format: 'pdf' | 'xlsx') =>
  withQuery(`${REGISTRY_API}/book`, { direction, year, book, format });

// The browser knows only the officer's own office; the server decides on everything else.
const actorOf = (me: Me) => ({
  officerId: me.officerId,
  officeId: me.officeId,
  officePath: [me.officeId],
  roles: me.roles,
  clearance: me.clearance,
});

/** Whether the officer reads any registry entry (and so sees the menu item). */
export const readsRegistry = (me: Me): boolean => grantsFor(actorOf(me), 'document', 'read').length > 0;

/** Whether the officer keeps the office's books (registers and routes): clerks and leaders. */
export const keepsBooks = (me: Me): boolean =>
  can(actorOf(me), 'write', {
    kind: 'document',
    id: 'new',
    officeId: me.officeId,
    officePath: [me.officeId],
    secrecy: 'normal',
    assigneeIds: [],
  });

/** Whether the officer may open the secret book. */
export const opensSecretBook = (me: Me): boolean => mayOpenBook(me.clearance, 'secret');

/** Whether the officer may move an entry's handling (its handler, or the office's clerk or leader). */
export const mayHandle = (me: Me, entry: IncomingEntry): boolean =>
  can(actorOf(me), 'write', {
    kind: 'document',
    id: entry.id,
    officeId: entry.officeId,
    officePath: [entry.officeId],
    secrecy: entry.secrecy,
    assigneeIds: entry.handler ? [entry.handler.officerId] : [],
  });

export const formatDate = (date: string | null) => (date ? date.split('-').reverse().join('/') : '');

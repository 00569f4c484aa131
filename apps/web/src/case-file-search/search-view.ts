import { type CaseFileSearchHit, type CaseFileSearchQuery, ZCaseFileSearchQuery } from '@eprocuracy/domain';

/** What the search page shows, as the address bar keeps it: the query, its filters and the page. */
export type SearchFilter = Partial<Omit<CaseFileSearchQuery, 'limit' | 'offset'>>;
export type SearchView = { filter: SearchFilter; page: number };

export const PAGE_SIZE = 20;
const SHAPE = ZCaseFileSearchQuery.shape;
const FILTER_KEYS = ['q', 'officeId', 'subtree', 'documentType', 'from', 'to', 'versions'] as const;

/** Reads the view from the address; each value is checked by the API's contract, a bad one is dropped alone. */
export const readSearchView = (params: URLSearchParams): SearchView => {
  const filter: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    const parsed = SHAPE[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) filter[key] = parsed.data;
  }
  // Defaults say nothing: leaving them out keeps links short.
  if (filter.versions === 'current') delete filter.versions;
  if (filter.subtree === 'false') delete filter.subtree;
  const page = Number(params.get('page'));
  return { filter: filter as SearchFilter, page: Number.isInteger(page) && page > 0 ? page : 1 };
};

/** The address of a view: only the filters that are set, and the page when past the first. */
export const writeSearchView = ({ filter, page }: SearchView): URLSearchParams => {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (page > 1) params.set('page', String(page));
  return params;
};

/** The API query of a view (nothing is searched before there are words). */
export const searchQueryOf = ({ filter, page }: SearchView): Record<string, string | number> | null =>
  filter.q
    ? {
        ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== '')),
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      }
    : null;

/**
 * Where a hit opens: the case page's case-file tab at the document and page (and the version, when the hit is
 * on an older one), e.g. /cases/<caseId>?tab=files&document=<documentId>&page=3.
 */
export const hitLink = (
  hit: Pick<CaseFileSearchHit, 'caseId' | 'documentId' | 'pageNo' | 'version' | 'isCurrentVersion'>,
  query?: string,
) => {
  const params = new URLSearchParams({ tab: 'files', document: hit.documentId, page: String(hit.pageNo) });
  if (!hit.isCurrentVersion) params.set('version', String(hit.version));
  // The viewer marks the words of the search in the page's text.
  if (query) params.set('find', query);
  return `/cases/${hit.caseId}?${params}`;
};

import { type SavedFilterInput, ZSavedFilterInput } from '@eprocuracy/domain';

/** The list's filters and sort, exactly as the API and saved filters take them. */
export type CaseFilter = SavedFilterInput['query'];
export type CaseListView = { filter: CaseFilter; page: number; pageSize: number };

const SHAPE = ZSavedFilterInput.shape.query.shape;
type FilterKey = keyof typeof SHAPE;
const FILTER_KEYS = Object.keys(SHAPE) as FilterKey[];

export const PAGE_SIZES = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

/**
 * Reads filters from a query string or a saved filter; each value is checked by the API's own contract,
 * so a hand-edited link with one bad value keeps every other filter.
 */
export const parseCaseFilter = (source: URLSearchParams | Record<string, unknown>): CaseFilter => {
  const read = (key: string): unknown => (source instanceof URLSearchParams ? source.get(key) : source[key]);
  const filter: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const raw = read(key);
    if (raw === null || raw === undefined || raw === '') continue;
    const parsed = SHAPE[key].safeParse(typeof raw === 'string' ? raw : String(raw));
    if (parsed.success && parsed.data !== undefined && parsed.data !== '') filter[key] = parsed.data;
  }
  // Defaults say nothing: leaving them out keeps links short and makes equal views compare equal.
  if (filter.sort === 'updated') delete filter.sort;
  if (filter.mine === 'false') delete filter.mine;
  if (filter.subtree === 'false') delete filter.subtree;
  return filter as CaseFilter;
};

const positiveInt = (raw: string | null, fallback: number): number => {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** The whole list view (filters, page, page size) from the address bar. */
export const readListView = (params: URLSearchParams): CaseListView => {
  const size = positiveInt(params.get('size'), DEFAULT_PAGE_SIZE);
  return {
    filter: parseCaseFilter(params),
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
};

/** The query string of a list view, in a fixed key order so one view has one address. */
export const writeListView = ({ filter, page, pageSize }: CaseListView): URLSearchParams => {
  const params = new URLSearchParams();
  const clean = parseCaseFilter(filter as Record<string, unknown>);
  for (const key of FILTER_KEYS) {
    const value = clean[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (page > 1) params.set('page', String(page));
  if (pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(pageSize));
  return params;
};

/** Whether two filters select the same cases in the same order. */
export const sameFilter = (a: CaseFilter, b: CaseFilter): boolean =>
  writeListView({ filter: a, page: 1, pageSize: DEFAULT_PAGE_SIZE }).toString() ===
  writeListView({ filter: b, page: 1, pageSize: DEFAULT_PAGE_SIZE }).toString();

/** Whether any filter is set (the sort alone does not count). */
export const hasFilter = (filter: CaseFilter): boolean =>
  Object.entries(filter).some(([key, value]) => key !== 'sort' && value !== undefined);

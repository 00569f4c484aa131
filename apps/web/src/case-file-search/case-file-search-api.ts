import type { CaseFileSearchResult } from '@eprocuracy/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client.ts';
import { type SearchView, searchQueryOf } from './search-view.ts';

/** Pages of the case files the officer may read that match the view's words; idle until there are words. */
export const useCaseFileSearch = (view: SearchView) => {
  const query = searchQueryOf(view);
  return useQuery({
    queryKey: ['case-file-search', query],
    queryFn: () => apiGet<CaseFileSearchResult>('/api/case-files/search', query ?? undefined),
    enabled: query !== null,
    retry: false,
    placeholderData: keepPreviousData,
  });
};

import { Alert, Card, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../api/problem.ts';
import { useLang } from '../i18n/use-lang.ts';
import { useCaseFileSearch } from './case-file-search-api.ts';
import { SearchFilters } from './search-filters.tsx';
import { SearchResults } from './search-results.tsx';
import { readSearchView, type SearchFilter, writeSearchView } from './search-view.ts';

/** Full-text search over every page of the case files the officer may read; the search is kept in the address. */
export const CaseFileSearchPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const view = readSearchView(params);
  const search = useCaseFileSearch(view);
  // A new search starts again from the first page.
  const searchBy = (filter: SearchFilter) => setParams(writeSearchView({ filter, page: 1 }));

  return (
    <>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('caseFileSearch.title')}
      </Typography.Title>
      <Card style={{ marginTop: 16 }} data-testid="case-file-search-page">
        <SearchFilters value={view.filter} onChange={searchBy} />
        {!view.filter.q && <Typography.Paragraph type="secondary">{t('caseFileSearch.start')}</Typography.Paragraph>}
        {search.isError && <Alert type="error" showIcon title={errorText(search.error, lang)} />}
        {search.isLoading && <Spin />}
        {view.filter.q && search.data && !search.isError && (
          <SearchResults
            items={search.data.items}
            total={search.data.total}
            page={view.page}
            query={view.filter.q}
            onPage={(page) => setParams(writeSearchView({ ...view, page }))}
          />
        )}
      </Card>
    </>
  );
};

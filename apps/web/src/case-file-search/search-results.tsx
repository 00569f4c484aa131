import { type CaseFileSearchHit, findCaseDocumentType, type SnippetPart } from '@eprocuracy/domain';
import { Empty, Flex, Pagination, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, useLocalized } from '../cases/case-format.ts';
import { SecrecyTag } from '../cases/case-tags.tsx';
import { hitLink, PAGE_SIZE } from './search-view.ts';

/** A snippet with the matched words marked; text only, never HTML from the server. */
export const Snippet = ({ parts }: { parts: SnippetPart[] }) => (
  <Typography.Paragraph style={{ margin: 0 }} data-testid="snippet">
    {parts.map((part, i) =>
      part.hit ? (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet never move
        <mark key={i}>{part.text}</mark>
      ) : (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet never move
        <span key={i}>{part.text}</span>
      ),
    )}
  </Typography.Paragraph>
);

const HitItem = ({ hit, query }: { hit: CaseFileSearchHit; query: string }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const type = findCaseDocumentType(hit.documentType);
  return (
    <Flex vertical gap={4} data-testid="search-hit" style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex wrap gap={8} align="baseline">
        <Link
          to={hitLink(hit, query)}
          aria-label={`${t('caseFileSearch.open')}: ${hit.documentTitle}, ${t('caseFileSearch.page', { page: hit.pageNo })}`}
        >
          <Typography.Text strong>{hit.documentTitle}</Typography.Text> —{' '}
          {t('caseFileSearch.page', { page: hit.pageNo })}
        </Link>
        {type && <Tag>{localized(type.label)}</Tag>}
        <SecrecyTag secrecy={hit.secrecy} />
        {!hit.isCurrentVersion && (
          <Tag color="orange">{t('caseFileSearch.olderVersion', { version: hit.version })}</Tag>
        )}
      </Flex>
      <Typography.Text type="secondary">
        {hit.caseCode} · {hit.caseTitle}
        {hit.documentDate ? ` · ${formatDate(hit.documentDate)}` : ''}
      </Typography.Text>
      <Snippet parts={hit.snippet} />
    </Flex>
  );
};

type Props = {
  items: CaseFileSearchHit[];
  total: number;
  page: number;
  query: string;
  onPage: (page: number) => void;
};

/** Matching pages, best first, with the count capped like the case list's. */
export const SearchResults = ({ items, total, page, query, onPage }: Props) => {
  const { t } = useTranslation();
  if (total === 0) return <Empty description={t('caseFileSearch.none')} />;
  return (
    <>
      <Typography.Text data-testid="search-total">
        {total > 10_000 ? t('caseFileSearch.totalMany') : t('caseFileSearch.total', { count: total })}
      </Typography.Text>
      <ol aria-label={t('caseFileSearch.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((hit) => (
          <li key={`${hit.documentId}:${hit.version}:${hit.pageNo}`}>
            <HitItem hit={hit} query={query} />
          </li>
        ))}
      </ol>
      <Pagination
        style={{ marginTop: 16 }}
        current={page}
        pageSize={PAGE_SIZE}
        total={Math.min(total, 10_000)}
        showSizeChanger={false}
        onChange={onPage}
      />
    </>
  );
};

import { articleLabel, type Clause } from '@eprocuracy/domain';
import { Alert, Card, DatePicker, Empty, Flex, Input, List, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../api/problem.ts';
import { useLang } from '../i18n/use-lang.ts';
import { CHARGEABLE_CLAUSES, clauseSummary } from './article-picker.tsx';
import { formatDate } from './case-format.ts';
import { CategoryTag } from './case-tags.tsx';
import { type PenalCodeArticle, usePenalCode } from './cases-api.ts';
import { useDebounced } from './use-debounced.ts';

const ROMAN: [number, string][] = [
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Chapters of the Code are numbered in Roman numerals (Chương XVI). */
const roman = (n: number): string => {
  let rest = n;
  let out = '';
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
};

/** The Penal Code's offences, searched by article number or words of the name, with or without diacritics. */
export const PenalCodePage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [on, setOn] = useState<Dayjs | null>(null);
  const q = useDebounced(text.trim());
  const result = usePenalCode(q, on?.format('YYYY-MM-DD'), 50);
  const search = (value: string) => {
    setText(value);
    setParams(value.trim() ? { q: value.trim() } : {}, { replace: true });
  };
  const items = q ? (result.data?.items ?? []) : [];
  const version = q ? result.data : undefined;
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('cases.penalCode.title')}
      </Typography.Title>
      <Card>
        <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('cases.penalCode.search')}
            placeholder={t('cases.penalCode.searchPlaceholder')}
            value={text}
            onChange={(e) => search(e.target.value)}
            onSearch={search}
            allowClear
            loading={result.isFetching}
            style={{ width: 460, maxWidth: '100%' }}
          />
          <DatePicker
            aria-label={t('cases.penalCode.on')}
            placeholder={t('cases.penalCode.on')}
            format="DD/MM/YYYY"
            value={on}
            onChange={setOn}
          />
          {version && (
            <Typography.Text type="secondary">
              {t('cases.penalCode.version', { version: version.version, from: formatDate(version.effectiveFrom) })}
            </Typography.Text>
          )}
        </Flex>
        {result.error && <Alert type="error" showIcon title={errorText(result.error, lang)} />}
        {!q ? (
          <Empty description={t('cases.penalCode.hint')} />
        ) : (
          <List
            data-testid="penal-code-results"
            dataSource={items}
            loading={result.isFetching && items.length === 0}
            locale={{ emptyText: t('cases.penalCode.noResult') }}
            renderItem={(article) => <ArticleItem article={article} />}
          />
        )}
      </Card>
    </>
  );
};

const ArticleItem = ({ article }: { article: PenalCodeArticle }) => {
  const { t } = useTranslation();
  const clauses = article.clauses.filter((c) => CHARGEABLE_CLAUSES.includes(c.kind));
  return (
    <List.Item style={{ display: 'block' }} data-testid="penal-code-article">
      <Flex align="center" gap={8} wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('cases.articleOption', { article: articleLabel(article), name: article.name })}
        </Typography.Title>
        {article.isAmended && <Tag color="blue">{t('cases.penalCode.amended')}</Tag>}
      </Flex>
      <Typography.Text type="secondary">
        {t('cases.penalCode.chapter', { chapter: roman(article.chapter), name: article.chapterName })}
      </Typography.Text>
      {clauses.length > 0 && (
        <Table<Clause>
          size="small"
          style={{ marginTop: 8 }}
          pagination={false}
          rowKey={(c) => `${c.number}:${c.kind}`}
          dataSource={clauses}
          columns={[
            {
              title: t('cases.clause'),
              key: 'clause',
              width: 100,
              render: (_: unknown, c: Clause) =>
                c.number === null ? t('cases.penalCode.wholeArticle') : t('cases.clauseShort', { clause: c.number }),
            },
            {
              title: t('cases.penalCode.penalty'),
              key: 'penalty',
              render: (_: unknown, c: Clause) => clauseSummary(t, c),
            },
            {
              title: t('cases.category'),
              key: 'category',
              width: 200,
              render: (_: unknown, c: Clause) => <CategoryTag category={c.category} />,
            },
          ]}
        />
      )}
    </List.Item>
  );
};

import type { CaseSummary } from '@eprocuracy/domain';
import { Flex, Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PAGE_SIZES } from './case-filter.ts';
import { chargeRef, formatDate, formatMoment, useLocalized } from './case-format.ts';
import { DeadlineTag, SecrecyTag, StageTag } from './case-tags.tsx';
import type { CasePage } from './cases-api.ts';

type Props = {
  data: CasePage | undefined;
  loading: boolean;
  page: { current: number; pageSize: number };
  onPage: (page: { current: number; pageSize: number }) => void;
};

/** Completeness in colour: red below half, orange below 80 %, green above. */
export const completenessColour = (score: number): string =>
  score < 50 ? '#cf1322' : score < 80 ? '#d48806' : '#389e0d';

const prosecutorsOf = (c: CaseSummary) =>
  c.officers
    .filter((o) => o.role === 'prosecutor')
    .map((o) => o.fullName)
    .join(', ');

/** The case register: number, title, lead charge, stage, office, prosecutors, nearest deadline, completeness. */
export const CasesTable = ({ data, loading, page, onPage }: Props) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <Table<CaseSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="cases-table"
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page.current,
        pageSize: page.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        // The server counts up to 10 001 matches, then stops: more than that reads "more than 10 000".
        showTotal: (total) => (total > 10_000 ? t('cases.totalMany') : t('cases.totalCases', { count: total })),
        onChange: (current, pageSize) => onPage({ current, pageSize }),
      }}
      columns={[
        {
          title: t('cases.code'),
          key: 'code',
          render: (_: unknown, c: CaseSummary) => (
            <Flex vertical gap={2}>
              <Link to={`/cases/${c.id}`}>
                <strong>{c.code}</strong>
              </Link>
              {c.openedOn && (
                <Typography.Text type="secondary">
                  {t('cases.openedOnShort', { date: formatDate(c.openedOn) })}
                </Typography.Text>
              )}
              <div>
                <SecrecyTag secrecy={c.secrecy} />
              </div>
            </Flex>
          ),
        },
        {
          title: t('cases.titleLabel'),
          key: 'title',
          render: (_: unknown, c: CaseSummary) => (
            <div style={{ minWidth: 180, maxWidth: 280 }}>
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: c.title }} style={{ margin: 0 }}>
                {c.title}
              </Typography.Paragraph>
              <Typography.Text type="secondary">
                {[
                  t('cases.defendantCount', { count: c.defendantCount }),
                  prosecutorsOf(c) || t('cases.unassigned'),
                ].join(' · ')}
              </Typography.Text>
            </div>
          ),
        },
        {
          title: t('cases.leadCharge'),
          key: 'leadCharge',
          render: (_: unknown, c: CaseSummary) =>
            c.leadCharge ? (
              <div style={{ maxWidth: 200 }}>
                <div>{chargeRef(t, c.leadCharge)}</div>
                <Typography.Text type="secondary">{c.leadCharge.name}</Typography.Text>
              </div>
            ) : (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            ),
        },
        { title: t('cases.stage'), key: 'stage', render: (_: unknown, c: CaseSummary) => <StageTag stage={c.stage} /> },
        { title: t('cases.office'), dataIndex: 'officeName', responsive: ['xxl'] },
        {
          title: t('cases.nextDeadline'),
          key: 'nextDeadline',
          render: (_: unknown, c: CaseSummary) =>
            c.nextDeadline ? (
              <div style={{ maxWidth: 220 }} data-testid="next-deadline">
                <Typography.Text type="secondary" ellipsis={{ tooltip: localized(c.nextDeadline.label) }}>
                  {localized(c.nextDeadline.label)}
                </Typography.Text>
                <Flex gap={6} align="center" wrap>
                  <span>{formatMoment(c.nextDeadline.due)}</span>
                  <DeadlineTag deadline={c.nextDeadline} />
                </Flex>
              </div>
            ) : (
              <Typography.Text type="secondary">{t('cases.noRunningDeadline')}</Typography.Text>
            ),
        },
        {
          title: t('cases.completeness'),
          key: 'completeness',
          responsive: ['md'],
          render: (_: unknown, c: CaseSummary) => (
            <Progress
              percent={c.completeness}
              size="small"
              strokeColor={completenessColour(c.completeness)}
              style={{ width: 90 }}
              aria-label={t('cases.completeness')}
            />
          ),
        },
      ]}
    />
  );
};

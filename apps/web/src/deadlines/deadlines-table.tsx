import { type DeadlineDashboard, type DeadlineItem, formatViDate } from '@eprocuracy/domain';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../i18n/use-lang.ts';
import { type ListPage, listPagination } from '../shell/list-pagination.ts';
import { DaysLeft, DeadlineStateTag } from './deadline-state-tag.tsx';

type Props = {
  data: DeadlineDashboard | undefined;
  loading: boolean;
  showOffice: boolean;
  page: ListPage;
  onPage: (page: ListPage) => void;
};

/** Deadlines needing attention: case, deadline, legal basis, due day, days left and state. */
export const DeadlinesTable = ({ data, loading, showOffice, page, onPage }: Props) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Table<DeadlineItem>
      rowKey={(r) => `${r.caseId}:${r.key}`}
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="deadlines-table"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('deadlines.empty') }}
      pagination={listPagination(t, { page, total: data?.total ?? 0, onPage })}
      columns={[
        {
          title: t('deadlines.caseCode'),
          key: 'case',
          render: (_: unknown, r: DeadlineItem) => (
            <Link to={`/cases/${r.caseId}`}>
              <strong>{r.caseCode}</strong>
            </Link>
          ),
        },
        {
          title: t('deadlines.caseTitle'),
          dataIndex: 'caseTitle',
          render: (title: string) => (
            <Typography.Paragraph
              ellipsis={{ rows: 2, tooltip: title }}
              style={{ margin: 0, minWidth: 180, maxWidth: 300 }}
            >
              {title}
            </Typography.Paragraph>
          ),
        },
        ...(showOffice ? [{ title: t('deadlines.office'), dataIndex: 'officeName', responsive: ['md' as const] }] : []),
        {
          title: t('deadlines.deadline'),
          key: 'label',
          render: (_: unknown, r: DeadlineItem) => (lang === 'en' ? r.label.en : r.label.vi),
        },
        { title: t('deadlines.basis'), dataIndex: 'basis', responsive: ['lg'] },
        { title: t('deadlines.due'), dataIndex: 'due', render: (due: string) => formatViDate(due) },
        {
          title: t('deadlines.daysLeft'),
          dataIndex: 'daysLeft',
          render: (daysLeft: number) => <DaysLeft daysLeft={daysLeft} />,
        },
        {
          title: t('deadlines.state'),
          dataIndex: 'state',
          render: (_: unknown, r: DeadlineItem) => <DeadlineStateTag state={r.state} />,
        },
        {
          title: t('deadlines.prosecutors'),
          dataIndex: 'prosecutors',
          responsive: ['xl'],
          render: (names: string[]) =>
            names.length === 0 ? (
              <Typography.Text type="secondary">{t('deadlines.unassigned')}</Typography.Text>
            ) : (
              names.map((name) => <div key={name}>{name}</div>)
            ),
        },
      ]}
    />
  );
};

import type { CrimeReport } from '@eprocuracy/domain';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ListPage, listPagination } from '../shell/list-pagination.ts';
import type { CrimeReportPage } from './crime-reports-api.ts';
import { formatDate } from './report-options.ts';
import { DeadlineTag, StatusTag } from './report-tags.tsx';

type Props = {
  data: CrimeReportPage | undefined;
  loading: boolean;
  page: ListPage;
  onPage: (page: ListPage) => void;
};

/** The register of crime reports: number, dates, kind, summary, status, prosecutors and deadline. */
export const CrimeReportsTable = ({ data, loading, page, onPage }: Props) => {
  const { t } = useTranslation();
  return (
    <Table<CrimeReport>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="crime-reports-table"
      scroll={{ x: 'max-content' }}
      pagination={listPagination(t, { page, total: data?.total ?? 0, onPage })}
      columns={[
        {
          title: t('crimeReports.number'),
          key: 'number',
          render: (_: unknown, r: CrimeReport) => (
            <Link to={`/crime-reports/${r.id}`} title={r.code}>
              <strong>
                {r.number}/{r.year}
              </strong>
            </Link>
          ),
        },
        { title: t('crimeReports.receivedOn'), dataIndex: 'receivedOn', render: formatDate },
        {
          title: t('crimeReports.kindLabel'),
          dataIndex: 'kind',
          render: (k: string) => t(`crimeReports.kind.${k}`),
          responsive: ['md'],
        },
        {
          title: t('crimeReports.summary'),
          dataIndex: 'summary',
          render: (s: string) => (
            <Typography.Paragraph
              ellipsis={{ rows: 2, tooltip: s }}
              style={{ margin: 0, minWidth: 200, maxWidth: 320 }}
            >
              {s}
            </Typography.Paragraph>
          ),
        },
        {
          title: t('common.status'),
          dataIndex: 'status',
          render: (_: unknown, r: CrimeReport) => <StatusTag status={r.status} />,
        },
        {
          title: t('crimeReports.prosecutor'),
          key: 'assignees',
          responsive: ['lg'],
          render: (_: unknown, r: CrimeReport) =>
            r.assignees.length === 0 ? (
              <Typography.Text type="secondary">{t('crimeReports.unassigned')}</Typography.Text>
            ) : (
              r.assignees.map((a) => <div key={a.officerId}>{a.fullName}</div>)
            ),
        },
        {
          title: t('crimeReports.deadline'),
          key: 'deadline',
          render: (_: unknown, r: CrimeReport) => (
            <span data-testid="deadline-cell">
              {r.deadline.state === 'running' && <div>{formatDate(r.deadline.due)}</div>}
              <DeadlineTag deadline={r.deadline} />
            </span>
          ),
        },
      ]}
    />
  );
};

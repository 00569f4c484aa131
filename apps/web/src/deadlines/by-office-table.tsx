import type { DeadlineDashboard } from '@eprocuracy/domain';
import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

type Row = DeadlineDashboard['byOffice'][number];

type Props = {
  rows: Row[];
  loading: boolean;
  selected: string | undefined;
  onSelect: (officeId: string | undefined) => void;
};

/** Overdue and due-soon counts per office below, for leaders who supervise them; a row narrows the list. */
export const ByOfficeTable = ({ rows, loading, selected, onSelect }: Props) => {
  const { t } = useTranslation();
  return (
    <Table<Row>
      rowKey="officeId"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      data-testid="deadlines-by-office"
      locale={{ emptyText: t('deadlines.byOfficeEmpty') }}
      rowClassName={(r) => (r.officeId === selected ? 'ant-table-row-selected' : '')}
      columns={[
        {
          title: t('deadlines.office'),
          dataIndex: 'officeName',
          render: (name: string, r: Row) => (
            <Button
              type="link"
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
              aria-label={`${t('deadlines.showOffice')}: ${name}`}
              onClick={() => onSelect(r.officeId === selected ? undefined : r.officeId)}
            >
              {name}
            </Button>
          ),
        },
        {
          title: t('deadlines.counts.overdue'),
          dataIndex: 'overdue',
          align: 'right',
          render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n),
        },
        {
          title: t('deadlines.counts.dueSoon'),
          dataIndex: 'dueSoon',
          align: 'right',
          render: (n: number) => (n > 0 ? <Tag color="orange">{n}</Tag> : n),
        },
      ]}
    />
  );
};

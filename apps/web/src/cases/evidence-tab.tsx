import { PlusOutlined } from '@ant-design/icons';
import type { CaseEvidence } from '@eprocuracy/domain';
import { Button, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseTabProps } from './case-dialogs.tsx';
import { formatDate } from './case-format.ts';

/** Material evidence (vật chứng) seized in the case. */
export const EvidenceTab = ({ detail, onOpen }: CaseTabProps) => {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      {onOpen && (
        <Flex justify="flex-end">
          <Button icon={<PlusOutlined />} onClick={() => onOpen({ kind: 'evidence' })}>
            {t('cases.evidence.add')}
          </Button>
        </Flex>
      )}
      <Table<CaseEvidence>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={detail.evidence}
        data-testid="evidence-table"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('cases.evidence.none') }}
        columns={[
          { title: t('cases.evidence.description'), dataIndex: 'description' },
          {
            title: t('cases.evidence.quantity'),
            key: 'quantity',
            render: (_: unknown, e: CaseEvidence) =>
              e.quantity === null ? '—' : `${e.quantity.toLocaleString('vi-VN')} ${e.unit ?? ''}`.trim(),
          },
          {
            title: t('cases.evidence.seizedOn'),
            key: 'seizedOn',
            render: (_: unknown, e: CaseEvidence) => (e.seizedOn ? formatDate(e.seizedOn) : '—'),
          },
          { title: t('cases.evidence.note'), key: 'note', render: (_: unknown, e: CaseEvidence) => e.note ?? '' },
        ]}
      />
    </Flex>
  );
};

import { PlusOutlined } from '@ant-design/icons';
import type { CaseCharge } from '@eprocuracy/domain';
import { Button, Flex, Popconfirm, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { CaseTabProps } from './case-dialogs.tsx';
import { chargeRef, formatDate } from './case-format.ts';
import { CategoryTag } from './case-tags.tsx';
import { useCaseMutation } from './use-case-mutation.ts';

/** Every charge of the case, against a defendant or the case itself, with its crime category. */
export const ChargesTab = ({ detail, onOpen }: CaseTabProps) => {
  const { t } = useTranslation();
  const { busy, run } = useCaseMutation(undefined, () => undefined);
  const names = new Map(detail.persons.map((p) => [p.id, p.fullName]));
  const withdraw = (charge: CaseCharge) =>
    run(
      () => api('POST', `/api/cases/${detail.id}/charges/${charge.id}/withdraw`),
      t('cases.charge.withdrawn', { charge: chargeRef(t, charge) }),
    );
  return (
    <Flex vertical gap={16}>
      {onOpen && (
        <Flex justify="flex-end">
          <Button icon={<PlusOutlined />} onClick={() => onOpen({ kind: 'charge' })}>
            {t('cases.charge.add')}
          </Button>
        </Flex>
      )}
      <Table<CaseCharge>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={detail.charges}
        data-testid="charges-table"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('common.none') }}
        columns={[
          {
            title: t('cases.charge.ref'),
            key: 'ref',
            render: (_: unknown, c: CaseCharge) => <strong>{chargeRef(t, c)}</strong>,
          },
          { title: t('cases.charge.name'), dataIndex: 'name' },
          {
            title: t('cases.category'),
            key: 'category',
            render: (_: unknown, c: CaseCharge) => <CategoryTag category={c.category} />,
          },
          {
            title: t('cases.charge.against'),
            key: 'person',
            render: (_: unknown, c: CaseCharge) =>
              c.personId ? (
                (names.get(c.personId) ?? '—')
              ) : (
                <Typography.Text type="secondary">{t('cases.charge.caseLevel')}</Typography.Text>
              ),
          },
          {
            title: t('cases.charge.chargedOn'),
            key: 'chargedOn',
            render: (_: unknown, c: CaseCharge) => (c.chargedOn ? formatDate(c.chargedOn) : '—'),
          },
          ...(onOpen
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, c: CaseCharge) => (
                    <Popconfirm
                      title={t('cases.charge.withdrawConfirm', { charge: chargeRef(t, c) })}
                      okText={t('common.yes')}
                      cancelText={t('common.no')}
                      onConfirm={() => withdraw(c)}
                    >
                      <Button size="small" danger loading={busy}>
                        {t('cases.charge.withdraw')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
};

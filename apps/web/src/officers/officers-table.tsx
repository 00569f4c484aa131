import {
  EditOutlined,
  HistoryOutlined,
  KeyOutlined,
  LockOutlined,
  MoreOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import type { Officer } from '@eprocuracy/domain';
import { Button, Dropdown, Space, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ListPage, listPagination } from '../shell/list-pagination.ts';
import type { OfficerAction } from './officer-action-modals.tsx';
import { isLocked, type OfficerPage } from './officers-api.ts';

type Props = {
  data: OfficerPage | undefined;
  loading: boolean;
  page: ListPage;
  onPage: (page: ListPage) => void;
  admin: boolean;
  onAction: (kind: OfficerAction, officer: Officer) => void;
};

/** The officer table with status tags and a per-row action menu. */
export const OfficersTable = ({ data, loading, page, onPage, admin, onAction }: Props) => {
  const { t } = useTranslation();
  const menu = (officer: Officer) => ({
    items: [
      { key: 'postings', icon: <HistoryOutlined />, label: t('officers.postings') },
      ...(admin
        ? [
            { key: 'edit', icon: <EditOutlined />, label: t('officers.edit') },
            { key: 'transfer', icon: <SwapOutlined />, label: t('officers.transfer') },
            { key: 'reset', icon: <KeyOutlined />, label: t('officers.resetPassword') },
          ]
        : []),
    ],
    onClick: ({ key }: { key: string }) => onAction(key as OfficerAction, officer),
  });
  return (
    <Table<Officer>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      data-testid="officers-table"
      pagination={listPagination(t, { page, total: data?.total ?? 0, onPage })}
      columns={[
        { title: t('officers.fullName'), dataIndex: 'fullName' },
        { title: t('officers.username'), dataIndex: 'username', responsive: ['xl'] },
        { title: t('officers.office'), dataIndex: 'officeName' },
        { title: t('officers.position'), dataIndex: 'position', render: (p: string) => t(`vocab.position.${p}`) },
        {
          title: t('common.status'),
          key: 'status',
          render: (_: unknown, o: Officer) => (
            <Space size={4} wrap>
              <Tag color={o.status === 'active' ? 'green' : undefined}>{t(`vocab.officerStatus.${o.status}`)}</Tag>
              {isLocked(o) && (
                <Tag color="red" icon={<LockOutlined />}>
                  {t('officers.locked')}
                </Tag>
              )}
              {o.totpEnabled && (
                <Tooltip title={t('home.totpOn')}>
                  <Tag color="blue">{t('officers.totp')}</Tag>
                </Tooltip>
              )}
            </Space>
          ),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 96,
          render: (_: unknown, o: Officer) => (
            <Dropdown menu={menu(o)} trigger={['click']}>
              <Button icon={<MoreOutlined />} aria-label={`${t('common.actions')}: ${o.fullName}`} />
            </Dropdown>
          ),
        },
      ]}
    />
  );
};

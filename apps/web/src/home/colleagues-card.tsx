import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentMe } from '../auth/me.ts';
import { useOfficers } from '../officers/officers-api.ts';

/** The active officers of the officer's own office. */
export const ColleaguesCard = () => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const officers = useOfficers({ officeId: me.officeId, status: 'active', limit: 100, offset: 0 });
  return (
    <Card title={t('home.colleagues')}>
      <Table
        size="small"
        rowKey="id"
        loading={officers.isPending}
        dataSource={officers.data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('officers.fullName'), dataIndex: 'fullName' },
          { title: t('officers.position'), dataIndex: 'position', render: (p: string) => t(`vocab.position.${p}`) },
          { title: t('officers.email'), dataIndex: 'email', responsive: ['md'] },
          { title: t('officers.phone'), dataIndex: 'phone', responsive: ['md'] },
        ]}
      />
    </Card>
  );
};

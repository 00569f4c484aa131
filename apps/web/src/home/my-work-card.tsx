import { Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentMe } from '../auth/me.ts';

/** The officer's office, position, roles and clearance. */
export const MyWorkCard = () => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  return (
    <Card title={t('home.myOffice')} style={{ height: '100%' }}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('home.myOffice')}>
          {me.officeName} ({me.officeCode})
        </Descriptions.Item>
        <Descriptions.Item label={t('home.position')}>{t(`vocab.position.${me.position}`)}</Descriptions.Item>
        <Descriptions.Item label={t('home.roles')}>
          <Space wrap size={4}>
            {me.roles.map((role) => (
              <Tag key={role}>{t(`vocab.role.${role}`)}</Tag>
            ))}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('home.clearance')}>{t(`vocab.secrecy.${me.clearance}`)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
};

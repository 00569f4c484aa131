import { CheckCircleTwoTone, WarningTwoTone } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../api/client.ts';
import { useCurrentMe } from '../auth/me.ts';
import type { OwnSession } from '../profile/sessions-card.tsx';

/** Two-factor status with a call to turn it on, and the number of live sessions. */
export const SecurityCard = () => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const sessions = useQuery({ queryKey: ['my-sessions'], queryFn: () => apiGet<OwnSession[]>('/api/me/sessions') });
  return (
    <Card title={t('home.security')} style={{ height: '100%' }}>
      <Space orientation="vertical">
        {me.totpEnabled ? (
          <Typography.Text>
            <CheckCircleTwoTone twoToneColor="#52c41a" /> {t('home.totpOn')}
          </Typography.Text>
        ) : (
          <Space wrap>
            <Typography.Text>
              <WarningTwoTone twoToneColor="#faad14" /> {t('home.totpOff')}
            </Typography.Text>
            <Link to="/profile#two-factor">
              <Button type="primary" size="small">
                {t('home.enableTotp')}
              </Button>
            </Link>
          </Space>
        )}
        <Typography.Text>
          {t('home.passwordAge', { days: Math.floor((Date.now() - Date.parse(me.passwordChangedAt)) / 86_400_000) })}
        </Typography.Text>
        {sessions.data && <Typography.Text>{t('home.sessions', { count: sessions.data.length })}</Typography.Text>}
      </Space>
    </Card>
  );
};

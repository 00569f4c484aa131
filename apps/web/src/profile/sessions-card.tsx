import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiGet } from '../api/client.ts';
import { errorText } from '../api/problem.ts';
import { useLogout } from '../auth/me.ts';
import { useLang } from '../i18n/use-lang.ts';

export type OwnSession = {
  id: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
};

/** The officer's live sessions and a button to end all of them. */
export const SessionsCard = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const logout = useLogout();
  const sessions = useQuery({ queryKey: ['my-sessions'], queryFn: () => apiGet<OwnSession[]>('/api/me/sessions') });
  const logoutAll = async () => {
    try {
      await logout(true);
      void navigate('/login', { replace: true });
    } catch (error) {
      void message.error(errorText(error, lang));
    }
  };
  const format = (iso: string) => dayjs(iso).format('DD/MM/YYYY HH:mm');
  return (
    <Card
      title={t('profile.sessions')}
      extra={
        <Popconfirm title={t('profile.logoutAllConfirm')} onConfirm={logoutAll} okText={t('common.yes')}>
          <Button danger>{t('profile.logoutAll')}</Button>
        </Popconfirm>
      }
    >
      <Table
        size="small"
        rowKey="id"
        loading={sessions.isPending}
        dataSource={sessions.data ?? []}
        pagination={false}
        columns={[
          { title: t('profile.ip'), dataIndex: 'ip' },
          { title: t('profile.device'), dataIndex: 'userAgent', ellipsis: true, responsive: ['md'] },
          { title: t('profile.started'), dataIndex: 'createdAt', render: format },
          { title: t('profile.lastSeen'), dataIndex: 'lastSeenAt', render: format },
        ]}
      />
    </Card>
  );
};

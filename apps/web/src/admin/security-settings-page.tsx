import { ROLES, type Role } from '@eprocuracy/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiGet } from '../api/client.ts';
import { errorText } from '../api/problem.ts';
import { useLang } from '../i18n/use-lang.ts';

/** Root-admin setting: which roles must use two-factor sign-in. */
export const SecuritySettingsPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const current = useQuery({
    queryKey: ['mfa-roles'],
    queryFn: () => apiGet<{ roles: Role[] }>('/api/admin/mfa-roles'),
    retry: false,
  });
  const [roles, setRoles] = useState<Role[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (current.data) setRoles(current.data.roles);
  }, [current.data]);

  const save = async () => {
    setBusy(true);
    try {
      await api('PUT', '/api/admin/mfa-roles', { roles });
      await queryClient.invalidateQueries({ queryKey: ['mfa-roles'] });
      void message.success(t('common.saved'));
    } catch (error) {
      void message.error(errorText(error, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('security.title')}
      </Typography.Title>
      <Card title={t('security.mfaRoles')} loading={current.isPending}>
        {current.error ? (
          <Alert type="error" showIcon title={errorText(current.error, lang)} />
        ) : (
          <Space orientation="vertical" size="middle">
            <Typography.Text type="secondary">{t('security.mfaHint')}</Typography.Text>
            <Checkbox.Group<Role>
              value={roles}
              onChange={setRoles}
              options={ROLES.map((r) => ({ value: r, label: t(`vocab.role.${r}`) }))}
            />
            <Button type="primary" onClick={() => void save()} loading={busy}>
              {t('common.save')}
            </Button>
          </Space>
        )}
      </Card>
    </>
  );
};

import { PlusOutlined } from '@ant-design/icons';
import type { ClientApp } from '@eprocuracy/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { errorText } from '../api/problem.ts';
import { useLang } from '../i18n/use-lang.ts';
import { ClientSecretModal } from './client-secret-modal.tsx';
import { type CreatedClient, useClients } from './clients-api.ts';
import { RegisterClientModal } from './register-client-modal.tsx';

/** OpenID Connect client applications: list, register (secret shown once), revoke. */
export const ClientsPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const clients = useClients();
  const [registering, setRegistering] = useState(false);
  const [created, setCreated] = useState<CreatedClient | null>(null);

  const revoke = async (client: ClientApp) => {
    try {
      await api('POST', `/api/oidc-clients/${encodeURIComponent(client.clientId)}/revoke`);
      void message.success(t('clients.revoked'));
      await queryClient.invalidateQueries({ queryKey: ['oidc-clients'] });
    } catch (error) {
      void message.error(errorText(error, lang));
    }
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('clients.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
          {t('clients.register')}
        </Button>
      </Flex>
      <Card style={{ marginTop: 16 }}>
        {clients.error && (
          <Alert type="error" showIcon title={errorText(clients.error, lang)} style={{ marginBottom: 12 }} />
        )}
        <Table<ClientApp>
          rowKey="clientId"
          loading={clients.isPending}
          dataSource={clients.data ?? []}
          data-testid="clients-table"
          columns={[
            { title: t('clients.name'), dataIndex: 'name' },
            {
              title: t('clients.clientId'),
              dataIndex: 'clientId',
              render: (id: string) => (
                <Typography.Text code copyable>
                  {id}
                </Typography.Text>
              ),
            },
            {
              title: t('clients.redirectUris'),
              dataIndex: 'redirectUris',
              responsive: ['lg'],
              render: (u: string[]) => u.join(', '),
            },
            {
              title: t('common.status'),
              key: 'status',
              render: (_: unknown, c: ClientApp) => (
                <>
                  <Tag color={c.status === 'active' ? 'green' : undefined}>
                    {t(c.status === 'active' ? 'clients.active' : 'clients.revoked')}
                  </Tag>
                  <Tag>{c.confidential ? t('clients.confidentialShort') : t('clients.publicClient')}</Tag>
                </>
              ),
            },
            {
              title: t('common.time'),
              dataIndex: 'createdAt',
              responsive: ['md'],
              render: (d: string) => dayjs(d).format('DD/MM/YYYY'),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_: unknown, c: ClientApp) =>
                c.status === 'active' && (
                  <Popconfirm
                    title={t('clients.revokeConfirm', { name: c.name })}
                    onConfirm={() => revoke(c)}
                    okText={t('common.yes')}
                  >
                    <Button danger size="small">
                      {t('clients.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <RegisterClientModal
        open={registering}
        onClose={() => setRegistering(false)}
        onCreated={(result) => {
          setRegistering(false);
          setCreated(result);
        }}
      />
      <ClientSecretModal created={created} onClose={() => setCreated(null)} />
    </>
  );
};

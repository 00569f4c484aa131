import { Alert, Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreatedClient } from './clients-api.ts';

/** Shows a newly registered client's id and, once, its secret with a copy button. */
export const ClientSecretModal = ({ created, onClose }: { created: CreatedClient | null; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Modal
      open={created !== null}
      title={t('clients.secretTitle')}
      onCancel={onClose}
      onOk={onClose}
      okText={t('auth.savedThem')}
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
    >
      {created && (
        <>
          <Alert
            type={created.clientSecret ? 'warning' : 'info'}
            showIcon
            title={created.clientSecret ? t('clients.secretHint') : t('clients.noSecret')}
            style={{ marginBottom: 12 }}
          />
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('clients.clientId')}>
              <Typography.Text code copyable>
                {created.client.clientId}
              </Typography.Text>
            </Descriptions.Item>
            {created.clientSecret && (
              <Descriptions.Item label={t('clients.secretTitle')}>
                <Typography.Text code copyable data-testid="client-secret" style={{ wordBreak: 'break-all' }}>
                  {created.clientSecret}
                </Typography.Text>
              </Descriptions.Item>
            )}
          </Descriptions>
        </>
      )}
    </Modal>
  );
};

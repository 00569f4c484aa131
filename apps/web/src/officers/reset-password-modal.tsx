import type { Officer } from '@eprocuracy/domain';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useOfficerMutation } from './use-officer-mutation.ts';

/** Sets a new password for an officer, who must change it at the next sign-in. */
export const ResetPasswordModal = ({ officer, onClose }: { officer: Officer; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password: string }>();
  const { busy, run } = useOfficerMutation(form, onClose);
  const submit = ({ password }: { password: string }) =>
    run(() => api('POST', `/api/officers/${officer.id}/reset-password`, { password }), t('officers.resetDone'));
  return (
    <Modal
      open
      title={t('officers.resetTitle', { name: officer.fullName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('officers.resetPassword')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical" onFinish={submit} name="officer-reset">
        <Form.Item
          name="password"
          label={t('auth.newPassword')}
          rules={[{ required: true, message: t('common.required') }]}
          extra={t('auth.passwordRule')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

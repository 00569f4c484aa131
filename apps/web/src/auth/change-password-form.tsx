import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { showFormError } from '../api/form-errors.ts';
import { useLang } from '../i18n/use-lang.ts';

type Values = { currentPassword: string; newPassword: string; confirm: string };

/** Change-password form, used when the change is forced and on the profile page. */
export const ChangePasswordForm = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setBusy(true);
    try {
      await api('POST', '/api/me/password', { currentPassword, newPassword });
      void message.success(t('auth.passwordChanged'));
      form.resetFields();
      onDone();
    } catch (error) {
      showFormError(error, lang, message, form);
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, message: t('common.required') };
  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} style={{ maxWidth: 420 }}>
      <Form.Item name="currentPassword" label={t('auth.currentPassword')} rules={[required]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('auth.newPassword')} rules={[required]} extra={t('auth.passwordRule')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          required,
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('auth.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('auth.changeTitle')}
      </Button>
    </Form>
  );
};

import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { showFormError } from '../api/form-errors.ts';
import { useLang } from '../i18n/use-lang.ts';

type State = 'active' | 'mfa_pending' | 'mfa_enrol';
type Values = { username: string; password: string };

/** First sign-in step: username and password. */
export const PasswordStep = ({ onDone }: { onDone: (state: State) => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      const { state } = await api<{ state: State }>('POST', '/api/auth/login', values);
      onDone(state);
    } catch (error) {
      form.setFieldValue('password', '');
      showFormError(error, lang, message, form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      <Form.Item
        name="username"
        htmlFor="login-username"
        label={t('auth.username')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input id="login-username" autoComplete="username" autoFocus size="large" />
      </Form.Item>
      <Form.Item
        name="password"
        htmlFor="login-password"
        label={t('auth.password')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input.Password id="login-password" autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={busy}>
        {t('auth.signIn')}
      </Button>
    </Form>
  );
};

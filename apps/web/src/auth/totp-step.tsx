import { App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { showFormError } from '../api/form-errors.ts';
import { useLang } from '../i18n/use-lang.ts';

type Values = { code?: string; recoveryCode?: string };

/** Second sign-in step: a TOTP code, or one of the recovery codes. */
export const TotpStep = ({ onDone, onBack }: { onDone: () => void; onBack: () => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [useRecovery, setUseRecovery] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      const body = useRecovery ? { recoveryCode: values.recoveryCode } : { code: values.code };
      await api('POST', '/api/auth/totp', body);
      onDone();
    } catch (error) {
      form.resetFields();
      showFormError(error, lang, message, form);
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, message: t('common.required') }];
  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      <Typography.Paragraph>{t('auth.totpHint')}</Typography.Paragraph>
      {useRecovery ? (
        <Form.Item name="recoveryCode" htmlFor="totp-recovery" label={t('auth.recoveryCode')} rules={required}>
          <Input id="totp-recovery" autoComplete="off" autoFocus size="large" />
        </Form.Item>
      ) : (
        <Form.Item
          name="code"
          htmlFor="totp-code"
          label={t('auth.totpCode')}
          rules={[...required, { pattern: /^\d{6}$/, message: t('auth.confirmCode') }]}
        >
          <Input id="totp-code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus size="large" />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" block size="large" loading={busy}>
        {t('auth.verify')}
      </Button>
      <Button type="link" block onClick={() => setUseRecovery(!useRecovery)}>
        {useRecovery ? t('auth.useTotp') : t('auth.useRecovery')}
      </Button>
      <Button type="link" block onClick={onBack}>
        {t('auth.backToLogin')}
      </Button>
    </Form>
  );
};

import { App, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { showFormError } from '../api/form-errors.ts';
import { useLang } from '../i18n/use-lang.ts';
import { RecoveryCodes } from './recovery-codes.tsx';

type Setup = { uri: string; qrDataUrl: string; secret: string };

/** TOTP enrolment: start, scan the QR code, confirm a code, then show the recovery codes once. */
export const TotpEnrolment = ({ onDone }: { onDone: () => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string }>();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    try {
      setSetup(await api<Setup>('POST', '/api/me/totp/setup'));
    } catch (error) {
      showFormError(error, lang, message);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async ({ code }: { code: string }) => {
    setBusy(true);
    try {
      const result = await api<{ recoveryCodes: string[] }>('POST', '/api/me/totp/confirm', { code });
      setCodes(result.recoveryCodes);
    } catch (error) {
      showFormError(error, lang, message, form);
    } finally {
      setBusy(false);
    }
  };

  if (codes) return <RecoveryCodes codes={codes} onSaved={onDone} />;
  if (!setup) {
    return (
      <Button type="primary" onClick={start} loading={busy}>
        {t('auth.enrolStart')}
      </Button>
    );
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <img src={setup.qrDataUrl} alt={t('auth.qrAlt')} width={200} height={200} />
      <div>
        <Typography.Text type="secondary">{t('auth.secret')}</Typography.Text>
        <Typography.Paragraph copyable code data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
          {setup.secret}
        </Typography.Paragraph>
      </div>
      <Form form={form} layout="vertical" onFinish={confirm} requiredMark={false}>
        <Form.Item
          name="code"
          htmlFor="totp-confirm-code"
          label={t('auth.confirmCode')}
          rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth.confirmCode') }]}
        >
          <Input id="totp-confirm-code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('auth.verify')}
        </Button>
      </Form>
    </Space>
  );
};

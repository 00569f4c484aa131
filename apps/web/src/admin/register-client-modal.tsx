import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { showFormError } from '../api/form-errors.ts';
import { useLang } from '../i18n/use-lang.ts';
import type { CreatedClient } from './clients-api.ts';

type Values = { name: string; redirectUris: string; postLogoutRedirectUris?: string; confidential: boolean };

const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Registers a client application; redirect URIs are entered one per line. */
export const RegisterClientModal = (props: {
  open: boolean;
  onClose: () => void;
  onCreated: (created: CreatedClient) => void;
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const body = {
        name: v.name,
        redirectUris: lines(v.redirectUris),
        postLogoutRedirectUris: lines(v.postLogoutRedirectUris),
        confidential: v.confidential,
      };
      const created = await api<CreatedClient>('POST', '/api/oidc-clients', body);
      await queryClient.invalidateQueries({ queryKey: ['oidc-clients'] });
      form.resetFields();
      props.onCreated(created);
    } catch (error) {
      // Field paths such as redirectUris.0 belong to the text area holding every URI.
      const map = (f: string) => f.split('.')[0] ?? f;
      const fields =
        error && typeof error === 'object' && 'fields' in error ? (error.fields as { field: string }[]) : [];
      showFormError(error, lang, message, form, Object.fromEntries(fields.map((f) => [f.field, map(f.field)])));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title={t('clients.register')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        name="client-register"
        initialValues={{ confidential: true }}
      >
        <Form.Item name="name" label={t('clients.name')} rules={[{ required: true, message: t('common.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="redirectUris"
          label={t('clients.redirectUris')}
          extra={t('clients.uriHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} placeholder="https://app.example.gov.vn/callback" />
        </Form.Item>
        <Form.Item name="postLogoutRedirectUris" label={t('clients.postLogoutUris')} extra={t('clients.uriHint')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="confidential" label={t('clients.confidential')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
};

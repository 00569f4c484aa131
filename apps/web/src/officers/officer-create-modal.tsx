import { type CreateOfficerInput, defaultRolesFor, type Officer, type Position } from '@eprocuracy/domain';
import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { showFormError } from '../api/form-errors.ts';
import { useLang } from '../i18n/use-lang.ts';
import { OfficePicker } from '../offices/office-picker.tsx';
import { vocabOptions } from './vocab-options.ts';

type Values = Omit<CreateOfficerInput, 'email' | 'phone'> & { email?: string; phone?: string };

/** Creates an officer with an initial password the officer must change at first sign-in. */
export const OfficerCreateModal = (props: { open: boolean; onClose: () => void; defaultOfficeId?: string }) => {
  const { open, onClose, defaultOfficeId } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const options = vocabOptions(t);

  useEffect(() => {
    if (open) form.setFieldsValue({ officeId: defaultOfficeId, clearance: 'normal' });
  }, [open, defaultOfficeId, form]);

  const submit = async ({ email, phone, ...v }: Values) => {
    setBusy(true);
    try {
      const body = { ...v, ...(email?.trim() ? { email } : {}), ...(phone?.trim() ? { phone } : {}) };
      const created = await api<Officer>('POST', '/api/officers', body);
      void message.success(t('officers.createdOk', { name: created.fullName }));
      await queryClient.invalidateQueries({ queryKey: ['officers'] });
      form.resetFields();
      onClose();
    } catch (error) {
      showFormError(error, lang, message, form);
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open={open}
      title={t('officers.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={submit} name="officer-create">
        <Form.Item name="fullName" label={t('officers.fullName')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="username" label={t('officers.username')} rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="officeId" label={t('officers.office')} rules={required}>
          <OfficePicker />
        </Form.Item>
        <Form.Item name="position" label={t('officers.position')} rules={required}>
          <Select
            options={options.positions}
            onChange={(p: Position) => form.setFieldValue('roles', defaultRolesFor(p))}
          />
        </Form.Item>
        <Form.Item name="roles" label={t('officers.roles')} rules={required}>
          <Select mode="multiple" options={options.roles} />
        </Form.Item>
        <Form.Item name="clearance" label={t('officers.clearance')}>
          <Select options={options.secrecy} />
        </Form.Item>
        <Form.Item name="email" label={t('officers.email')}>
          <Input type="email" />
        </Form.Item>
        <Form.Item name="phone" label={t('officers.phone')}>
          <Input type="tel" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('officers.initialPassword')}
          rules={required}
          extra={t('auth.passwordRule')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

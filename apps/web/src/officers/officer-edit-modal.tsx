import type { Officer, UpdateOfficerInput } from '@eprocuracy/domain';
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useOfficerMutation } from './use-officer-mutation.ts';
import { vocabOptions } from './vocab-options.ts';

type Values = Required<Pick<UpdateOfficerInput, 'fullName' | 'position' | 'roles' | 'clearance' | 'status'>> & {
  email: string;
  phone: string;
};

/** Edits an officer's name, contacts, position, roles, clearance and status. */
export const OfficerEditModal = ({ officer, onClose }: { officer: Officer; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useOfficerMutation(form, onClose);
  const options = vocabOptions(t);
  // Only changed fields are sent: the server checks each one (e.g. granting a clearance above one's own).
  const submit = (v: Values) => {
    const next = { ...v, email: v.email?.trim() || null, phone: v.phone?.trim() || null };
    const changed = Object.fromEntries(
      Object.entries(next).filter(
        ([key, value]) => JSON.stringify(value) !== JSON.stringify(officer[key as keyof Officer]),
      ),
    );
    return run(() => api('PATCH', `/api/officers/${officer.id}`, changed), t('common.saved'));
  };
  const required = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open
      title={`${t('officers.edit')}: ${officer.fullName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        name="officer-edit"
        initialValues={{ ...officer, email: officer.email ?? '', phone: officer.phone ?? '' }}
      >
        <Form.Item name="fullName" label={t('officers.fullName')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="position" label={t('officers.position')} rules={required}>
          <Select options={options.positions} />
        </Form.Item>
        <Form.Item name="roles" label={t('officers.roles')} rules={required}>
          <Select mode="multiple" options={options.roles} />
        </Form.Item>
        <Form.Item name="clearance" label={t('officers.clearance')}>
          <Select options={options.secrecy} />
        </Form.Item>
        <Form.Item name="status" label={t('common.status')}>
          <Select options={options.statuses} />
        </Form.Item>
        <Form.Item name="email" label={t('officers.email')}>
          <Input type="email" />
        </Form.Item>
        <Form.Item name="phone" label={t('officers.phone')}>
          <Input type="tel" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

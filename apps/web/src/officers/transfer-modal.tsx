import type { Officer, Position } from '@eprocuracy/domain';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { OfficePicker } from '../offices/office-picker.tsx';
import { useOfficerMutation } from './use-officer-mutation.ts';
import { vocabOptions } from './vocab-options.ts';

type Values = { toOfficeId: string; position?: Position; effectiveDate: Dayjs; reason: string };

/** Transfers an officer to another office, optionally with a new position. */
export const TransferModal = ({ officer, onClose }: { officer: Officer; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useOfficerMutation(form, onClose);
  const submit = (v: Values) =>
    run(
      () =>
        api('POST', `/api/officers/${officer.id}/transfer`, {
          toOfficeId: v.toOfficeId,
          ...(v.position ? { position: v.position } : {}),
          effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
          reason: v.reason,
        }),
      t('officers.transferred'),
    );
  const required = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open
      title={t('officers.transferTitle', { name: officer.fullName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('officers.transfer')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        name="officer-transfer"
        initialValues={{ effectiveDate: dayjs() }}
      >
        <Form.Item name="toOfficeId" label={t('officers.toOffice')} rules={required}>
          <OfficePicker excludeIds={[officer.officeId]} />
        </Form.Item>
        <Form.Item name="position" label={t('officers.newPosition')}>
          <Select allowClear options={vocabOptions(t).positions} />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t('common.effectiveDate')} rules={required}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="reason" label={t('common.reason')} rules={required}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

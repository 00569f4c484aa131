import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { showFormError } from '../api/form-errors.ts';
import { useLang } from '../i18n/use-lang.ts';
import { cleanNewOffice, NewOfficeFields } from './new-office-fields.tsx';
import { OfficePicker } from './office-picker.tsx';

type Values = {
  sourceIds: string[];
  target: 'existing' | 'new';
  existingId?: string;
  newOffice?: { code: string; name: string; nameEn?: string; address?: string };
  effectiveDate: Dayjs;
  reason: string;
};

/** Merges several offices into an existing office or a new one. */
export const MergeModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const target = Form.useWatch('target', form);
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const into =
        v.target === 'existing'
          ? { existingId: v.existingId }
          : { newOffice: cleanNewOffice(v.newOffice ?? { code: '', name: '' }) };
      await api('POST', '/api/offices/merge', {
        sourceIds: v.sourceIds,
        into,
        effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
        reason: v.reason,
      });
      void message.success(t('offices.merged'));
      await queryClient.invalidateQueries({ queryKey: ['offices'] });
      form.resetFields();
      onClose();
    } catch (error) {
      showFormError(error, lang, message, form, { 'into.existingId': 'existingId' });
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open={open}
      title={t('offices.mergeTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('offices.merge')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        name="merge-form"
        initialValues={{ target: 'existing', effectiveDate: dayjs() }}
      >
        <Form.Item name="sourceIds" label={t('offices.mergeSources')} rules={required}>
          <OfficePicker multiple />
        </Form.Item>
        <Form.Item name="target" label={t('offices.mergeInto')}>
          <Radio.Group
            options={[
              { value: 'existing', label: t('offices.mergeExisting') },
              { value: 'new', label: t('offices.mergeNew') },
            ]}
          />
        </Form.Item>
        {target === 'new' ? (
          <NewOfficeFields prefix={['newOffice']} />
        ) : (
          <Form.Item name="existingId" label={t('offices.mergeTarget')} rules={required}>
            <OfficePicker />
          </Form.Item>
        )}
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

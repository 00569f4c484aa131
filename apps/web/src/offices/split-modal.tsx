import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Office } from '@eprocuracy/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { showFormError } from '../api/form-errors.ts';
import { useLang } from '../i18n/use-lang.ts';
import { cleanNewOffice, NewOfficeFields } from './new-office-fields.tsx';

type NewOffice = { code: string; name: string; nameEn?: string; address?: string };
type Values = { into: NewOffice[]; effectiveDate: Dayjs; reason: string };

/** Splits an office into two or more new offices under the same parent. */
export const SplitModal = ({ open, onClose, office }: { open: boolean; onClose: () => void; office: Office }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await api('POST', '/api/offices/split', {
        sourceId: office.id,
        into: v.into.map(cleanNewOffice),
        effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
        reason: v.reason,
      });
      void message.success(t('offices.splitDone'));
      await queryClient.invalidateQueries({ queryKey: ['offices'] });
      await queryClient.invalidateQueries({ queryKey: ['office', office.id] });
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
      title={t('offices.splitTitle', { name: office.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('offices.split')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      width={720}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('offices.splitHint')} style={{ marginBottom: 12 }} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        name="split-form"
        initialValues={{ into: [{}, {}], effectiveDate: dayjs() }}
      >
        <Form.List name="into">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('offices.newOffice', { n: index + 1 })}
                  style={{ marginBottom: 12 }}
                  extra={
                    fields.length > 2 && (
                      <Button
                        type="text"
                        aria-label={t('offices.removeNewOffice')}
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                      />
                    )
                  }
                >
                  <NewOfficeFields prefix={[field.name]} />
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 12 }}>
                {t('offices.addNewOffice')}
              </Button>
            </>
          )}
        </Form.List>
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

import type { Office } from '@eprocuracy/domain';
import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { showFormError } from '../api/form-errors.ts';
import { useLang } from '../i18n/use-lang.ts';
import { OfficePicker } from './office-picker.tsx';
import { useOfficeLevels } from './offices-api.ts';

type Values = {
  parentId?: string;
  code: string;
  name: string;
  nameEn?: string;
  address?: string;
  levelCode: string;
  validFrom?: Dayjs;
};

const blankToUndefined = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** Creates an office (optionally under a given parent) or edits an existing one. */
export const OfficeFormModal = (props: { open: boolean; onClose: () => void; parentId?: string; office?: Office }) => {
  const { open, onClose, parentId, office } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const levels = useOfficeLevels();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (office) form.setFieldsValue({ name: office.name, nameEn: office.nameEn ?? '', address: office.address ?? '' });
    else if (parentId) form.setFieldsValue({ parentId });
  }, [open, office, parentId, form]);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      if (office) {
        const body = {
          name: v.name,
          nameEn: blankToUndefined(v.nameEn) ?? null,
          address: blankToUndefined(v.address) ?? null,
        };
        await api('PATCH', `/api/offices/${office.id}`, body);
        void message.success(t('common.saved'));
      } else {
        const body = {
          parentId: v.parentId ?? null,
          code: v.code,
          name: v.name,
          nameEn: blankToUndefined(v.nameEn),
          address: blankToUndefined(v.address),
          levelCode: v.levelCode,
          validFrom: v.validFrom?.format('YYYY-MM-DD'),
        };
        await api<Office>('POST', '/api/offices', body);
        void message.success(t('offices.created', { name: v.name }));
      }
      await queryClient.invalidateQueries({ queryKey: ['offices'] });
      if (office) await queryClient.invalidateQueries({ queryKey: ['office', office.id] });
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
      title={office ? t('offices.editOffice') : parentId ? t('offices.createChild') : t('offices.createRoot')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        name={office ? 'office-edit' : parentId ? 'office-child' : 'office-create'}
      >
        {!office && (
          <>
            <Form.Item name="parentId" label={t('offices.parent')}>
              <OfficePicker allowClear />
            </Form.Item>
            <Form.Item name="levelCode" label={t('offices.level')} rules={required}>
              <Select
                options={(levels.data ?? []).map((l) => ({
                  value: l.code,
                  label: lang === 'en' ? l.nameEn : l.nameVi,
                }))}
              />
            </Form.Item>
            <Form.Item
              name="code"
              label={t('common.code')}
              rules={required}
              normalize={(v: string | undefined) => v?.toUpperCase()}
            >
              <Input />
            </Form.Item>
          </>
        )}
        <Form.Item name="name" label={t('common.name')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('offices.nameEn')}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('offices.address')}>
          <Input />
        </Form.Item>
        {!office && (
          <Form.Item name="validFrom" label={t('offices.validFrom')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
};

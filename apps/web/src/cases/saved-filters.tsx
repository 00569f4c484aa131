import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import type { SavedFilter } from '@eprocuracy/domain';
import { Button, Form, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useFormMutation } from '../api/use-form-mutation.ts';
import { type CaseFilter, parseCaseFilter, sameFilter } from './case-filter.ts';
import { useSavedFilters } from './cases-api.ts';

type Props = { value: CaseFilter; onPick: (filter: CaseFilter) => void };

/** The officer's named views of the list: pick one, save the current one, delete the one shown. */
export const SavedFilters = ({ value, onPick }: Props) => {
  const { t } = useTranslation();
  const saved = useSavedFilters();
  const [saving, setSaving] = useState(false);
  const { busy, run } = useFormMutation(undefined, () => undefined, ['saved-filters']);
  const items = saved.data ?? [];
  const current = items.find((f) => sameFilter(parseCaseFilter(f.query), value));
  const remove = (filter: SavedFilter) =>
    run(() => api('DELETE', `/api/saved-filters/${filter.id}`), t('cases.saved.deleted', { name: filter.name }));
  return (
    <Space.Compact>
      <Select
        aria-label={t('cases.saved.label')}
        placeholder={t('cases.saved.label')}
        value={current?.id}
        loading={saved.isFetching}
        notFoundContent={t('cases.saved.empty')}
        onChange={(id) => {
          const picked = items.find((f) => f.id === id);
          if (picked) onPick(parseCaseFilter(picked.query));
        }}
        options={items.map((f) => ({ value: f.id, label: f.name }))}
        style={{ width: 220 }}
      />
      <Button icon={<SaveOutlined />} onClick={() => setSaving(true)}>
        {t('cases.saved.save')}
      </Button>
      {current && (
        <Popconfirm
          title={t('cases.saved.deleteConfirm', { name: current.name })}
          okText={t('common.yes')}
          cancelText={t('common.no')}
          onConfirm={() => remove(current)}
        >
          <Button danger icon={<DeleteOutlined />} loading={busy} aria-label={t('cases.saved.delete')} />
        </Popconfirm>
      )}
      {saving && <SaveFilterModal filter={value} onClose={() => setSaving(false)} />}
    </Space.Compact>
  );
};

const SaveFilterModal = ({ filter, onClose }: { filter: CaseFilter; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const { busy, run } = useFormMutation(form, onClose, ['saved-filters']);
  const submit = ({ name }: { name: string }) =>
    run(() => api('POST', '/api/saved-filters', { name, query: filter }), t('cases.saved.savedOk', { name }));
  return (
    <Modal
      open
      title={t('cases.saved.saveTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical" onFinish={submit} name="case-saved-filter" initialValues={{ name: '' }}>
        <Form.Item
          name="name"
          label={t('cases.saved.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          extra={t('cases.saved.nameHint')}
        >
          <Input maxLength={80} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
};

import type { IncomingEntry } from '@eprocuracy/domain';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { useOfficers } from '../../officers/officers-api.ts';
import { REGISTRY_API } from './registry-api.ts';

type Values = { officerId: string; unit?: string; dueOn: Dayjs; instruction?: string };

/** Chuyển xử lý (Decree 30 Art. 23): an officer of the office, their unit, the deadline and the instruction. */
export const RouteModal = ({ entry, onClose }: { entry: IncomingEntry; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useFormMutation(form, onClose, ['document-registry']);
  const officers = useOfficers({ officeId: entry.officeId, status: 'active', limit: 500, offset: 0 });
  // Prosecutors first: they handle most documents; anyone of the office stays pickable.
  const options = (officers.data?.items ?? [])
    .sort((a, b) => Number(b.roles.includes('prosecutor')) - Number(a.roles.includes('prosecutor')))
    .map((o) => ({ value: o.id, label: `${o.fullName} (${o.username}) — ${t(`vocab.position.${o.position}`)}` }));
  const submit = (v: Values) =>
    run(
      () =>
        api('POST', `${REGISTRY_API}/incoming/${entry.id}/route`, {
          officerId: v.officerId,
          dueOn: v.dueOn.format('YYYY-MM-DD'),
          ...(v.unit?.trim() ? { unit: v.unit } : {}),
          ...(v.instruction?.trim() ? { instruction: v.instruction } : {}),
        }),
      t('documentRegistry.routed'),
    );
  return (
    <Modal
      open
      title={t('documentRegistry.routeTitle', { number: entry.number })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('documentRegistry.route')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <Form
        form={form}
        layout="vertical"
        name="incoming-route"
        onFinish={submit}
        initialValues={{
          officerId: entry.handler?.officerId,
          unit: entry.unit ?? '',
          dueOn: dayjs().add(7, 'day'),
          instruction: entry.instruction ?? '',
        }}
      >
        <Form.Item
          name="officerId"
          label={t('documentRegistry.handler')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={officers.isFetching}
            options={options}
            placeholder={t('documentRegistry.pickHandler')}
          />
        </Form.Item>
        <Form.Item name="unit" label={t('documentRegistry.unit')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('documentRegistry.dueOn')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="instruction" label={t('documentRegistry.instruction')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

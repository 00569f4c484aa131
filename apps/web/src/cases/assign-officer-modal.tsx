import { type AssignCaseInput, CASE_ASSIGNMENT_ROLES, type CaseDetail } from '@eprocuracy/domain';
import { DatePicker, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useOfficers } from '../officers/officers-api.ts';
import { useCaseMutation } from './use-case-mutation.ts';

type Values = { officerId: string; role: AssignCaseInput['role']; fromDate: Dayjs };

/**
 * The leader assigns an officer of the case's office (Art. 42 CPC: the head assigns the prosecutor).
 * Prosecutors come first; others stay pickable so the server can say why not, on the field.
 */
export const AssignOfficerModal = ({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useCaseMutation(form, onClose);
  const officers = useOfficers({ officeId: detail.officeId, status: 'active', limit: 500, offset: 0 });
  const assigned = new Set(detail.officers.map((o) => o.officerId));
  const options = (officers.data?.items ?? [])
    .filter((o) => !assigned.has(o.id))
    .sort((a, b) => Number(b.roles.includes('prosecutor')) - Number(a.roles.includes('prosecutor')))
    .map((o) => ({ value: o.id, label: `${o.fullName} (${o.username}) — ${t(`vocab.position.${o.position}`)}` }));
  const submit = (v: Values) =>
    run(
      () =>
        api('POST', `/api/cases/${detail.id}/assignments`, {
          officerId: v.officerId,
          role: v.role,
          fromDate: v.fromDate.format('YYYY-MM-DD'),
        }),
      t('cases.assign.done'),
    );
  return (
    <Modal
      open
      title={t('cases.assign.modalTitle', { code: detail.code })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('cases.assign.action')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        name="case-assign"
        initialValues={{ officerId: undefined, role: 'prosecutor', fromDate: dayjs() }}
      >
        <Form.Item
          name="officerId"
          label={t('cases.assign.officer')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={officers.isFetching}
            options={options}
            placeholder={t('cases.assign.pick')}
          />
        </Form.Item>
        <Form.Item name="role" label={t('cases.assign.roleLabel')}>
          <Select options={CASE_ASSIGNMENT_ROLES.map((r) => ({ value: r, label: t(`cases.assign.role.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="fromDate"
          label={t('cases.assign.fromDate')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

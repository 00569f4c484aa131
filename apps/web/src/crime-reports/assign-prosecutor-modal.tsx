import type { CrimeReport } from '@eprocuracy/domain';
import { DatePicker, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useOfficers } from '../officers/officers-api.ts';
import { useReportMutation } from './use-report-mutation.ts';

type Values = { officerId: string; fromDate: Dayjs };

/** The leader picks a prosecutor of the receiving office; the server refuses anyone unsuitable, on the field. */
export const AssignProsecutorModal = ({ report, onClose }: { report: CrimeReport; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useReportMutation(form, onClose);
  const officers = useOfficers({ officeId: report.officeId, status: 'active', limit: 500, offset: 0 });
  const assigned = new Set(report.assignees.map((a) => a.officerId));
  // Prosecutors first: they are who the law expects; others stay pickable so the server can explain why not.
  const options = (officers.data?.items ?? [])
    .filter((o) => !assigned.has(o.id))
    .sort((a, b) => Number(b.roles.includes('prosecutor')) - Number(a.roles.includes('prosecutor')))
    .map((o) => ({ value: o.id, label: `${o.fullName} (${o.username}) — ${t(`vocab.position.${o.position}`)}` }));
  const submit = (v: Values) =>
    run(
      () =>
        api('POST', `/api/crime-reports/${report.id}/assignments`, {
          officerId: v.officerId,
          fromDate: v.fromDate.format('YYYY-MM-DD'),
        }),
      t('crimeReports.assignedOk'),
    );
  return (
    <Modal
      open
      title={t('crimeReports.assignTitle', { code: report.code })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('crimeReports.assign')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        name="crime-report-assign"
        initialValues={{ officerId: undefined, fromDate: dayjs() }}
      >
        <Form.Item
          name="officerId"
          label={t('crimeReports.prosecutor')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={officers.isFetching}
            options={options}
            placeholder={t('crimeReports.pickProsecutor')}
          />
        </Form.Item>
        <Form.Item
          name="fromDate"
          label={t('crimeReports.fromDate')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

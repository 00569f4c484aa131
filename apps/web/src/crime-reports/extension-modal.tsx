import type { CrimeReport } from '@eprocuracy/domain';
import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useReportMutation } from './use-report-mutation.ts';

type Values = { months: number; grantedOn: Dayjs; grantedBy: string; tier?: number };

/** Records an extension of the settlement period; the server checks it against Art. 147(2),(3). */
export const ExtensionModal = ({ report, onClose }: { report: CrimeReport; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useReportMutation(form, onClose);
  const submit = (v: Values) =>
    run(
      () =>
        api('POST', `/api/crime-reports/${report.id}/extensions`, {
          months: v.months,
          grantedOn: v.grantedOn.format('YYYY-MM-DD'),
          grantedBy: v.grantedBy,
          ...(v.tier === undefined ? {} : { tier: v.tier }),
        }),
      t('crimeReports.extendedOk'),
    );
  const required = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open
      title={t('crimeReports.extendTitle', { code: report.code })}
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
        name="crime-report-extension"
        initialValues={{ months: 2, grantedOn: dayjs(), grantedBy: '', tier: undefined }}
      >
        <Form.Item name="months" label={t('crimeReports.months')} rules={required} extra={t('crimeReports.monthsHint')}>
          <InputNumber min={1} max={12} />
        </Form.Item>
        <Form.Item name="grantedOn" label={t('crimeReports.grantedOn')} rules={required}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="grantedBy" label={t('crimeReports.grantedBy')} rules={[{ ...required[0], whitespace: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="tier" label={t('crimeReports.tier')}>
          <Select
            allowClear
            placeholder={t('crimeReports.tierAuto')}
            options={[
              { value: 0, label: t('crimeReports.tier0') },
              { value: 1, label: t('crimeReports.tier1') },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};

import { type CrimeReport, SETTLEMENT_OUTCOMES, type SettlementOutcome } from '@eprocuracy/domain';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useReportMutation } from './use-report-mutation.ts';

/** The decisions on a report's settlement that carry a number and a date. */
export type DecisionKind = 'suspend' | 'resume' | 'settle';

type Values = { outcome?: SettlementOutcome; decisionNumber: string; date: Dayjs; reason?: string };

/** Records a decision: suspend (Art. 148), resume (Art. 149) or settle (Art. 147(1)) with its outcome. */
export const DecisionModal = (props: { kind: DecisionKind; report: CrimeReport; onClose: () => void }) => {
  const { kind, report, onClose } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useReportMutation(form, onClose);
  const submit = ({ outcome, reason, date, decisionNumber }: Values) =>
    run(
      () =>
        api('POST', `/api/crime-reports/${report.id}/${kind}`, {
          ...(kind === 'settle' ? { outcome } : {}),
          decisionNumber,
          date: date.format('YYYY-MM-DD'),
          ...(reason?.trim() ? { reason } : {}),
        }),
      t(`crimeReports.decision.${kind}.done`),
    );
  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open
      title={t(`crimeReports.decision.${kind}.title`, { code: report.code })}
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
        name={`crime-report-${kind}`}
        initialValues={{ outcome: undefined, decisionNumber: '', date: dayjs(), reason: '' }}
      >
        {kind === 'settle' && (
          <Form.Item name="outcome" label={t('crimeReports.outcomeLabel')} rules={[required]}>
            <Select options={SETTLEMENT_OUTCOMES.map((o) => ({ value: o, label: t(`crimeReports.outcome.${o}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="decisionNumber"
          label={t('crimeReports.decisionNumber')}
          rules={[{ ...required, whitespace: true }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="date" label={t('crimeReports.decisionDate')} rules={[required]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="reason" label={t('common.reason')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

import type { CaseDecision, CaseDetail, DecisionActionInput } from '@eprocuracy/domain';
import { Col, DatePicker, Form, Input, Modal, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useLocalized } from './case-format.ts';
import { dateOf, textOf } from './form-values.ts';
import { useCaseMutation } from './use-case-mutation.ts';

/** The button text of an action: the procuracy "duyệt" its own drafts but "phê chuẩn" another body's decision. */
export const actionLabelKey = (issuer: CaseDecision['issuer'], action: string): string =>
  issuer === 'procuracy' ? `cases.action.own.${action}` : `cases.action.other.${action}`;

/** Actions that undo or refuse something. */
export const isDangerAction = (action: string): boolean =>
  action === 'refuse' || action === 'annul' || action === 'withdraw' || action === 'return_for_revision';

type Values = { number?: string; date?: Dayjs | null; note?: string };

/** One step on a decision, confirmed with an optional note; issuing also gives the number and date (outgoing register). */
export const DecisionActionModal = (props: {
  detail: CaseDetail;
  decision: CaseDecision;
  action: string;
  onClose: () => void;
}) => {
  const { detail, decision, action, onClose } = props;
  const { t } = useTranslation();
  const localized = useLocalized();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useCaseMutation(form, onClose);
  const issuing = action === 'issue';
  const actionText = t(actionLabelKey(decision.issuer, action));
  const submit = (v: Values) =>
    run(
      () =>
        api('POST', `/api/cases/${detail.id}/decisions/${decision.id}/actions`, {
          action: action as DecisionActionInput['action'],
          ...(issuing ? { ...textOf('number', v.number), ...dateOf('date', v.date) } : {}),
          ...textOf('note', v.note),
        }),
      t('cases.action.done', { action: actionText }),
    );
  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open
      title={`${actionText} — ${localized(decision.label)}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={actionText}
      okButtonProps={{ danger: isDangerAction(action) }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <Typography.Paragraph type="secondary">
        {[decision.subjectName, decision.number, decision.basis].filter(Boolean).join(' · ')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        name="case-decision-action"
        initialValues={{ number: decision.number ?? '', date: dayjs(), note: '' }}
      >
        {issuing && (
          <Row gutter={12}>
            <Col xs={24} sm={14}>
              <Form.Item name="number" label={t('cases.action.number')} rules={[{ ...required, whitespace: true }]}>
                <Input maxLength={64} placeholder="15/QĐ-VKS" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={10}>
              <Form.Item name="date" label={t('cases.action.date')} rules={[required]}>
                <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="note" label={t('cases.action.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

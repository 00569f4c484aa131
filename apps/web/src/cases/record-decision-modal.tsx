import type { CaseDetail, RecordDecisionInput } from '@eprocuracy/domain';
import { Alert, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useLocalized } from './case-format.ts';
import { useDecisionTypes } from './cases-api.ts';
import { DecisionPeriodFields } from './decision-period-fields.tsx';
import { groupedTypeOptions, recordableTypes, takesMeasureEnd, takesTime } from './decision-type-options.ts';
import { DecisionTypeSummary } from './decision-type-summary.tsx';
import { dateOf, numberOf, textOf } from './form-values.ts';
import { useCaseMutation } from './use-case-mutation.ts';

type Values = {
  typeCode?: string;
  subjectId?: string;
  number?: string;
  date: Dayjs;
  receivedAt?: Dayjs | null;
  months?: number | null;
  days?: number | null;
  measureEnd?: Dayjs | null;
  returnedBy?: 'presiding_judge' | 'trial_panel';
  note?: string;
};

const MOMENT = 'YYYY-MM-DDTHH:mm';

/**
 * Records a procedural decision: the procuracy's own start as a draft; another body's are entered as received,
 * with the moment of receipt from which the procuracy's time to approve runs.
 */
export const RecordDecisionModal = (props: {
  detail: CaseDetail;
  subjectId?: string | undefined;
  onClose: () => void;
}) => {
  const { detail, onClose } = props;
  const { t } = useTranslation();
  const localized = useLocalized();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useCaseMutation(form, onClose);
  const catalogue = useDecisionTypes();
  const types = recordableTypes(catalogue.data ?? [], detail);
  const typeCode = Form.useWatch('typeCode', form);
  const type = types.find((d) => d.code === typeCode);
  const defendants = detail.persons.filter((p) => p.role === 'defendant');
  const external = type !== undefined && type.issuer !== 'procuracy';
  const returnAtTrial =
    type?.stageAct === 'return_for_supplementary_investigation' && detail.stage === 'first_instance_trial';

  const submit = (v: Values) => {
    if (!type) return;
    const period = { ...numberOf('months', v.months), ...numberOf('days', v.days) };
    const input: RecordDecisionInput = {
      typeCode: type.code,
      date: v.date.format(takesTime(type) ? MOMENT : 'YYYY-MM-DD'),
      ...(type.appliesTo === 'defendant' && v.subjectId ? { subjectId: v.subjectId } : {}),
      ...(external ? { ...textOf('number', v.number), ...dateOf('receivedAt', v.receivedAt, MOMENT) } : {}),
      ...(type.needsPeriod ? { period } : {}),
      ...(takesMeasureEnd(type) ? dateOf('measureEnd', v.measureEnd) : {}),
      ...(returnAtTrial && v.returnedBy ? { returnedBy: v.returnedBy } : {}),
      ...textOf('note', v.note),
    };
    return run(
      () => api('POST', `/api/cases/${detail.id}/decisions`, input),
      t('cases.decision.recorded', { label: localized(type.label) }),
    );
  };
  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open
      title={t('cases.decision.recordTitle', { code: detail.code })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      width={720}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        name="case-decision"
        initialValues={{ subjectId: props.subjectId ?? defendants[0]?.id, date: dayjs(), number: '', note: '' }}
      >
        <Form.Item name="typeCode" label={t('cases.decision.type')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={catalogue.isFetching}
            options={groupedTypeOptions(types, t, localized)}
            placeholder={t('cases.decision.typePlaceholder')}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        {type && <DecisionTypeSummary type={type} />}
        {type?.appliesTo === 'defendant' && defendants.length === 0 && (
          <Alert type="warning" showIcon title={t('cases.decision.noDefendant')} style={{ marginBottom: 16 }} />
        )}
        {type?.appliesTo === 'defendant' && defendants.length > 0 && (
          <Form.Item name="subjectId" label={t('cases.decision.subject')} rules={[required]}>
            <Select options={defendants.map((p) => ({ value: p.id, label: p.fullName }))} />
          </Form.Item>
        )}
        <Row gutter={12}>
          {external && (
            <Col xs={24} sm={12}>
              <Form.Item name="number" label={t('cases.decision.number')}>
                <Input maxLength={64} placeholder="12/LTG-CSĐT" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={12}>
            <Form.Item
              name="date"
              label={external ? t('cases.decision.date') : t('cases.decision.draftDate')}
              rules={[required]}
            >
              <DatePicker
                format={takesTime(type) ? 'HH:mm DD/MM/YYYY' : 'DD/MM/YYYY'}
                showTime={takesTime(type) ? { format: 'HH:mm' } : false}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        {external && (
          <Form.Item
            name="receivedAt"
            label={t('cases.decision.receivedAt')}
            extra={t('cases.decision.receivedAtHint')}
          >
            <DatePicker format="HH:mm DD/MM/YYYY" showTime={{ format: 'HH:mm' }} />
          </Form.Item>
        )}
        {type?.needsPeriod && <DecisionPeriodFields form={form} />}
        {takesMeasureEnd(type) && (
          <Form.Item
            name="measureEnd"
            label={t('cases.decision.measureEnd')}
            extra={t('cases.decision.measureEndHint')}
          >
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        )}
        {returnAtTrial && (
          <Form.Item name="returnedBy" label={t('cases.decision.returnedBy')} rules={[required]}>
            <Select
              options={[
                { value: 'presiding_judge', label: t('cases.decision.presidingJudge') },
                { value: 'trial_panel', label: t('cases.decision.trialPanel') },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('cases.decision.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { CaseDetail, CrimeReportDetail, OpenCaseInput, Secrecy } from '@eprocuracy/domain';
import { Button, Col, DatePicker, Divider, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { useCurrentMe } from '../auth/me.ts';
import { useLocalized } from './case-format.ts';
import { caseOptions } from './case-options.ts';
import { ChargeFields } from './charge-fields.tsx';
import { type ChargeValues, compactCharge, dateOf, textOf } from './form-values.ts';
import { useCaseMutation } from './use-case-mutation.ts';

type Values = {
  title: string;
  charges: ChargeValues[];
  openingNumber: string;
  openedOn: Dayjs;
  openedBy: 'investigating_body' | 'procuracy';
  investigatingBodyName: string;
  investigatingBodyCode?: string;
  offenceDate?: Dayjs | null;
  offencePlace?: string;
  summary?: string;
  secrecy: Secrecy;
};

const toInput = (v: Values): OpenCaseInput => ({
  title: v.title,
  openingNumber: v.openingNumber,
  openedOn: v.openedOn.format('YYYY-MM-DD'),
  openedBy: v.openedBy,
  investigatingBodyName: v.investigatingBodyName,
  charges: v.charges.map(compactCharge),
  secrecy: v.secrecy,
  ...textOf('investigatingBodyCode', v.investigatingBodyCode),
  ...textOf('offencePlace', v.offencePlace),
  ...textOf('summary', v.summary),
  ...dateOf('offenceDate', v.offenceDate),
});

/** What a report settled by opening a case already says: its offence, the decision, the investigating body. */
const fromReport = (report: CrimeReportDetail): Partial<Values> => {
  const settled = report.events.findLast((e) => e.kind === 'settled');
  const decisionDate = typeof settled?.data.date === 'string' ? dayjs(settled.data.date) : undefined;
  return {
    title: report.summary.slice(0, 300),
    ...(report.suspectedOffence
      ? { charges: [{ article: report.suspectedOffence.article, clause: report.suspectedOffence.clause, point: '' }] }
      : {}),
    ...(typeof settled?.data.decisionNumber === 'string' ? { openingNumber: settled.data.decisionNumber } : {}),
    ...(decisionDate ? { openedOn: decisionDate } : {}),
    ...(report.investigatingBody.name ? { investigatingBodyName: report.investigatingBody.name } : {}),
    secrecy: report.secrecy,
  };
};

/**
 * "Khởi tố vụ án" (Art. 153–154 CPC): records the opening decision, the investigating body and the charges;
 * opened from a crime report settled by opening a case (Art. 147(1)(a)), the form starts from the report.
 */
export const OpenCaseModal = ({ onClose, report }: { onClose: () => void; report?: CrimeReportDetail }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const me = useCurrentMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useCaseMutation(form, () => undefined);
  const offenceDate = Form.useWatch('offenceDate', form) as Dayjs | null | undefined;
  const submit = (values: Values) =>
    run(async () => {
      const input = { ...toInput(values), ...(report ? { crimeReportId: report.id } : {}) };
      const created = await api<CaseDetail>('POST', '/api/cases', input);
      onClose();
      void navigate(`/cases/${created.id}`);
      return created;
    }, t('cases.open.done'));
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');
  return (
    <Modal
      open
      title={t('cases.open.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('cases.open.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      width={760}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        name="case-open"
        initialValues={{
          title: '',
          charges: [{ article: undefined, clause: null, point: '' }],
          openingNumber: '',
          openedOn: dayjs(),
          openedBy: 'investigating_body',
          investigatingBodyName: '',
          secrecy: 'normal',
          ...(report ? fromReport(report) : {}),
        }}
      >
        <Form.Item name="title" label={t('cases.titleLabel')} rules={required} extra={t('cases.open.titleHint')}>
          <Input maxLength={300} />
        </Form.Item>
        <Divider titlePlacement="start" plain style={{ margin: '4px 0 8px' }}>
          {t('cases.charges')}
        </Divider>
        <Form.List name="charges">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} wrap={false} align="top">
                  <Col flex="auto">
                    <ChargeFields
                      prefix={[field.name]}
                      articlePath={['charges', field.name, 'article']}
                      on={offenceDate?.format('YYYY-MM-DD')}
                    />
                  </Col>
                  {fields.length > 1 && (
                    <Col flex="32px" style={{ paddingTop: 34 }}>
                      <MinusCircleOutlined aria-label={t('cases.removeCharge')} onClick={() => remove(field.name)} />
                    </Col>
                  )}
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ clause: null, point: '' })}>
                {t('cases.addAnotherCharge')}
              </Button>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start" plain style={{ margin: '16px 0 8px' }}>
          {t('cases.open.decision')}
        </Divider>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="openingNumber" label={t('cases.openingNumber')} rules={required}>
              <Input maxLength={64} placeholder="01/QĐ-CSĐT" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="openedOn"
              label={t('cases.openedOn')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker format="DD/MM/YYYY" disabledDate={notFuture} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="openedBy" label={t('cases.openedBy')}>
          <Radio.Group
            options={[
              { value: 'investigating_body', label: t('cases.openedByBody') },
              { value: 'procuracy', label: t('cases.openedByProcuracy') },
            ]}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="investigatingBodyName" label={t('cases.investigatingBody')} rules={required}>
              <Input maxLength={300} placeholder={t('cases.investigatingBodyPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="investigatingBodyCode" label={t('cases.investigatingBodyCode')}>
              <Input maxLength={32} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="offenceDate" label={t('cases.offenceDate')}>
              <DatePicker format="DD/MM/YYYY" disabledDate={notFuture} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="offencePlace" label={t('cases.offencePlace')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label={t('cases.summary')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="secrecy" label={t('cases.secrecy')} style={{ maxWidth: 240 }}>
          <Select options={caseOptions(t, localized, me.clearance).secrecy} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

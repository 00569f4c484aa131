import type { CaseDetail, Secrecy } from '@eprocuracy/domain';
import { Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useCurrentMe } from '../auth/me.ts';
import { useLocalized } from './case-format.ts';
import { caseOptions } from './case-options.ts';
import { dateOf, textOf } from './form-values.ts';
import { useCaseMutation } from './use-case-mutation.ts';

type Values = {
  title: string;
  summary?: string;
  offenceDate?: Dayjs | null;
  offencePlace?: string;
  investigatingBodyName?: string;
  investigatingBodyCode?: string;
  secrecy: Secrecy;
};

/** Corrects the case's general data; only the fields changed are sent. */
export const EditCaseModal = ({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const me = useCurrentMe();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useCaseMutation(form, onClose);
  const initial: Values = {
    title: detail.title,
    summary: detail.summary ?? '',
    offenceDate: detail.offenceDate ? dayjs(detail.offenceDate) : null,
    offencePlace: detail.offencePlace ?? '',
    investigatingBodyName: detail.investigatingBodyName ?? '',
    investigatingBodyCode: detail.investigatingBodyCode ?? '',
    secrecy: detail.secrecy,
  };
  const submit = (v: Values) => {
    const changed = (key: keyof Values) => form.isFieldTouched(key);
    const patch = {
      ...(changed('title') ? { title: v.title } : {}),
      ...(changed('summary') ? textOf('summary', v.summary) : {}),
      ...(changed('offenceDate') ? dateOf('offenceDate', v.offenceDate) : {}),
      ...(changed('offencePlace') ? textOf('offencePlace', v.offencePlace) : {}),
      ...(changed('investigatingBodyName') ? textOf('investigatingBodyName', v.investigatingBodyName) : {}),
      ...(changed('investigatingBodyCode') ? textOf('investigatingBodyCode', v.investigatingBodyCode) : {}),
      ...(changed('secrecy') ? { secrecy: v.secrecy } : {}),
    };
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    return run(() => api('PATCH', `/api/cases/${detail.id}`, patch), t('common.saved'));
  };
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Modal
      open
      title={t('cases.edit.title', { code: detail.code })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      width={680}
    >
      <Form form={form} layout="vertical" onFinish={submit} name="case-edit" initialValues={initial}>
        <Form.Item name="title" label={t('cases.titleLabel')} rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="investigatingBodyName" label={t('cases.investigatingBody')} rules={required}>
              <Input maxLength={300} />
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
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
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

import { Col, Form, type FormInstance, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';

/** The length a decision orders or grants: months, days, or both; at least one. */
export const DecisionPeriodFields = <V extends { months?: number | null; days?: number | null }>({
  form,
}: {
  form: FormInstance<V>;
}) => {
  const { t } = useTranslation();
  const atLeastOne = {
    validator: () => {
      const { months, days } = form.getFieldsValue(['months', 'days'] as never) as V;
      return months || days ? Promise.resolve() : Promise.reject(new Error(t('cases.decision.periodRequired')));
    },
  };
  return (
    <Row gutter={12}>
      <Col xs={12} sm={8}>
        <Form.Item name="months" label={t('cases.decision.periodMonths')} rules={[atLeastOne]} dependencies={['days']}>
          <InputNumber min={1} max={48} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name="days" label={t('cases.decision.periodDays')}>
          <InputNumber min={1} max={1500} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
};

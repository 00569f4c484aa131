import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';

/** Code, name, English name and address of a new office, under the form path `prefix`. */
export const NewOfficeFields = ({ prefix }: { prefix: (string | number)[] }) => {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('common.required') }];
  return (
    <Row gutter={12}>
      <Col xs={24} sm={8}>
        <Form.Item
          name={[...prefix, 'code']}
          label={t('common.code')}
          rules={required}
          normalize={(v: string | undefined) => v?.toUpperCase()}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} sm={16}>
        <Form.Item name={[...prefix, 'name']} label={t('common.name')} rules={required}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={[...prefix, 'nameEn']} label={t('offices.nameEn')}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={[...prefix, 'address']} label={t('offices.address')}>
          <Input />
        </Form.Item>
      </Col>
    </Row>
  );
};

type NewOffice = { code: string; name: string; nameEn?: string; address?: string };

/** Drops empty optional fields so the strict contract accepts the new office. */
export const cleanNewOffice = (o: NewOffice): NewOffice => ({
  code: o.code,
  name: o.name,
  ...(o.nameEn?.trim() ? { nameEn: o.nameEn.trim() } : {}),
  ...(o.address?.trim() ? { address: o.address.trim() } : {}),
});

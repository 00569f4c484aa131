import type { CaseDetail, EvidenceInput } from '@eprocuracy/domain';
import { Col, DatePicker, Form, Input, InputNumber, Modal, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { dateOf, numberOf, textOf } from './form-values.ts';
import { useCaseMutation } from './use-case-mutation.ts';

type Values = { description: string; quantity?: number | null; unit?: string; seizedOn?: Dayjs | null; note?: string };

/** Records an item of material evidence (vật chứng). */
export const EvidenceModal = ({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useCaseMutation(form, onClose);
  const submit = (v: Values) => {
    const input: EvidenceInput = {
      description: v.description,
      ...numberOf('quantity', v.quantity),
      ...textOf('unit', v.unit),
      ...dateOf('seizedOn', v.seizedOn),
      ...textOf('note', v.note),
    };
    return run(() => api('POST', `/api/cases/${detail.id}/evidence`, input), t('cases.evidence.added'));
  };
  return (
    <Modal
      open
      title={t('cases.evidence.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical" onFinish={submit} name="case-evidence" initialValues={{ description: '' }}>
        <Form.Item
          name="description"
          label={t('cases.evidence.description')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="quantity" label={t('cases.evidence.quantity')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="unit" label={t('cases.evidence.unit')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="seizedOn" label={t('cases.evidence.seizedOn')}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('cases.evidence.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

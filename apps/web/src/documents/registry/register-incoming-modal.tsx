import { UploadOutlined } from '@ant-design/icons';
import type { DocumentType, IncomingEntry, Secrecy, Urgency } from '@eprocuracy/domain';
import { Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { useCurrentMe } from '../../auth/me.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { documentOptions } from './document-options.ts';
import { REGISTRY_API } from './registry-api.ts';

type Values = {
  receivedOn: Dayjs;
  numberSymbol: string;
  documentDate: Dayjs;
  type: DocumentType;
  abstract: string;
  issuingBody: string;
  signer?: string;
  secrecy: Secrecy;
  urgency: Urgency;
  pageCount?: number | null;
  attachmentCount?: number | null;
};

const fieldsOf = (v: Values): Record<string, string | number> => {
  const fields: Record<string, string | number | undefined | null> = {
    receivedOn: v.receivedOn.format('YYYY-MM-DD'),
    numberSymbol: v.numberSymbol,
    documentDate: v.documentDate.format('YYYY-MM-DD'),
    type: v.type,
    abstract: v.abstract,
    issuingBody: v.issuingBody,
    signer: v.signer?.trim() || undefined,
    secrecy: v.secrecy,
    urgency: v.urgency,
    pageCount: v.pageCount,
    attachmentCount: v.attachmentCount ?? 0,
  };
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== null),
  ) as Record<string, string | number>;
};

/** Vào sổ văn bản đến (Decree 30 Art. 22): typed in, or with the received file attached. */
export const RegisterIncomingModal = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentMe();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const { busy, run } = useFormMutation(form, onClose, ['document-registry']);
  const options = documentOptions(t, lang, me.clearance);
  const submit = (values: Values) =>
    run(async () => {
      const fields = fieldsOf(values);
      if (!file) return api<IncomingEntry>('POST', `${REGISTRY_API}/incoming`, fields);
      const body = new FormData();
      for (const [key, value] of Object.entries(fields)) body.append(key, String(value));
      body.append('file', file);
      return api<IncomingEntry>('POST', `${REGISTRY_API}/incoming/upload`, body);
    }, t('documentRegistry.registeredIncoming'));
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  const requiredDate = [{ required: true, message: t('common.required') }];
  return (
    <Modal
      open
      title={t('documentRegistry.registerIncoming')}
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
        name="incoming-register"
        onFinish={submit}
        initialValues={{
          receivedOn: dayjs(),
          documentDate: dayjs(),
          type: 'official_letter',
          secrecy: 'normal',
          urgency: 'normal',
          attachmentCount: 0,
        }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="receivedOn" label={t('documentRegistry.receivedOn')} rules={requiredDate}>
              <DatePicker
                format="DD/MM/YYYY"
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="numberSymbol" label={t('documentRegistry.numberSymbol')} rules={required}>
              <Input maxLength={100} placeholder="123/CV-CAT" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="documentDate" label={t('documentRegistry.documentDate')} rules={requiredDate}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={10}>
            <Form.Item name="type" label={t('documentRegistry.type')} rules={requiredDate}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={options.incomingTypes} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="issuingBody" label={t('documentRegistry.issuingBody')} rules={required}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="abstract" label={t('documentRegistry.abstract')} rules={required}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="signer" label={t('documentRegistry.signer')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="secrecy" label={t('documentRegistry.secrecy')} extra={t('documentRegistry.secretHint')}>
              <Select options={options.secrecy} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="urgency" label={t('documentRegistry.urgency')}>
              <Select options={options.urgency} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={12} sm={8}>
            <Form.Item name="pageCount" label={t('documentRegistry.pageCount')}>
              <InputNumber min={1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="attachmentCount" label={t('documentRegistry.attachmentCount')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label={t('documentRegistry.file')}>
              <Upload
                maxCount={1}
                beforeUpload={(picked) => {
                  setFile(picked);
                  return false;
                }}
                onRemove={() => setFile(null)}
              >
                <Button icon={<UploadOutlined />}>{t('documentRegistry.pickFile')}</Button>
              </Upload>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
};

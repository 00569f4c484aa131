import type { CrimeReport, CrimeReportKind, RegisterCrimeReportInput, Secrecy } from '@eprocuracy/domain';
import { useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { showFormError } from '../api/form-errors.ts';
import { useCurrentMe } from '../auth/me.ts';
import { useLang } from '../i18n/use-lang.ts';
import { reportOptions } from './report-options.ts';

type Values = {
  kind: CrimeReportKind;
  receivedOn: Dayjs;
  source: string;
  summary: string;
  suspectedOffence: { article?: string; clause?: number | null };
  investigatingBodyName?: string;
  investigatingBodyCode?: string;
  secrecy: Secrecy;
};

const blank = (): Values => ({
  kind: 'denunciation',
  receivedOn: dayjs(),
  source: '',
  summary: '',
  suspectedOffence: { article: '', clause: null },
  investigatingBodyName: '',
  investigatingBodyCode: '',
  secrecy: 'normal',
});

const toInput = (v: Values): RegisterCrimeReportInput => {
  const article = v.suspectedOffence.article?.trim();
  const clause = v.suspectedOffence.clause;
  return {
    kind: v.kind,
    receivedOn: v.receivedOn.format('YYYY-MM-DD'),
    source: v.source,
    summary: v.summary,
    secrecy: v.secrecy,
    ...(article ? { suspectedOffence: { article, ...(clause ? { clause } : {}) } } : {}),
    ...(v.investigatingBodyName?.trim() ? { investigatingBodyName: v.investigatingBodyName } : {}),
    ...(v.investigatingBodyCode?.trim() ? { investigatingBodyCode: v.investigatingBodyCode } : {}),
  };
};

/** Registers a tố giác, tin báo or kiến nghị khởi tố received by the officer's office. */
export const RegisterReportModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const options = reportOptions(t, me.clearance);

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      const created = await api<CrimeReport>('POST', '/api/crime-reports', toInput(values));
      void message.success(t('crimeReports.registered', { code: created.code }));
      await queryClient.invalidateQueries({ queryKey: ['crime-reports'] });
      form.resetFields();
      onClose();
    } catch (error) {
      showFormError(error, lang, message, form);
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Modal
      open={open}
      title={t('crimeReports.register')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      forceRender
      width={640}
    >
      <Form form={form} layout="vertical" onFinish={submit} name="crime-report-register" initialValues={blank()}>
        <Row gutter={16}>
          <Col xs={24} sm={14}>
            <Form.Item name="kind" label={t('crimeReports.kindLabel')} rules={[{ required: true }]}>
              <Select options={options.kinds} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="receivedOn" label={t('crimeReports.receivedOn')} rules={[{ required: true }]}>
              <DatePicker
                format="DD/MM/YYYY"
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="source" label={t('crimeReports.source')} rules={required} extra={t('crimeReports.sourceHint')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="summary" label={t('crimeReports.summary')} rules={required}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name={['suspectedOffence', 'article']} label={t('crimeReports.offenceArticle')}>
              <Input placeholder="173" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name={['suspectedOffence', 'clause']} label={t('crimeReports.offenceClause')}>
              <InputNumber min={1} max={20} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="secrecy" label={t('crimeReports.secrecy')}>
              <Select options={options.secrecy} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="investigatingBodyName" label={t('crimeReports.investigatingBody')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="investigatingBodyCode" label={t('crimeReports.investigatingBodyCode')}>
          <Input maxLength={32} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

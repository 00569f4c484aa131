import {
  CASE_DOCUMENT_TYPES,
  type CaseDocumentTypeCode,
  type CaseDocumentView,
  foldText,
  type Secrecy,
} from '@eprocuracy/domain';
import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCurrentMe } from '../auth/me.ts';
import { useLocalized } from '../cases/case-format.ts';
import { caseOptions } from '../cases/case-options.ts';

/** A document's description as its form holds it. */
export type DocumentValues = {
  type: CaseDocumentTypeCode;
  title: string;
  documentDate?: Dayjs | null;
  authorBody?: string;
  folioFrom?: number | null;
  folioTo?: number | null;
  secrecy: Secrecy;
};

/** The form's values for an existing document (or a new one's defaults). */
export const documentValues = (document?: CaseDocumentView): DocumentValues => ({
  type: document?.type ?? 'other',
  title: document?.title ?? '',
  documentDate: document?.documentDate ? dayjs(document.documentDate) : null,
  authorBody: document?.authorBody ?? '',
  folioFrom: document?.folioFrom ?? null,
  folioTo: document?.folioTo ?? null,
  secrecy: document?.secrecy ?? 'normal',
});

/** Whether a type's label holds what the officer typed, with or without diacritics. */
const matchesType = (input: string, option?: { label: string }) =>
  foldText(option?.label ?? '').includes(foldText(input));

/**
 * The description of a document in the file index: type, title, date, author body, folio range (bút lục)
 * and secrecy. The names are the server's field names, so its refusals show on the field they name.
 */
export const DocumentFields = () => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const me = useCurrentMe();
  const types = CASE_DOCUMENT_TYPES.map((type) => ({ value: type.code, label: localized(type.label) }));
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <>
      <Form.Item
        name="type"
        label={t('caseFiles.field.type')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select options={types} showSearch={{ filterOption: matchesType }} />
      </Form.Item>
      <Form.Item name="title" label={t('caseFiles.field.title')} rules={required}>
        <Input maxLength={500} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name="documentDate" label={t('caseFiles.field.documentDate')}>
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item name="authorBody" label={t('caseFiles.field.authorBody')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} sm={8}>
          <Form.Item name="folioFrom" label={t('caseFiles.field.folioFrom')}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="folioTo" label={t('caseFiles.field.folioTo')}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="secrecy" label={t('caseFiles.field.secrecy')}>
            <Select options={caseOptions(t, localized, me.clearance).secrecy} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
};

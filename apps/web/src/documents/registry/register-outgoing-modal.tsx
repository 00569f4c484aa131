import type { DocumentType, IncomingEntry, RegistryPage, Secrecy, Urgency } from '@eprocuracy/domain';
import { useQuery } from '@tanstack/react-query';
import { Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, apiGet } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { useCurrentMe } from '../../auth/me.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { documentOptions } from './document-options.ts';
import { REGISTRY_API } from './registry-api.ts';

type Values = {
  issuedOn: Dayjs;
  type: DocumentType;
  unitAbbreviation?: string;
  abstract: string;
  signer: string;
  recipients: string;
  copies?: number | null;
  secrecy: Secrecy;
  urgency: Urgency;
  pageCount?: number | null;
  attachmentCount?: number | null;
  replyToId?: string;
};

/** Cấp số và vào sổ văn bản đi (Decree 30 Art. 15–16); the number and symbol come from the server. */
export const RegisterOutgoingModal = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentMe();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useFormMutation(form, onClose, ['document-registry']);
  const options = documentOptions(t, lang, me.clearance);
  const open = useQuery({
    queryKey: ['document-registry', 'incoming', 'open-for-reply'],
    queryFn: () => apiGet<RegistryPage<IncomingEntry>>(`${REGISTRY_API}/incoming`, { limit: 200 }),
  });
  const replyOptions = (open.data?.items ?? [])
    .filter((e) => !e.reply && e.officeId === me.officeId)
    .map((e) => ({ value: e.id, label: `${e.number} — ${e.numberSymbol}: ${e.abstract}` }));
  const submit = (v: Values) =>
    run(
      () =>
        api('POST', `${REGISTRY_API}/outgoing`, {
          issuedOn: v.issuedOn.format('YYYY-MM-DD'),
          type: v.type,
          ...(v.unitAbbreviation?.trim() ? { unitAbbreviation: v.unitAbbreviation.trim().toUpperCase() } : {}),
          abstract: v.abstract,
          signer: v.signer,
          recipients: v.recipients
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
          ...(v.copies ? { copies: v.copies } : {}),
          ...(v.pageCount ? { pageCount: v.pageCount } : {}),
          attachmentCount: v.attachmentCount ?? 0,
          secrecy: v.secrecy,
          urgency: v.urgency,
          ...(v.replyToId ? { replyToId: v.replyToId } : {}),
        }),
      t('documentRegistry.registeredOutgoing'),
    );
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Modal
      open
      title={t('documentRegistry.registerOutgoing')}
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
        name="outgoing-register"
        onFinish={submit}
        initialValues={{
          issuedOn: dayjs(),
          type: 'official_letter',
          secrecy: 'normal',
          urgency: 'normal',
          attachmentCount: 0,
        }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="issuedOn"
              label={t('documentRegistry.issuedOn')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker
                format="DD/MM/YYYY"
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="type" label={t('documentRegistry.type')}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={options.outgoingTypes} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="unitAbbreviation" label={t('documentRegistry.unitAbbreviation')}>
              <Input maxLength={10} placeholder="VP" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="abstract" label={t('documentRegistry.abstract')} rules={required}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="signer" label={t('documentRegistry.signer')} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="secrecy" label={t('documentRegistry.secrecy')}>
              <Select options={options.secrecy} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="urgency" label={t('documentRegistry.urgency')}>
              <Select options={options.urgency} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="recipients"
          label={t('documentRegistry.recipients')}
          extra={t('documentRegistry.recipientsHint')}
          rules={required}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={8}>
            <Form.Item name="copies" label={t('documentRegistry.copies')}>
              <InputNumber min={1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={8}>
            <Form.Item name="pageCount" label={t('documentRegistry.pageCount')}>
              <InputNumber min={1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={8}>
            <Form.Item name="attachmentCount" label={t('documentRegistry.attachmentCount')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="replyToId" label={t('documentRegistry.replyTo')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={open.isFetching}
            options={replyOptions}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};

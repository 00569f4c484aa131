import { type CaseDetail, PERSON_ROLES, type PersonInput, type PersonRole } from '@eprocuracy/domain';
import { Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { dateOf, textOf } from './form-values.ts';
import { useCaseMutation } from './use-case-mutation.ts';

type Values = {
  role: PersonRole;
  kind: 'individual' | 'corporate';
  fullName: string;
  birthDate?: Dayjs | null;
  sex?: 'male' | 'female';
  idNumber?: string;
  nationality?: string;
  address?: string;
  province?: string;
  occupation?: string;
  chargedOn?: Dayjs | null;
};

const toInput = (v: Values): PersonInput => {
  const individual = v.kind === 'individual';
  return {
    role: v.role,
    kind: v.kind,
    fullName: v.fullName,
    ...(individual ? { ...dateOf('birthDate', v.birthDate), ...(v.sex ? { sex: v.sex } : {}) } : {}),
    ...(individual ? textOf('occupation', v.occupation) : {}),
    ...textOf('idNumber', v.idNumber?.trim()),
    ...textOf('nationality', v.nationality),
    ...textOf('address', v.address),
    ...textOf('province', v.province),
    ...(v.role === 'defendant' ? dateOf('chargedOn', v.chargedOn) : {}),
  };
};

/** Adds a participant (Art. 55 CPC): a defendant — a person or a commercial legal person — a victim, a witness… */
export const PersonModal = ({
  detail,
  role,
  onClose,
}: {
  detail: CaseDetail;
  role?: PersonRole;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useCaseMutation(form, onClose);
  const kind = Form.useWatch('kind', form) ?? 'individual';
  const chosenRole = (Form.useWatch('role', form) ?? role ?? 'defendant') as PersonRole;
  const corporate = kind === 'corporate';
  const submit = (v: Values) =>
    run(
      () => api('POST', `/api/cases/${detail.id}/persons`, toInput(v)),
      t('cases.person.added', { name: v.fullName }),
    );
  const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');
  return (
    <Modal
      open
      title={role === 'defendant' ? t('cases.person.addDefendant') : t('cases.person.addParticipant')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      width={680}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        name="case-person"
        initialValues={{ role: role ?? 'victim', kind: 'individual', fullName: '', nationality: 'Việt Nam' }}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="role" label={t('cases.person.role')} rules={[{ required: true }]}>
              <Select options={PERSON_ROLES.map((r) => ({ value: r, label: t(`cases.person.roles.${r}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t('cases.person.kind')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'individual', label: t('cases.person.individual') },
                  { value: 'corporate', label: t('cases.person.corporate') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="fullName"
          label={corporate ? t('cases.person.corporateName') : t('cases.person.fullName')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        {!corporate && (
          <Row gutter={12}>
            <Col xs={12} sm={8}>
              <Form.Item name="birthDate" label={t('cases.person.birthDate')}>
                <DatePicker format="DD/MM/YYYY" disabledDate={notFuture} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6}>
              <Form.Item name="sex" label={t('cases.person.sex')}>
                <Select
                  allowClear
                  options={[
                    { value: 'male', label: t('cases.person.sexes.male') },
                    { value: 'female', label: t('cases.person.sexes.female') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={10}>
              <Form.Item name="occupation" label={t('cases.person.occupation')}>
                <Input maxLength={120} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="idNumber"
              label={corporate ? t('cases.person.enterpriseCode') : t('cases.person.idNumber')}
              extra={corporate ? t('cases.person.enterpriseCodeHint') : t('cases.person.idNumberHint')}
            >
              <Input maxLength={13} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="nationality" label={t('cases.person.nationality')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="address" label={corporate ? t('cases.person.seat') : t('cases.person.address')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="province" label={t('cases.person.province')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
        </Row>
        {chosenRole === 'defendant' && (
          <Form.Item name="chargedOn" label={t('cases.person.chargedOn')} extra={t('cases.person.chargedOnHint')}>
            <DatePicker format="DD/MM/YYYY" disabledDate={notFuture} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
};

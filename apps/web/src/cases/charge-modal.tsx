import type { AddChargeInput, CaseDetail } from '@eprocuracy/domain';
import { DatePicker, Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ChargeFields } from './charge-fields.tsx';
import { type ChargeValues, compactCharge, dateOf } from './form-values.ts';
import { useCaseMutation } from './use-case-mutation.ts';

type Values = ChargeValues & { personId: string; chargedOn?: Dayjs | null };

const CASE_LEVEL = '';

/** Adds a charge to a defendant (khởi tố bị can về tội…) or to the case (khởi tố vụ án về tội…). */
export const ChargeModal = ({
  detail,
  personId,
  onClose,
}: {
  detail: CaseDetail;
  personId?: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useCaseMutation(form, onClose);
  const defendants = detail.persons.filter((p) => p.role === 'defendant');
  const target = Form.useWatch('personId', form);
  const submit = (v: Values) => {
    const input: AddChargeInput = {
      ...compactCharge(v),
      ...(v.personId ? { personId: v.personId } : {}),
      ...(v.personId ? dateOf('chargedOn', v.chargedOn) : {}),
    };
    return run(() => api('POST', `/api/cases/${detail.id}/charges`, input), t('cases.charge.added'));
  };
  return (
    <Modal
      open
      title={t('cases.charge.add')}
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
        name="case-charge"
        initialValues={{ personId: personId ?? defendants[0]?.id ?? CASE_LEVEL, clause: null, point: '' }}
      >
        <Form.Item name="personId" label={t('cases.charge.against')}>
          <Select
            options={[
              ...defendants.map((p) => ({ value: p.id, label: p.fullName })),
              { value: CASE_LEVEL, label: t('cases.charge.caseLevel') },
            ]}
          />
        </Form.Item>
        <ChargeFields prefix={[]} articlePath="article" on={detail.offenceDate ?? undefined} />
        {target && (
          <Form.Item name="chargedOn" label={t('cases.charge.chargedOn')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
};

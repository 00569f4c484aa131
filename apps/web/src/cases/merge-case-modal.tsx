import type { CaseDetail } from '@eprocuracy/domain';
import type { CaseDuplicate } from '@eprocuracy/domain/cases/case-merge';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useDuplicateMutation } from './duplicate-mutation.ts';

type Values = { reason: string };

/** Confirms merging a case registered twice into the case on screen, with the reason the history keeps. */
export const MergeCaseModal = ({
  detail,
  duplicate,
  onClose,
}: {
  detail: CaseDetail;
  duplicate: CaseDuplicate;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useDuplicateMutation(form, onClose);
  const codes = { duplicate: duplicate.caseCode, kept: detail.code };
  const submit = (v: Values) =>
    run(
      () => api('POST', `/api/cases/${duplicate.caseId}/merge-into`, { intoCaseId: detail.id, reason: v.reason }),
      t('cases.duplicates.caseMerged', { code: duplicate.caseCode }),
    );
  return (
    <Modal
      open
      title={t('cases.duplicates.mergeCaseTitle', codes)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('cases.duplicates.merge')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      width={640}
    >
      <Typography.Paragraph>{t('cases.duplicates.mergeCaseExplain', codes)}</Typography.Paragraph>
      <Alert type="warning" showIcon title={t('cases.duplicates.notJoining')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit} name="case-merge" initialValues={{ reason: '' }}>
        <Form.Item
          name="reason"
          label={t('cases.duplicates.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} placeholder={t('cases.duplicates.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

import type { CaseDetail } from '@eprocuracy/domain';
import { Flex, Form, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { formatDate } from './case-format.ts';
import { useDuplicateMutation } from './duplicate-mutation.ts';

type Person = CaseDetail['persons'][number];
type Values = { keep: string };

/** Merges two records of one person in the case: the officer picks the record kept (by default the first entered). */
export const MergePersonModal = ({
  detail,
  pair,
  onClose,
}: {
  detail: CaseDetail;
  pair: readonly [string, string];
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useDuplicateMutation(form, onClose);
  const people = detail.persons.filter((p) => pair.includes(p.id));
  const describe = (p: Person) =>
    [
      p.fullName,
      t(`cases.person.roles.${p.role}`),
      p.birthDate ? t('cases.duplicates.born', { date: formatDate(p.birthDate) }) : '',
      p.idNumber ? t('cases.duplicates.idNumber', { id: p.idNumber }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
  const submit = ({ keep }: Values) => {
    const dropped = people.find((p) => p.id !== keep);
    if (!dropped) return;
    return run(
      () => api('POST', `/api/cases/${detail.id}/persons/${dropped.id}/merge`, { intoPersonId: keep }),
      t('cases.duplicates.personMerged', { name: dropped.fullName }),
    );
  };
  return (
    <Modal
      open
      title={t('cases.duplicates.mergePersonTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('cases.duplicates.merge')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      width={600}
    >
      <Typography.Paragraph>{t('cases.duplicates.mergePersonExplain')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} name="person-merge" initialValues={{ keep: people[0]?.id }}>
        <Form.Item name="keep" label={t('cases.duplicates.keep')} rules={[{ required: true }]}>
          <Radio.Group>
            <Flex vertical gap={8}>
              {people.map((p) => (
                <Radio key={p.id} value={p.id}>
                  {describe(p)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
};

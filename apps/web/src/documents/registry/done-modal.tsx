import type { IncomingEntry } from '@eprocuracy/domain';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { REGISTRY_API } from './registry-api.ts';

/** The handler closes an incoming document, with a note of the outcome (Decree 30 Art. 24). */
export const DoneModal = ({ entry, onClose }: { entry: IncomingEntry; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  const { busy, run } = useFormMutation(form, onClose, ['document-registry']);
  const submit = ({ note }: { note?: string }) =>
    run(
      () =>
        api('POST', `${REGISTRY_API}/incoming/${entry.id}/handling`, {
          status: 'done',
          ...(note?.trim() ? { note } : {}),
        }),
      t('documentRegistry.updated'),
    );
  return (
    <Modal
      open
      title={t('documentRegistry.doneTitle', { number: entry.number })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('documentRegistry.markDone')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical" name="incoming-done" onFinish={submit}>
        <Form.Item name="note" label={t('documentRegistry.note')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

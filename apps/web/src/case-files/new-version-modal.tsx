import type { CaseDocumentView } from '@eprocuracy/domain';
import { findCaseDocumentType } from '@eprocuracy/domain';
import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { uploadUrl } from './case-files-api.ts';
import { chosenFile, FileField, type FileValue } from './file-field.tsx';
import { uploadForm } from './upload-document.ts';
import { useDocumentUpload } from './use-document-upload.ts';

type Values = { note?: string; file: FileValue };

/** Files a new version of a document; the old one stays in the case file, unchanged. */
export const NewVersionModal = ({ document, onClose }: { document: CaseDocumentView; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const upload = useDocumentUpload(document.caseId, form, onClose);
  const submit = (v: Values) => {
    const file = chosenFile(v.file);
    if (!file) return;
    return upload.send(uploadUrl(document.caseId, document.id), uploadForm({ note: v.note }, file, file.name), (d) =>
      t('caseFiles.newVersion.done', { version: d.currentVersion }),
    );
  };
  const close = () => {
    upload.cancel();
    onClose();
  };
  return (
    <Modal
      open
      title={t('caseFiles.newVersion.title', { title: document.title })}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('caseFiles.upload.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={upload.isBusy}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('caseFiles.newVersion.hint', { version: document.currentVersion })}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        name="case-document-version"
        onFinish={submit}
        initialValues={{ file: [] }}
      >
        <Form.Item name="note" label={t('caseFiles.field.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <FileField kinds={findCaseDocumentType(document.type)?.kinds ?? []} percent={upload.percent} />
      </Form>
    </Modal>
  );
};

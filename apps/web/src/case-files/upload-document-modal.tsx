import { findCaseDocumentType } from '@eprocuracy/domain';
import { Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { uploadUrl } from './case-files-api.ts';
import { DocumentFields, type DocumentValues, documentValues } from './document-fields.tsx';
import { chosenFile, FileField, type FileValue } from './file-field.tsx';
import { uploadForm } from './upload-document.ts';
import { useDocumentUpload } from './use-document-upload.ts';

type Values = DocumentValues & { file: FileValue };

/** Files a new document in the case file: its description first, then the file, sent in that order. */
export const UploadDocumentModal = ({ caseId, onClose }: { caseId: string; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const upload = useDocumentUpload(caseId, form, onClose);
  const type = Form.useWatch('type', form);
  const submit = (v: Values) => {
    const file = chosenFile(v.file);
    if (!file) return;
    const fields = {
      type: v.type,
      title: v.title,
      documentDate: v.documentDate?.format('YYYY-MM-DD'),
      authorBody: v.authorBody,
      folioFrom: v.folioFrom,
      folioTo: v.folioTo,
      secrecy: v.secrecy,
    };
    return upload.send(uploadUrl(caseId), uploadForm(fields, file, file.name), (document) =>
      t('caseFiles.upload.done', { title: document.title }),
    );
  };
  const close = () => {
    upload.cancel();
    onClose();
  };
  return (
    <Modal
      open
      title={t('caseFiles.upload.title')}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('caseFiles.upload.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={upload.isBusy}
      width={680}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="case-document-upload"
        onFinish={submit}
        initialValues={{ ...documentValues(), file: [] }}
      >
        <DocumentFields />
        <FileField kinds={findCaseDocumentType(type ?? 'other')?.kinds ?? []} percent={upload.percent} />
      </Form>
    </Modal>
  );
};

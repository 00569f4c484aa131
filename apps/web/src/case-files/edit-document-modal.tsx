import type { CaseDocumentView, UpdateCaseDocumentInput } from '@eprocuracy/domain';
import { Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../api/use-form-mutation.ts';
import { updateCaseDocument } from './case-files-api.ts';
import { DocumentFields, type DocumentValues, documentValues } from './document-fields.tsx';

const blankToNull = (text: string | undefined) => (text?.trim() ? text : null);

/** The fields the officer changed, as the API takes them: a cleared optional field becomes null. */
const changes = (v: DocumentValues, isChanged: (key: keyof DocumentValues) => boolean): UpdateCaseDocumentInput => ({
  ...(isChanged('type') ? { type: v.type } : {}),
  ...(isChanged('title') ? { title: v.title } : {}),
  ...(isChanged('documentDate') ? { documentDate: v.documentDate?.format('YYYY-MM-DD') ?? null } : {}),
  ...(isChanged('authorBody') ? { authorBody: blankToNull(v.authorBody) } : {}),
  ...(isChanged('folioFrom') ? { folioFrom: v.folioFrom ?? null } : {}),
  ...(isChanged('folioTo') ? { folioTo: v.folioTo ?? null } : {}),
  ...(isChanged('secrecy') ? { secrecy: v.secrecy } : {}),
});

/** Corrects a document's description in the file index; only the fields changed are sent. */
export const EditDocumentModal = ({ document, onClose }: { document: CaseDocumentView; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<DocumentValues>();
  const { busy, run } = useFormMutation(form, onClose, ['case-file']);
  const submit = (v: DocumentValues) => {
    const input = changes(v, (key) => form.isFieldTouched(key));
    if (Object.keys(input).length === 0) {
      onClose();
      return;
    }
    return run(() => updateCaseDocument(document.caseId, document.id, input), t('common.saved'));
  };
  return (
    <Modal
      open
      title={t('caseFiles.edit.title', { title: document.title })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      width={680}
    >
      <Form<DocumentValues>
        form={form}
        layout="vertical"
        name="case-document-edit"
        onFinish={submit}
        initialValues={documentValues(document)}
      >
        <DocumentFields />
      </Form>
    </Modal>
  );
};

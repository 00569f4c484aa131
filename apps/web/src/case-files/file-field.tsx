import { UploadOutlined } from '@ant-design/icons';
import { ACCEPTED_EXTENSIONS_TEXT, type FileKind } from '@eprocuracy/domain';
import { Button, Form, Progress, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { acceptFor } from './case-file-format.ts';

/** The chosen file as the form holds it: Ant Design's file list, of one file at most. */
export type FileValue = UploadFile[];

/** The File of the chosen entry, if any. */
export const chosenFile = (value: FileValue | undefined): File | undefined => value?.[0]?.originFileObj;

/**
 * The file picker, last in an upload form (the server reads the file after the fields). The file is held
 * until the form is sent; while it is sent, the bar shows how much has gone.
 */
export const FileField = ({ kinds, percent }: { kinds: readonly FileKind[]; percent: number | null }) => {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="file"
        label={t('caseFiles.field.file')}
        valuePropName="fileList"
        getValueFromEvent={(event: { fileList: FileValue }) => event.fileList.slice(-1)}
        extra={t('caseFiles.fileHint', { types: ACCEPTED_EXTENSIONS_TEXT })}
        rules={[{ required: true, type: 'array', min: 1, message: t('caseFiles.noFile') }]}
      >
        <Upload beforeUpload={() => false} maxCount={1} accept={acceptFor(kinds)} disabled={percent !== null}>
          <Button icon={<UploadOutlined />}>{t('caseFiles.chooseFile')}</Button>
        </Upload>
      </Form.Item>
      {percent !== null && (
        <Progress
          percent={percent}
          status="active"
          data-testid="upload-progress"
          aria-label={t('caseFiles.field.file')}
        />
      )}
    </>
  );
};

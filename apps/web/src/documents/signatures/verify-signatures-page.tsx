import { InboxOutlined } from '@ant-design/icons';
import type { SignatureReport } from '@eprocuracy/domain';
import { Alert, Card, Flex, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorText } from '../../api/problem.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { SignatureReportView } from './signature-report-view.tsx';
import { verifySignedPdf } from './signatures-api.ts';

type Result = { fileName: string; report: SignatureReport };

/** The message of a refusal: the field's own explanation when the server names one. */
const refusalText = (error: unknown, lang: 'vi' | 'en') =>
  error instanceof ApiError && error.fields[0] ? error.fields[0][lang] : errorText(error, lang);

/** Kiểm tra chữ ký số (issue 5): any officer uploads a signed PDF and reads the verification report. */
export const VerifySignaturesPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  const verify = async (file: File) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult({ fileName: file.name, report: await verifySignedPdf(file) });
    } catch (failure) {
      setError(refusalText(failure, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('signatures.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('signatures.intro')}
      </Typography.Paragraph>
      <Card>
        <Upload.Dragger
          accept=".pdf,application/pdf"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void verify(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('signatures.drop')}</p>
          <p className="ant-upload-hint">{t('signatures.dropHint')}</p>
        </Upload.Dragger>
      </Card>
      {busy && (
        <Spin description={t('signatures.checking')}>
          <div style={{ height: 48 }} />
        </Spin>
      )}
      {error && <Alert type="error" showIcon title={error} data-testid="signature-error" />}
      {result && <SignatureReportView report={result.report} fileName={result.fileName} />}
    </Flex>
  );
};

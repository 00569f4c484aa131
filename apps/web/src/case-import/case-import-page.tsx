import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../api/problem.ts';
import { useCurrentMe } from '../auth/me.ts';
import { useLang } from '../i18n/use-lang.ts';
import { isFinished, mayImportCases, startCaseImport, useCaseImport } from './case-import-api.ts';
import { CaseImportProgress } from './case-import-progress.tsx';
import { CaseImportReport } from './case-import-report.tsx';

/**
 * "Nhập vụ án từ hệ thống cũ": upload a legacy register, follow the import job's progress, read the per-row
 * report with links to the cases. The import being followed is kept in the address, so a reload resumes it.
 */
export const CaseImportPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentMe();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  const [mode, setMode] = useState<'all_or_nothing' | 'valid_rows'>('all_or_nothing');
  const [dryRun, setDryRun] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = useCaseImport(id);

  const run = async () => {
    if (!file) {
      void message.warning(t('caseImport.noFile'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const view = await startCaseImport(file, { mode, dryRun });
      setParams({ id: view.id });
    } catch (caught) {
      setError(errorText(caught, lang));
    } finally {
      setBusy(false);
    }
  };

  if (!mayImportCases(me)) return <Alert type="warning" showIcon title={t('common.forbidden')} />;
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('caseImport.title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 760 }}>
          {t('caseImport.intro')}
        </Typography.Paragraph>
        <Form layout="vertical" style={{ maxWidth: 640 }}>
          <Form.Item>
            <Space wrap>
              <Button icon={<DownloadOutlined />} href="/api/case-imports/template?format=csv">
                {t('caseImport.templateCsv')}
              </Button>
              <Button icon={<DownloadOutlined />} href="/api/case-imports/template?format=xlsx">
                {t('caseImport.templateXlsx')}
              </Button>
            </Space>
          </Form.Item>
          <Form.Item label={t('caseImport.file')}>
            <Upload
              accept=".csv,.xlsx"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
            >
              <Button icon={<UploadOutlined />}>{t('caseImport.chooseFile')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item label={t('caseImport.mode')}>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
              <Space orientation="vertical">
                <Radio value="all_or_nothing">{t('caseImport.allOrNothing')}</Radio>
                <Radio value="valid_rows">{t('caseImport.validRows')}</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item>
            <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>
              {t('caseImport.dryRun')}
            </Checkbox>
          </Form.Item>
          <Button type="primary" onClick={() => void run()} loading={busy}>
            {t('caseImport.run')}
          </Button>
        </Form>
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} />}
      </Card>
      {id && (
        <Card title={t('caseImport.progressTitle')} style={{ marginTop: 16 }} data-testid="case-import-results">
          {current.error && <Alert type="error" showIcon title={errorText(current.error, lang)} />}
          {current.data && (
            <Flex vertical gap={16}>
              <CaseImportProgress view={current.data} />
              {isFinished(current.data) && current.data.status !== 'failed' && (
                <CaseImportReport id={current.data.id} isDryRun={current.data.dryRun} />
              )}
            </Flex>
          )}
        </Card>
      )}
    </>
  );
};

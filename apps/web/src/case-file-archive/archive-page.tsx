import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Progress, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../api/problem.ts';
import { useCurrentMe } from '../auth/me.ts';
import { mayImportCases } from '../case-import/case-import-api.ts';
import { useLang } from '../i18n/use-lang.ts';
import { isArchiveFinished, startArchiveImport, useArchiveImport } from './archive-api.ts';
import { ArchiveProgress } from './archive-progress.tsx';
import { ArchiveReport } from './archive-report.tsx';

/**
 * "Nhập kho hồ sơ số hóa": upload a ZIP of scans (a folder is sent as the ZIP of that folder) with its
 * manifest.csv, follow the job's progress and read the per-row report. The import followed is kept in the
 * address, so a reload resumes it.
 */
export const CaseFileArchivePage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentMe();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  const [mode, setMode] = useState<'all_or_nothing' | 'valid_rows'>('all_or_nothing');
  const [dryRun, setDryRun] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = useArchiveImport(id);

  const run = async () => {
    if (!file) {
      void message.warning(t('caseFileArchive.noFile'));
      return;
    }
    setUploaded(0);
    setError(null);
    try {
      const view = await startArchiveImport(file, { mode, dryRun }, setUploaded);
      setParams({ id: view.id });
    } catch (caught) {
      setError(errorText(caught, lang));
    } finally {
      setUploaded(null);
    }
  };

  if (!mayImportCases(me)) return <Alert type="warning" showIcon title={t('common.forbidden')} />;
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('caseFileArchive.title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 760 }}>
          {t('caseFileArchive.intro')}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 760 }}>
          {t('caseFileArchive.columns')}
        </Typography.Paragraph>
        <Form layout="vertical" style={{ maxWidth: 640 }}>
          <Form.Item label={t('caseFileArchive.file')}>
            <Upload
              accept=".zip,application/zip"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
            >
              <Button icon={<UploadOutlined />}>{t('caseFileArchive.chooseFile')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item label={t('caseFileArchive.mode')}>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
              <Space orientation="vertical">
                <Radio value="all_or_nothing">{t('caseFileArchive.allOrNothing')}</Radio>
                <Radio value="valid_rows">{t('caseFileArchive.validRows')}</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item>
            <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>
              {t('caseFileArchive.dryRun')}
            </Checkbox>
          </Form.Item>
          <Button type="primary" onClick={() => void run()} loading={uploaded !== null}>
            {t('caseFileArchive.run')}
          </Button>
          {uploaded !== null && (
            <Progress percent={uploaded} format={() => t('caseFileArchive.uploading', { percent: uploaded })} />
          )}
        </Form>
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} />}
      </Card>
      {id && (
        <Card title={t('caseFileArchive.progressTitle')} style={{ marginTop: 16 }} data-testid="archive-results">
          {current.error && <Alert type="error" showIcon title={errorText(current.error, lang)} />}
          {current.data && (
            <Flex vertical gap={16}>
              <ArchiveProgress view={current.data} />
              {isArchiveFinished(current.data) && current.data.status !== 'failed' && (
                <ArchiveReport id={current.data.id} />
              )}
            </Flex>
          )}
        </Card>
      )}
    </>
  );
};

import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Form, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ApiError, errorText } from '../api/problem.ts';
import { useLang } from '../i18n/use-lang.ts';
import { ImportResults } from './import-results.tsx';
import type { ImportKind, ImportMode, ImportResult, ImportRow } from './import-types.ts';

/** Bulk import of officers or offices from CSV/XLSX, with dry run and per-row results. */
export const ImportPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ImportKind>('officers');
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const [dryRun, setDryRun] = useState(true);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ data: ImportResult | null; rows: ImportRow[]; error?: string } | null>(null);

  const run = async () => {
    if (!file) {
      void message.warning(t('import.noFile'));
      return;
    }
    const body = new FormData();
    body.set('mode', mode);
    body.set('dryRun', String(dryRun));
    body.set('file', file);
    setBusy(true);
    try {
      const data = await api<ImportResult>('POST', `/api/import/${kind}`, body);
      setResult({ data, rows: data.rows });
    } catch (error) {
      // A rejected all-or-nothing import still reports every row, so the officer can fix the file.
      const report =
        error instanceof ApiError && Array.isArray(error.problem.rows)
          ? (error.problem as unknown as ImportResult)
          : null;
      setResult({ data: report, rows: report?.rows ?? [], error: errorText(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('import.title')}
      </Typography.Title>
      <Card>
        <Form layout="vertical" style={{ maxWidth: 640 }}>
          <Form.Item label={t('import.kind')}>
            <Radio.Group
              value={kind}
              onChange={(e) => setKind(e.target.value)}
              optionType="button"
              options={[
                { value: 'officers', label: t('import.officers') },
                { value: 'offices', label: t('import.offices') },
              ]}
            />
          </Form.Item>
          <Form.Item>
            <Button icon={<DownloadOutlined />} href={`/api/import/${kind}/template.csv`} download>
              {t('import.template')}
            </Button>
          </Form.Item>
          <Form.Item label={t('import.file')}>
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
              <Button icon={<UploadOutlined />}>{t('import.chooseFile')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item label={t('import.mode')}>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
              <Space orientation="vertical">
                <Radio value="all_or_nothing">{t('import.allOrNothing')}</Radio>
                <Radio value="valid_rows">{t('import.validRows')}</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item>
            <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>
              {t('import.dryRun')}
            </Checkbox>
          </Form.Item>
          <Button type="primary" onClick={() => void run()} loading={busy}>
            {t('import.run')}
          </Button>
        </Form>
      </Card>
      {result && (
        <Card style={{ marginTop: 16 }} data-testid="import-results">
          {result.error && <Alert type="error" showIcon title={result.error} style={{ marginBottom: 12 }} />}
          {result.data && (
            <Alert
              type={result.error ? 'info' : result.data.failed ? 'warning' : 'success'}
              showIcon
              title={t('import.summary', result.data)}
              description={result.data.dryRun ? t('import.dryRunNote') : undefined}
              style={{ marginBottom: 12 }}
            />
          )}
          <ImportResults rows={result.rows} />
        </Card>
      )}
    </>
  );
};

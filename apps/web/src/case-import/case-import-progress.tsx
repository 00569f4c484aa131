import type { CaseImportView } from '@eprocuracy/domain';
import { Alert, Descriptions, Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isFinished } from './case-import-api.ts';

const COLORS: Record<CaseImportView['status'], string> = {
  queued: 'default',
  validating: 'processing',
  writing: 'processing',
  done: 'success',
  rejected: 'warning',
  failed: 'error',
};

/** Where an import stands: its status, a progress bar of rows handled, and the counts once it ends. */
export const CaseImportProgress = ({ view }: { view: CaseImportView }) => {
  const { t } = useTranslation();
  const percent = view.total === 0 ? 100 : Math.floor((view.processed / view.total) * 100);
  const finished = isFinished(view);
  return (
    <>
      <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={view.filename}>
          <Tag color={COLORS[view.status]} data-testid="case-import-status">
            {t(`caseImport.status.${view.status}`)}
          </Tag>
        </Descriptions.Item>
      </Descriptions>
      <Progress
        percent={percent}
        status={view.status === 'failed' ? 'exception' : finished ? 'success' : 'active'}
        format={() => t('caseImport.rowsProcessed', { processed: view.processed, total: view.total })}
      />
      {finished && view.status !== 'failed' && (
        <Alert
          style={{ marginTop: 12 }}
          type={view.status === 'rejected' ? 'warning' : view.failed > 0 ? 'info' : 'success'}
          showIcon
          title={t('caseImport.summary', view)}
          description={
            view.status === 'rejected'
              ? t('caseImport.rejectedNote')
              : view.dryRun
                ? t('caseImport.dryRunNote')
                : undefined
          }
        />
      )}
      {view.status === 'failed' && <Alert style={{ marginTop: 12 }} type="error" showIcon title={view.error} />}
    </>
  );
};

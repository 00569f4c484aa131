import type { ArchiveImportView } from '@eprocuracy/domain';
import { Alert, Collapse, Descriptions, Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isArchiveFinished } from './archive-api.ts';

const COLORS: Record<ArchiveImportView['status'], string> = {
  queued: 'default',
  validating: 'processing',
  writing: 'processing',
  done: 'success',
  rejected: 'warning',
  failed: 'error',
};

/** Where an archive import stands: status, rows handled, the counts and the files no row names. */
export const ArchiveProgress = ({ view }: { view: ArchiveImportView }) => {
  const { t } = useTranslation();
  const percent = view.total === 0 ? 100 : Math.floor((view.processed / view.total) * 100);
  const finished = isArchiveFinished(view);
  return (
    <>
      <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={view.filename}>
          <Tag color={COLORS[view.status]} data-testid="archive-status">
            {t(`caseFileArchive.status.${view.status}`)}
          </Tag>
        </Descriptions.Item>
      </Descriptions>
      <Progress
        percent={percent}
        status={view.status === 'failed' ? 'exception' : finished ? 'success' : 'active'}
        format={() => t('caseFileArchive.rowsProcessed', { processed: view.processed, total: view.total })}
      />
      {finished && view.status !== 'failed' && (
        <Alert
          style={{ marginTop: 12 }}
          type={view.status === 'rejected' ? 'warning' : view.failed > 0 ? 'info' : 'success'}
          showIcon
          data-testid="archive-summary"
          title={t('caseFileArchive.summary', view)}
          description={
            view.status === 'rejected'
              ? t('caseFileArchive.rejectedNote')
              : view.dryRun
                ? t('caseFileArchive.dryRunNote')
                : undefined
          }
        />
      )}
      {view.status === 'failed' && <Alert style={{ marginTop: 12 }} type="error" showIcon title={view.error} />}
      {view.unlistedFiles.length > 0 && (
        <Collapse
          style={{ marginTop: 12 }}
          size="small"
          items={[
            {
              key: 'unlisted',
              label: t('caseFileArchive.unlisted', { count: view.unlistedFiles.length }),
              children: (
                <ul style={{ margin: 0 }} data-testid="archive-unlisted">
                  {view.unlistedFiles.map((file) => (
                    <li key={file}>{file}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </>
  );
};

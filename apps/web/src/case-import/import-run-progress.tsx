import type { CaseImportStatus } from '@eprocuracy/domain';
import { Alert, Descriptions, Progress, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What every import run shows of itself (a case import, an archive import). */
export type ImportRun = {
  status: CaseImportStatus;
  filename: string;
  dryRun: boolean;
  total: number;
  processed: number;
  failed: number;
  error: string | null;
};

const COLORS: Record<CaseImportStatus, string> = {
  queued: 'default',
  validating: 'processing',
  writing: 'processing',
  done: 'success',
  rejected: 'warning',
  failed: 'error',
};

type Props = {
  view: ImportRun;
  isFinished: boolean;
  /** The i18n section of the import's texts (`status.*`, `rowsProcessed`, `summary`, `rejectedNote`, `dryRunNote`). */
  texts: 'caseImport' | 'caseFileArchive';
  /** Prefix of the `data-testid`s of the status tag and the summary. */
  testId: string;
  children?: ReactNode;
};

/** Where an import stands: its status, a progress bar of rows handled, and the counts once it ends. */
export const ImportRunProgress = ({ view, isFinished, texts, testId, children }: Props) => {
  const { t } = useTranslation();
  const percent = view.total === 0 ? 100 : Math.floor((view.processed / view.total) * 100);
  return (
    <>
      <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={view.filename}>
          <Tag color={COLORS[view.status]} data-testid={`${testId}-status`}>
            {t(`${texts}.status.${view.status}`)}
          </Tag>
        </Descriptions.Item>
      </Descriptions>
      <Progress
        percent={percent}
        status={view.status === 'failed' ? 'exception' : isFinished ? 'success' : 'active'}
        format={() => t(`${texts}.rowsProcessed`, { processed: view.processed, total: view.total })}
      />
      {isFinished && view.status !== 'failed' && (
        <Alert
          style={{ marginTop: 12 }}
          type={view.status === 'rejected' ? 'warning' : view.failed > 0 ? 'info' : 'success'}
          showIcon
          data-testid={`${testId}-summary`}
          title={t(`${texts}.summary`, view)}
          description={
            view.status === 'rejected' ? t(`${texts}.rejectedNote`) : view.dryRun ? t(`${texts}.dryRunNote`) : undefined
          }
        />
      )}
      {view.status === 'failed' && <Alert style={{ marginTop: 12 }} type="error" showIcon title={view.error} />}
      {children}
    </>
  );
};

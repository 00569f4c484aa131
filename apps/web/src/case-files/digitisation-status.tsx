import { WarningOutlined } from '@ant-design/icons';
import type { CaseDocumentView, DigitisationStatus, IntegrityState } from '@eprocuracy/domain';
import { Flex, Progress, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { digitisationPercent } from './case-file-format.ts';

const COLOURS: Record<DigitisationStatus, string> = {
  queued: 'default',
  processing: 'processing',
  done: 'success',
  failed: 'error',
  not_applicable: 'default',
};

/** Where a version's digitisation stands, with pages done out of the total while it runs. */
export const DigitisationProgress = ({ digitisation }: { digitisation: CaseDocumentView['digitisation'] }) => {
  const { t } = useTranslation();
  const { status, pageCount, pagesDone, error } = digitisation;
  const percent = digitisationPercent(digitisation);
  const isRunning = status === 'queued' || status === 'processing';
  const tag = (
    <Tag color={COLOURS[status]} data-testid="digitisation-status">
      {t(`caseFiles.digitisation.${status}`)}
    </Tag>
  );
  return (
    <Flex vertical gap={2} style={{ minWidth: isRunning ? 140 : undefined }}>
      {status === 'failed' && error ? <Tooltip title={error}>{tag}</Tooltip> : tag}
      {isRunning && percent !== null && (
        <Progress
          size="small"
          percent={percent}
          status="active"
          format={() => t('caseFiles.pagesProgress', { done: pagesDone, total: pageCount })}
        />
      )}
    </Flex>
  );
};

const DAMAGED: readonly IntegrityState[] = ['mismatch', 'missing', 'unreadable'];

/** A warning when the last check found the stored original damaged or gone; nothing otherwise. */
export const IntegrityWarning = ({ state }: { state: IntegrityState }) => {
  const { t } = useTranslation();
  if (!DAMAGED.includes(state)) return null;
  return (
    <Tag color="red" icon={<WarningOutlined />} data-testid="integrity-warning">
      {t(`caseFiles.integrity.${state}`)}
    </Tag>
  );
};

import { CheckCircleOutlined, ClockCircleOutlined, PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import type { CrimeReport } from '@eprocuracy/domain';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOpen } from './crime-reports-api.ts';
import { type DecisionKind, DecisionModal } from './decision-modal.tsx';
import { ExtensionModal } from './extension-modal.tsx';

/** The settlement actions the report's status allows, each opening a small form. */
export const ReportActions = ({ report }: { report: CrimeReport }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState<DecisionKind | 'extend' | null>(null);
  const running = isOpen(report);
  const close = () => setOpen(null);
  if (report.status === 'settled') return null;
  return (
    <Card title={t('common.actions')} data-testid="report-actions">
      <Flex wrap gap={8}>
        {running && (
          <Button icon={<ClockCircleOutlined />} onClick={() => setOpen('extend')}>
            {t('crimeReports.extend')}
          </Button>
        )}
        {running && (
          <Button icon={<PauseCircleOutlined />} onClick={() => setOpen('suspend')}>
            {t('crimeReports.decision.suspend.action')}
          </Button>
        )}
        {report.status === 'suspended' && (
          <Button icon={<PlayCircleOutlined />} onClick={() => setOpen('resume')}>
            {t('crimeReports.decision.resume.action')}
          </Button>
        )}
        {running && (
          <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setOpen('settle')}>
            {t('crimeReports.decision.settle.action')}
          </Button>
        )}
      </Flex>
      {open === 'extend' && <ExtensionModal report={report} onClose={close} />}
      {open && open !== 'extend' && <DecisionModal kind={open} report={report} onClose={close} />}
    </Card>
  );
};

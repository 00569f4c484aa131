import type { CrimeReport, CrimeReportStatus } from '@eprocuracy/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Reports due within this many days are flagged in orange. */
export const DUE_SOON_DAYS = 10;

const STATUS_COLOURS: Record<CrimeReportStatus, string | undefined> = {
  received: 'blue',
  assigned: 'geekblue',
  suspended: 'gold',
  resumed: 'cyan',
  settled: 'green',
};

/** The report's status as a coloured tag. */
export const StatusTag = ({ status }: { status: CrimeReportStatus }) => {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`crimeReports.status.${status}`)}</Tag>;
};

/** The settlement deadline as a tag: red when overdue, orange when due soon, plain otherwise. */
export const DeadlineTag = ({ deadline }: { deadline: CrimeReport['deadline'] }) => {
  const { t } = useTranslation();
  if (deadline.state === 'stopped') return <Tag>{t('crimeReports.deadlineStopped')}</Tag>;
  if (deadline.overdue) return <Tag color="red">{t('crimeReports.overdueDays', { count: -deadline.daysLeft })}</Tag>;
  if (deadline.daysLeft <= DUE_SOON_DAYS)
    return <Tag color="orange">{t('crimeReports.daysLeft', { count: deadline.daysLeft })}</Tag>;
  return <Tag color="green">{t('crimeReports.daysLeft', { count: deadline.daysLeft })}</Tag>;
};

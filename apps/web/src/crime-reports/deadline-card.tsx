import type { CrimeReport } from '@eprocuracy/domain';
import { Alert, Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.ts';
import { formatDate } from './report-options.ts';
import { DeadlineTag } from './report-tags.tsx';

/** The settlement deadline: due date, legal basis, how it was counted, and the days left or overdue. */
export const DeadlineCard = ({ deadline }: { deadline: CrimeReport['deadline'] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  if (deadline.state === 'stopped') {
    return (
      <Card title={t('crimeReports.deadline')} data-testid="deadline-card">
        <Alert type="info" showIcon title={lang === 'en' ? deadline.reason.en : deadline.reason.vi} />
      </Card>
    );
  }
  return (
    <Card title={t('crimeReports.deadline')} extra={<DeadlineTag deadline={deadline} />} data-testid="deadline-card">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('crimeReports.due')}>
          <Typography.Text strong style={{ fontSize: 18 }} type={deadline.overdue ? 'danger' : undefined}>
            {formatDate(deadline.due)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('crimeReports.basis')}>
          {lang === 'en' ? deadline.basisEn : deadline.basis}
        </Descriptions.Item>
        <Descriptions.Item label={t('crimeReports.periodStart')}>{formatDate(deadline.start)}</Descriptions.Item>
        <Descriptions.Item label={t('crimeReports.maxPossibleDue')}>
          {formatDate(deadline.maxPossibleDue)}
        </Descriptions.Item>
        {deadline.requestBy && (
          <Descriptions.Item label={t('crimeReports.requestBy')}>{formatDate(deadline.requestBy)}</Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Text type="secondary">{t('crimeReports.steps')}</Typography.Text>
      <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="deadline-steps">
        {deadline.steps.map((step) => (
          <li key={step.vi}>{lang === 'en' ? step.en : step.vi}</li>
        ))}
      </ol>
    </Card>
  );
};

import type { CrimeReport } from '@eprocuracy/domain';
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from './report-options.ts';

/** What was received, from whom, about which offence, and who investigates it. */
export const ReportDetailsCard = ({ report }: { report: CrimeReport }) => {
  const { t } = useTranslation();
  const offence = report.suspectedOffence;
  const body = [report.investigatingBody.name, report.investigatingBody.code].filter(Boolean).join(' — ');
  return (
    <Card title={t('common.details')}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="report-details">
        <Descriptions.Item label={t('crimeReports.code')}>{report.code}</Descriptions.Item>
        <Descriptions.Item label={t('crimeReports.kindLabel')}>
          {t(`crimeReports.kind.${report.kind}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('crimeReports.receivedOn')}>{formatDate(report.receivedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('officers.office')}>{report.officeName}</Descriptions.Item>
        <Descriptions.Item label={t('crimeReports.secrecy')}>{t(`vocab.secrecy.${report.secrecy}`)}</Descriptions.Item>
        <Descriptions.Item label={t('crimeReports.source')} span="filled">
          {report.source}
        </Descriptions.Item>
        <Descriptions.Item label={t('crimeReports.summary')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{report.summary}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('crimeReports.offence')} span="filled">
          {offence
            ? t('crimeReports.offenceText', {
                article: offence.article,
                clause: offence.clause ? t('crimeReports.clauseText', { clause: offence.clause }) : '',
                name: offence.name,
              })
            : t('common.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('crimeReports.investigatingBody')} span="filled">
          {body || t('common.none')}
        </Descriptions.Item>
        {report.outcome && (
          <Descriptions.Item label={t('crimeReports.outcomeLabel')}>
            {t(`crimeReports.result.${report.outcome}`)}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
};

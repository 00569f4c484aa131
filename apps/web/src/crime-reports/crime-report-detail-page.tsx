import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Col, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, errorText } from '../api/problem.ts';
import { useCurrentMe } from '../auth/me.ts';
import { useLang } from '../i18n/use-lang.ts';
import { NotFoundPage } from '../shell/not-found-page.tsx';
import { AssigneesCard } from './assignees-card.tsx';
import { mayAssign, mayWrite, useCrimeReport } from './crime-reports-api.ts';
import { DeadlineCard } from './deadline-card.tsx';
import { HistoryCard } from './history-card.tsx';
import { LinkedCaseCard } from './linked-case-card.tsx';
import { ReportActions } from './report-actions.tsx';
import { ReportDetailsCard } from './report-details-card.tsx';
import { StatusTag } from './report-tags.tsx';

/** One crime report: its details, the settlement deadline, the supervising prosecutors and the actions. */
export const CrimeReportDetailPage = () => {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentMe();
  const query = useCrimeReport(id);
  // A report the officer may not read is answered exactly like a missing one (404), and a malformed id with 400.
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (query.error) return <Alert type="error" showIcon title={errorText(query.error, lang)} />;
  const report = query.data;
  if (!report) return <Skeleton active />;

  return (
    <>
      <Link to="/crime-reports">
        <ArrowLeftOutlined /> {t('crimeReports.backToList')}
      </Link>
      <Flex align="center" wrap gap={8} style={{ margin: '8px 0 16px' }}>
        <Typography.Title level={2} style={{ margin: 0 }} data-testid="report-title">
          {t('crimeReports.detailTitle', { number: report.number, year: report.year })}
        </Typography.Title>
        <StatusTag status={report.status} />
        <Tag>{t(`crimeReports.kind.${report.kind}`)}</Tag>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 14, order: 1 }}>
          <Flex vertical gap={16}>
            <ReportDetailsCard report={report} />
            <AssigneesCard report={report} canAssign={mayAssign(me, report)} />
            <HistoryCard events={report.events} />
          </Flex>
        </Col>
        {/* On a narrow screen the deadline comes first: it is what the officer opens the report for. */}
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 10, order: 2 }}>
          <Flex vertical gap={16}>
            <DeadlineCard deadline={report.deadline} />
            {report.outcome === 'opened_case' && <LinkedCaseCard report={report} />}
            {mayWrite(me, report) && <ReportActions report={report} />}
          </Flex>
        </Col>
      </Row>
    </>
  );
};

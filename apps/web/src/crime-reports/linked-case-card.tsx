import type { CrimeReportDetail } from '@eprocuracy/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../api/client.ts';
import { useCurrentMe } from '../auth/me.ts';
import { type CasePage, mayOpenCase } from '../cases/cases-api.ts';
import { OpenCaseModal } from '../cases/open-case-modal.tsx';

/** The case opened from a report settled by opening one, or the way to record it (Art. 147(1)(a)). */
export const LinkedCaseCard = ({ report }: { report: CrimeReportDetail }) => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const [opening, setOpening] = useState(false);
  const linked = useQuery({
    queryKey: ['cases', { crimeReportId: report.id }],
    queryFn: () => apiGet<CasePage>('/api/cases', { crimeReportId: report.id, limit: 1 }),
  });
  const found = linked.data?.items[0];
  return (
    <Card title={t('crimeReports.linkedCase.title')} size="small">
      {linked.isLoading && <Skeleton active paragraph={{ rows: 1 }} />}
      {found && (
        <Link to={`/cases/${found.id}`}>
          {found.code} — {found.title}
        </Link>
      )}
      {linked.data && !found && (
        <>
          <Typography.Paragraph type="secondary">{t('crimeReports.linkedCase.none')}</Typography.Paragraph>
          {mayOpenCase(me) && (
            <Button type="primary" onClick={() => setOpening(true)}>
              {t('crimeReports.linkedCase.record')}
            </Button>
          )}
        </>
      )}
      {opening && <OpenCaseModal report={report} onClose={() => setOpening(false)} />}
    </Card>
  );
};

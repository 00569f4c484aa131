import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/problem.ts';
import { useCurrentMe } from '../auth/me.ts';
import { useLang } from '../i18n/use-lang.ts';
import { CrimeReportFilters } from './crime-report-filters.tsx';
import { type CrimeReportFilter, mayRegister, useCrimeReports } from './crime-reports-api.ts';
import { CrimeReportsTable } from './crime-reports-table.tsx';
import { RegisterReportModal } from './register-report-modal.tsx';

type Filter = Omit<CrimeReportFilter, 'limit' | 'offset'>;

/** The crime-report register: filters, the paginated table with deadlines, and registering a new report. */
export const CrimeReportsPage = () => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const lang = useLang();
  const [filter, setFilter] = useState<Filter>({ subtree: true });
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [registering, setRegistering] = useState(false);
  const list = useCrimeReports({ ...filter, limit: page.pageSize, offset: (page.current - 1) * page.pageSize });
  const supervises = me.roles.includes('leader') || me.roles.includes('statistician');

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('crimeReports.title')}
        </Typography.Title>
        {mayRegister(me) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {t('crimeReports.register')}
          </Button>
        )}
      </Flex>
      <Card style={{ marginTop: 16 }}>
        <CrimeReportFilters
          value={filter}
          showOffice={supervises}
          onChange={(next) => {
            setFilter(next);
            setPage((p) => ({ ...p, current: 1 }));
          }}
        />
        {list.error && <Alert type="error" showIcon title={errorText(list.error, lang)} style={{ marginBottom: 12 }} />}
        <CrimeReportsTable data={list.data} loading={list.isFetching} page={page} onPage={setPage} />
      </Card>
      <RegisterReportModal open={registering} onClose={() => setRegistering(false)} />
    </>
  );
};

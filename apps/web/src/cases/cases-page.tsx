import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../api/problem.ts';
import { useCurrentMe } from '../auth/me.ts';
import { useLang } from '../i18n/use-lang.ts';
import { type CaseFilter, type CaseListView, readListView, writeListView } from './case-filter.ts';
import { CaseFilters } from './case-filters.tsx';
import { useLocalized } from './case-format.ts';
import { caseOptions } from './case-options.ts';
import { exportUrl, mayOpenCase, useCases } from './cases-api.ts';
import { CasesTable } from './cases-table.tsx';
import { OpenCaseModal } from './open-case-modal.tsx';
import { SavedFilters } from './saved-filters.tsx';

type Sort = NonNullable<CaseFilter['sort']>;

/** The case register: filters kept in the address, saved views, export, and opening a new case. */
export const CasesPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const localized = useLocalized();
  const me = useCurrentMe();
  const [params, setParams] = useSearchParams();
  const view = readListView(params);
  const [opening, setOpening] = useState(false);
  const list = useCases(view.filter, { current: view.page, pageSize: view.pageSize });
  const supervises = me.roles.includes('leader') || me.roles.includes('statistician');
  const go = (next: Partial<CaseListView>) => setParams(writeListView({ ...view, ...next }));
  // A new filter starts again from the first page.
  const filterBy = (filter: CaseFilter) => go({ filter, page: 1 });

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('cases.title')}
        </Typography.Title>
        {mayOpenCase(me) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            {t('cases.open.action')}
          </Button>
        )}
      </Flex>
      <Card style={{ marginTop: 16 }} data-testid="cases-page">
        <CaseFilters value={view.filter} onChange={filterBy} showOffice={supervises} />
        <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 12 }}>
          <SavedFilters value={view.filter} onPick={filterBy} />
          <Space wrap>
            <Select<Sort>
              aria-label={t('cases.sort.label')}
              value={view.filter.sort ?? 'updated'}
              onChange={(sort) => filterBy({ ...view.filter, sort })}
              options={caseOptions(t, localized).sorts}
              style={{ width: 210 }}
              prefix={t('cases.sort.label')}
            />
            <Button icon={<DownloadOutlined />} href={exportUrl(view.filter, 'csv')}>
              {t('cases.export.csv')}
            </Button>
            <Button icon={<DownloadOutlined />} href={exportUrl(view.filter, 'xlsx')}>
              {t('cases.export.xlsx')}
            </Button>
          </Space>
        </Flex>
        {list.error && <Alert type="error" showIcon title={errorText(list.error, lang)} style={{ marginBottom: 12 }} />}
        <CasesTable
          data={list.data}
          loading={list.isFetching}
          page={{ current: view.page, pageSize: view.pageSize }}
          onPage={({ current, pageSize }) => go({ page: pageSize === view.pageSize ? current : 1, pageSize })}
        />
      </Card>
      {opening && <OpenCaseModal onClose={() => setOpening(false)} />}
    </>
  );
};

import { DownloadOutlined } from '@ant-design/icons';
import type { CaseImportRows } from '@eprocuracy/domain';
import { Button, Flex, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../i18n/use-lang.ts';
import { useCaseImportRows } from './case-import-api.ts';

type Item = CaseImportRows['items'][number];

/** The per-row report of a finished import: outcome, references, a link to the case, errors by column. */
export const CaseImportReport = ({ id, isDryRun }: { id: string; isDryRun: boolean }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [page, setPage] = useState({ current: 1, pageSize: 50, errorsOnly: false });
  const rows = useCaseImportRows(id, page, true);
  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space>
          <Switch
            checked={page.errorsOnly}
            onChange={(errorsOnly) => setPage({ ...page, current: 1, errorsOnly })}
            aria-label={t('caseImport.onlyErrors')}
          />
          {t('caseImport.onlyErrors')}
        </Space>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={`/api/case-imports/${id}/report?format=csv`}>
            {t('caseImport.reportCsv')}
          </Button>
          <Button icon={<DownloadOutlined />} href={`/api/case-imports/${id}/report?format=xlsx`}>
            {t('caseImport.reportXlsx')}
          </Button>
        </Space>
      </Flex>
      <Table<Item>
        size="small"
        rowKey="row"
        data-testid="case-import-rows"
        loading={rows.isFetching}
        dataSource={rows.data?.items ?? []}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: rows.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (current, pageSize) => setPage({ ...page, current, pageSize }),
        }}
        columns={[
          { title: t('caseImport.row'), dataIndex: 'row', width: 70 },
          {
            title: t('caseImport.result'),
            width: 110,
            render: (_, r) => {
              if (!r.ok) return <Tag color="red">{t('caseImport.failedRow')}</Tag>;
              if (isDryRun) return <Tag color="green">{t('caseImport.valid')}</Tag>;
              return <Tag color="green">{t(r.isUpdate ? 'caseImport.updated' : 'caseImport.created')}</Tag>;
            },
          },
          { title: t('caseImport.caseRef'), dataIndex: 'caseRef', width: 150 },
          { title: t('caseImport.defendantRef'), dataIndex: 'defendantRef', width: 150 },
          {
            title: t('caseImport.caseCode'),
            width: 150,
            render: (_, r) => (r.caseId && r.caseCode ? <Link to={`/cases/${r.caseId}`}>{r.caseCode}</Link> : null),
          },
          {
            title: t('caseImport.errors'),
            dataIndex: 'errors',
            render: (errors: Item['errors']) => (
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {errors.map((e) => (
                  <li key={`${e.field}-${e.en}`}>
                    <Typography.Text code>{e.field}</Typography.Text> {lang === 'en' ? e.en : e.vi}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </>
  );
};

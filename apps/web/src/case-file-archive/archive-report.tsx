import { DownloadOutlined } from '@ant-design/icons';
import type { ArchiveRow } from '@eprocuracy/domain';
import { Button, Flex, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../i18n/use-lang.ts';
import { useArchiveRows } from './archive-api.ts';

/** The per-row report of a finished archive import: outcome, file, a link to the case, errors by column. */
export const ArchiveReport = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [page, setPage] = useState({ current: 1, pageSize: 50, errorsOnly: false });
  const rows = useArchiveRows(id, page);
  return (
    <>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space>
          <Switch
            checked={page.errorsOnly}
            onChange={(errorsOnly) => setPage({ ...page, current: 1, errorsOnly })}
            aria-label={t('caseFileArchive.onlyErrors')}
          />
          {t('caseFileArchive.onlyErrors')}
        </Space>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={`/api/case-file-archives/${id}/report?format=csv`}>
            {t('caseFileArchive.reportCsv')}
          </Button>
          <Button icon={<DownloadOutlined />} href={`/api/case-file-archives/${id}/report?format=xlsx`}>
            {t('caseFileArchive.reportXlsx')}
          </Button>
        </Space>
      </Flex>
      <Table<ArchiveRow>
        size="small"
        rowKey="row"
        data-testid="archive-rows"
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
          { title: t('caseFileArchive.row'), dataIndex: 'row', width: 70 },
          {
            title: t('caseFileArchive.result'),
            width: 140,
            render: (_, r) => {
              if (!r.ok) return <Tag color="red">{t('caseFileArchive.failedRow')}</Tag>;
              if (r.isDuplicate) return <Tag color="blue">{t('caseFileArchive.duplicate')}</Tag>;
              return <Tag color="green">{t('caseFileArchive.matched')}</Tag>;
            },
          },
          { title: t('caseFileArchive.fileName'), dataIndex: 'file', width: 240 },
          {
            title: t('caseFileArchive.caseCode'),
            width: 150,
            render: (_, r) => (r.caseId && r.caseCode ? <Link to={`/cases/${r.caseId}`}>{r.caseCode}</Link> : null),
          },
          {
            title: t('caseFileArchive.errors'),
            dataIndex: 'errors',
            render: (errors: ArchiveRow['errors']) => (
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

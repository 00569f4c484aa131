import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { AuditEntry } from '@eprocuracy/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, withQuery } from '../api/client.ts';
import { errorText } from '../api/problem.ts';
import { useLang } from '../i18n/use-lang.ts';
import { AuditChanges } from './audit-changes.tsx';
import { type AuditFilter, AuditFilters } from './audit-filters.tsx';
import { type Verification, VerifyResult } from './verify-result.tsx';

const PAGE = 50;

/** Audit browser: filters, entries with expandable changes, CSV export and chain verification. */
export const AuditPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(0);
  const entries = useQuery({
    queryKey: ['audit', filter, page],
    queryFn: () => apiGet<AuditEntry[]>('/api/audit', { ...filter, limit: PAGE, offset: page * PAGE }),
    placeholderData: keepPreviousData,
  });
  const verify = useQuery({
    queryKey: ['audit-verify'],
    queryFn: () => apiGet<Verification>('/api/audit/verify'),
    enabled: false,
    gcTime: 0,
  });
  const rows = entries.data ?? [];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('audit.title')}
        </Typography.Title>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={withQuery('/api/audit/export.csv', filter)} download>
            {t('audit.export')}
          </Button>
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verify.isFetching}
            onClick={() => void verify.refetch()}
          >
            {t('audit.verify')}
          </Button>
        </Space>
      </Flex>
      {verify.data && <VerifyResult result={verify.data} />}
      {verify.error && <Alert type="error" showIcon title={errorText(verify.error, lang)} style={{ marginTop: 12 }} />}
      <Card style={{ marginTop: 16 }}>
        <AuditFilters
          onChange={(f) => {
            setFilter(f);
            setPage(0);
          }}
        />
      </Card>
      <Card style={{ marginTop: 16 }}>
        {entries.error && <Alert type="error" showIcon title={errorText(entries.error, lang)} />}
        <Table<AuditEntry>
          rowKey="seq"
          size="small"
          loading={entries.isFetching}
          dataSource={rows}
          pagination={false}
          data-testid="audit-table"
          expandable={{ expandedRowRender: (entry) => <AuditChanges entry={entry} /> }}
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
            {
              title: t('common.time'),
              dataIndex: 'at',
              render: (at: string) => dayjs(at).format('DD/MM/YYYY HH:mm:ss'),
            },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              render: (a: string) => (
                <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                  {a}
                </Typography.Text>
              ),
            },
            { title: t('audit.actor'), dataIndex: 'actorName' },
            { title: t('audit.entityType'), dataIndex: 'entityType', responsive: ['md'] },
            { title: t('audit.ip'), dataIndex: 'ip', responsive: ['lg'] },
          ]}
        />
        <Flex justify="end" align="center" gap={8} style={{ marginTop: 12 }}>
          <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('audit.prev')}
          </Button>
          <Typography.Text>{t('audit.page', { page: page + 1 })}</Typography.Text>
          <Button disabled={rows.length < PAGE} onClick={() => setPage(page + 1)}>
            {t('audit.next')}
          </Button>
        </Flex>
      </Card>
    </>
  );
};

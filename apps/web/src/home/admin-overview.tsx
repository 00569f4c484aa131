import type { AuditEntry, OfficerStatus } from '@eprocuracy/domain';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, List, Row, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../api/client.ts';
import { useCurrentMe } from '../auth/me.ts';
import { isLocked, useOfficers } from '../officers/officers-api.ts';

const SCAN = 500;

const StatusCount = ({ status }: { status: OfficerStatus }) => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const page = useOfficers({ officeId: me.officeId, subtree: true, status, limit: 1, offset: 0 });
  return <Statistic title={t(`vocab.officerStatus.${status}`)} value={page.data?.total ?? '…'} />;
};

/** For admins: officers below them by status, locked accounts, and the latest audit events. */
export const AdminOverview = () => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const scan = useOfficers({ officeId: me.officeId, subtree: true, limit: SCAN, offset: 0 });
  const locked = (scan.data?.items ?? []).filter((o) => isLocked(o));
  const audit = useQuery({
    queryKey: ['audit', 'recent'],
    queryFn: () => apiGet<AuditEntry[]>('/api/audit', { limit: 8 }),
  });
  return (
    <Card title={t('home.overview')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Typography.Title level={5}>{t('home.byStatus')}</Typography.Title>
          <Row gutter={8}>
            {(['active', 'transferred', 'retired'] as const).map((status) => (
              <Col span={8} key={status}>
                <StatusCount status={status} />
              </Col>
            ))}
          </Row>
        </Col>
        <Col xs={24} md={12} lg={8}>
          <Typography.Title level={5}>{t('home.locked')}</Typography.Title>
          {scan.data && scan.data.total > SCAN && (
            <Typography.Text type="secondary">{t('home.lockedScanned', { count: SCAN })}</Typography.Text>
          )}
          <List
            size="small"
            loading={scan.isPending}
            dataSource={locked}
            locale={{ emptyText: t('home.lockedNone') }}
            renderItem={(o) => (
              <List.Item>
                {o.fullName} — {o.officeName}
              </List.Item>
            )}
          />
        </Col>
        <Col xs={24} md={12} lg={8}>
          <Typography.Title level={5}>
            {t('home.recentAudit')} <Link to="/admin/audit">{t('home.viewAll')}</Link>
          </Typography.Title>
          <List
            size="small"
            loading={audit.isPending}
            dataSource={audit.data ?? []}
            renderItem={(e) => (
              <List.Item>
                <Typography.Text type="secondary">{dayjs(e.at).format('DD/MM HH:mm')}</Typography.Text>{' '}
                <Typography.Text code>{e.action}</Typography.Text> {e.actorName ?? ''}
              </List.Item>
            )}
          />
        </Col>
      </Row>
    </Card>
  );
};

import { PlusOutlined } from '@ant-design/icons';
import type { Officer, OfficerStatus } from '@eprocuracy/domain';
import { OFFICER_STATUSES } from '@eprocuracy/domain';
import { Button, Card, Checkbox, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAdmin, useCurrentMe } from '../auth/me.ts';
import { OfficePicker } from '../offices/office-picker.tsx';
import { type OfficerAction, OfficerActionModals } from './officer-action-modals.tsx';
import { OfficerCreateModal } from './officer-create-modal.tsx';
import { useOfficers } from './officers-api.ts';
import { OfficersTable } from './officers-table.tsx';

/** The officer directory: filters, paginated table, and admin actions on each officer. */
export const OfficersPage = () => {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const admin = isAdmin(me);
  const [officeId, setOfficeId] = useState<string | undefined>();
  const [subtree, setSubtree] = useState(true);
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<OfficerStatus | undefined>();
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [action, setAction] = useState<{ kind: OfficerAction; officer: Officer } | null>(null);
  const list = useOfficers({
    officeId,
    subtree,
    q: q || undefined,
    status,
    limit: page.pageSize,
    offset: (page.current - 1) * page.pageSize,
  });
  const resetPage = () => setPage((p) => ({ ...p, current: 1 }));

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('officers.title')}
        </Typography.Title>
        {admin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('officers.create')}
          </Button>
        )}
      </Flex>
      <Card style={{ marginTop: 16 }}>
        <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
          <div style={{ width: 300, maxWidth: '100%' }}>
            <OfficePicker
              id="officer-filter-office"
              allowClear
              placeholder={t('officers.office')}
              value={officeId}
              onChange={(v) => {
                setOfficeId(typeof v === 'string' ? v : undefined);
                resetPage();
              }}
            />
          </div>
          <Checkbox checked={subtree} onChange={(e) => setSubtree(e.target.checked)} disabled={!officeId}>
            {t('officers.subtree')}
          </Checkbox>
          <Input.Search
            aria-label={t('officers.searchPlaceholder')}
            placeholder={t('officers.searchPlaceholder')}
            allowClear
            onSearch={(v) => {
              setQ(v.trim());
              resetPage();
            }}
            style={{ width: 300, maxWidth: '100%' }}
          />
          <Select<OfficerStatus>
            aria-label={t('common.status')}
            allowClear
            placeholder={t('officers.allStatuses')}
            value={status}
            onChange={(v) => {
              setStatus(v);
              resetPage();
            }}
            options={OFFICER_STATUSES.map((s) => ({ value: s, label: t(`vocab.officerStatus.${s}`) }))}
            style={{ width: 200 }}
          />
        </Flex>
        <OfficersTable
          data={list.data}
          loading={list.isFetching}
          page={page}
          onPage={setPage}
          admin={admin}
          onAction={(kind, officer) => setAction({ kind, officer })}
        />
      </Card>
      <OfficerCreateModal open={creating} onClose={() => setCreating(false)} defaultOfficeId={officeId} />
      <OfficerActionModals action={action} onClose={() => setAction(null)} />
    </>
  );
};

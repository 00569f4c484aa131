import { type DeadlineItem, formatViDate, type Me } from '@eprocuracy/domain';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../i18n/use-lang.ts';
import { DaysLeft } from './deadline-state-tag.tsx';
import { deadlineScopes, useDeadlines } from './deadlines-api.ts';

const SHOWN = 5;

/**
 * The home page's deadlines: "mine" lists the officer's own cases due soon or overdue; "office" lists what is
 * overdue in the office, for its leaders. Links to the full dashboard.
 */
export const DeadlinesCard = ({ scope }: { scope: 'mine' | 'office' }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useDeadlines({ scope, state: scope === 'office' ? 'overdue' : 'all', limit: SHOWN });
  const more = (list.data?.total ?? 0) > SHOWN ? ` (${list.data?.total})` : '';
  return (
    <Card
      title={t(`deadlines.home.${scope}`)}
      extra={<Link to={`/deadlines?scope=${scope}`}>{`${t('deadlines.home.seeAll')}${more}`}</Link>}
      style={{ height: '100%' }}
      data-testid={`home-deadlines-${scope}`}
    >
      <Table<DeadlineItem>
        rowKey={(r) => `${r.caseId}:${r.key}`}
        size="small"
        showHeader={false}
        pagination={false}
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t(scope === 'mine' ? 'deadlines.home.nothingMine' : 'deadlines.home.nothingOffice') }}
        columns={[
          {
            key: 'case',
            render: (_: unknown, r: DeadlineItem) => (
              <>
                <Link to={`/cases/${r.caseId}`}>{r.caseCode}</Link> — {lang === 'en' ? r.label.en : r.label.vi}
              </>
            ),
          },
          { key: 'due', dataIndex: 'due', render: (due: string) => formatViDate(due) },
          { key: 'left', dataIndex: 'daysLeft', render: (daysLeft: number) => <DaysLeft daysLeft={daysLeft} /> },
        ]}
      />
    </Card>
  );
};

/** Which deadline cards the home page shows: prosecutors their own, leaders their office's overdue items. */
export const deadlineCards = (me: Me): ('mine' | 'office')[] =>
  deadlineScopes(me, []).filter((scope): scope is 'mine' | 'office' => scope === 'mine' || scope === 'office');

import { EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiError, errorText } from '../api/problem.ts';
import { useCurrentMe } from '../auth/me.ts';
import { CaseFilesTab } from '../case-files/case-files-tab.tsx';
import { useLang } from '../i18n/use-lang.ts';
import { NotFoundPage } from '../shell/not-found-page.tsx';
import { type CaseDialog, CaseDialogs } from './case-dialogs.tsx';
import { CaseHeader } from './case-header.tsx';
import { mayAssignCase, mayWriteCase, useCase } from './cases-api.ts';
import { ChargesTab } from './charges-tab.tsx';
import { DeadlinesTab } from './deadlines-tab.tsx';
import { DecisionsTab } from './decisions-tab.tsx';
import { DefendantsTab } from './defendants-tab.tsx';
import { EvidenceTab } from './evidence-tab.tsx';
import { GeneralTab } from './general-tab.tsx';
import { MergedAlert } from './merged-alert.tsx';
import { ParticipantsTab } from './participants-tab.tsx';
import { QualityTab } from './quality-tab.tsx';
import { TimelineTab } from './timeline-tab.tsx';

const TABS = [
  'general',
  'deadlines',
  'defendants',
  'participants',
  'charges',
  'evidence',
  'decisions',
  'files',
  'quality',
  'timeline',
] as const;
type Tab = (typeof TABS)[number];

/** One criminal case: header with stage and deadlines, then a tab per part of the file; the tab is in the address. */
export const CasePage = () => {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentMe();
  const query = useCase(id);
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<CaseDialog | null>(null);
  const tab: Tab = TABS.find((k) => k === params.get('tab')) ?? 'general';
  const showTab = (key: string) => setParams(key === 'general' ? {} : { tab: key }, { replace: true });
  // A case the officer may not read answers exactly like a missing one (404), a malformed id 400.
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (query.error) return <Alert type="error" showIcon title={errorText(query.error, lang)} />;
  const detail = query.data;
  if (!detail) return <Skeleton active />;

  // A case joined or merged into another is history: the server refuses changes, so none are offered.
  const canWrite = mayWriteCase(me, detail) && !detail.mergedInto;
  const open = canWrite ? setDialog : undefined;
  const tabProps = { detail, onOpen: open };
  const defendants = detail.persons.filter((p) => p.role === 'defendant');
  const urgent = detail.deadlines.filter((d) => d.state !== 'running' && !(d.window && d.daysLeft < 0)).length;
  const pendingDecisions = detail.decisions.filter((d) => d.actions.length > 0).length;
  const label = (key: Tab, count?: number, alert = false) => (
    <span>
      {t(`cases.tab.${key}`)}{' '}
      {count !== undefined && count > 0 && (
        <Badge count={count} color={alert ? undefined : '#8c8c8c'} size="small" offset={[2, -2]} />
      )}
    </span>
  );
  return (
    <>
      <CaseHeader
        detail={detail}
        onShowDeadlines={() => showTab('deadlines')}
        actions={
          canWrite && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit' })}>
                {t('cases.edit.action')}
              </Button>
              <Button type="primary" icon={<FileAddOutlined />} onClick={() => setDialog({ kind: 'decision' })}>
                {t('cases.decision.record')}
              </Button>
            </>
          )
        }
      />
      {detail.mergedInto && <MergedAlert mergedInto={detail.mergedInto} />}
      <Tabs
        activeKey={tab}
        onChange={showTab}
        items={[
          {
            key: 'general',
            label: label('general'),
            children: (
              <GeneralTab
                {...tabProps}
                canAssign={mayAssignCase(me, detail)}
                onAssign={() => setDialog({ kind: 'assign' })}
              />
            ),
          },
          { key: 'deadlines', label: label('deadlines', urgent, true), children: <DeadlinesTab detail={detail} /> },
          {
            key: 'defendants',
            label: label('defendants', defendants.length),
            children: <DefendantsTab {...tabProps} />,
          },
          {
            key: 'participants',
            label: label('participants', detail.persons.length - defendants.length),
            children: <ParticipantsTab {...tabProps} />,
          },
          { key: 'charges', label: label('charges', detail.charges.length), children: <ChargesTab {...tabProps} /> },
          {
            key: 'evidence',
            label: label('evidence', detail.evidence.length),
            children: <EvidenceTab {...tabProps} />,
          },
          {
            key: 'decisions',
            label: label('decisions', pendingDecisions, true),
            children: <DecisionsTab {...tabProps} />,
          },
          {
            key: 'files',
            label: t('caseFiles.tab'),
            children: <CaseFilesTab caseId={detail.id} canWrite={canWrite} />,
          },
          {
            key: 'quality',
            label: label('quality', detail.quality.errors.length, true),
            children: <QualityTab detail={detail} canWrite={canWrite} />,
          },
          {
            key: 'timeline',
            label: label('timeline'),
            children: <TimelineTab events={detail.events} decisions={detail.decisions} />,
          },
        ]}
      />
      <CaseDialogs detail={detail} dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
};

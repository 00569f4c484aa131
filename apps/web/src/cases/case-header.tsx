import { ArrowLeftOutlined } from '@ant-design/icons';
import type { CaseDetail } from '@eprocuracy/domain';
import { Alert, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { chargeRef, formatDate } from './case-format.ts';
import { CategoryTag, SecrecyTag, StageTag } from './case-tags.tsx';
import { StageStepper } from './stage-stepper.tsx';

/** One fact of the case as "label: value"; a fact wraps as a whole, never inside a date. */
const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <span>
    <Typography.Text type="secondary">{label}: </Typography.Text>
    {children}
  </span>
);

type Props = { detail: CaseDetail; actions: ReactNode; onShowDeadlines: () => void };

/** The case at a glance: number, title, stage, secrecy, the stepper and what is overdue or due soon. */
export const CaseHeader = ({ detail, actions, onShowDeadlines }: Props) => {
  const { t } = useTranslation();
  const overdue = detail.deadlines.filter((d) => d.state === 'overdue' && !d.window).length;
  const dueSoon = detail.deadlines.filter((d) => d.state === 'due_soon').length;
  const prosecutors = detail.officers.filter((o) => o.role === 'prosecutor').map((o) => o.fullName);
  return (
    <>
      <Link to="/cases">
        <ArrowLeftOutlined /> {t('cases.backToList')}
      </Link>
      <Flex justify="space-between" align="flex-start" wrap gap={8} style={{ margin: '8px 0 12px' }}>
        <div style={{ minWidth: 0 }}>
          <Flex align="center" wrap gap={8}>
            <Typography.Title level={2} style={{ margin: 0 }} data-testid="case-code">
              {t('cases.detailTitle', { code: detail.code })}
            </Typography.Title>
            <StageTag stage={detail.stage} />
            <CategoryTag category={detail.category} />
            <SecrecyTag secrecy={detail.secrecy} />
          </Flex>
          <Typography.Title level={4} style={{ margin: '4px 0 0', fontWeight: 400 }} data-testid="case-title">
            {detail.title}
          </Typography.Title>
        </div>
        <Flex wrap gap={8}>
          {actions}
        </Flex>
      </Flex>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap="4px 24px" style={{ marginBottom: 16 }} data-testid="case-facts-bar">
          <Fact label={t('cases.leadCharge')}>
            {detail.leadCharge ? `${chargeRef(t, detail.leadCharge)} — ${detail.leadCharge.name}` : t('common.none')}
          </Fact>
          <Fact label={t('cases.openedOn')}>{detail.openedOn ? formatDate(detail.openedOn) : t('common.none')}</Fact>
          <Fact label={t('cases.investigatingBody')}>{detail.investigatingBodyName ?? t('common.none')}</Fact>
          <Fact label={t('cases.prosecutors')}>
            {prosecutors.length ? prosecutors.join(', ') : t('cases.unassigned')}
          </Fact>
        </Flex>
        <StageStepper detail={detail} />
      </Card>
      {(overdue > 0 || dueSoon > 0) && (
        <Alert
          type={overdue > 0 ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="deadline-alert"
          title={[
            overdue > 0 ? t('cases.deadline.overdueCount', { count: overdue }) : '',
            dueSoon > 0 ? t('cases.deadline.dueSoonCount', { count: dueSoon }) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
          action={<Typography.Link onClick={onShowDeadlines}>{t('cases.deadline.show')}</Typography.Link>}
        />
      )}
    </>
  );
};

import { FileAddOutlined } from '@ant-design/icons';
import type { CaseDecision } from '@eprocuracy/domain';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseTabProps } from './case-dialogs.tsx';
import { formatMoment, periodText, useLocalized } from './case-format.ts';
import { DecisionStateTag } from './case-tags.tsx';
import { actionLabelKey, DecisionActionModal, isDangerAction } from './decision-action-modal.tsx';

const newestFirst = (a: CaseDecision, b: CaseDecision) =>
  b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt);

/** The case's procedural decisions, newest first, each with the steps the officer may take on it now. */
export const DecisionsTab = ({ detail, onOpen }: CaseTabProps) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [acting, setActing] = useState<{ decision: CaseDecision; action: string } | null>(null);
  return (
    <Flex vertical gap={16}>
      {onOpen && (
        <Flex justify="flex-end">
          <Button type="primary" icon={<FileAddOutlined />} onClick={() => onOpen({ kind: 'decision' })}>
            {t('cases.decision.record')}
          </Button>
        </Flex>
      )}
      <Table<CaseDecision>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={[...detail.decisions].sort(newestFirst)}
        data-testid="decisions-table"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('cases.decision.none') }}
        columns={[
          {
            title: t('cases.decision.type'),
            key: 'type',
            render: (_: unknown, d: CaseDecision) => (
              <div style={{ minWidth: 200, maxWidth: 340 }}>
                <Typography.Text strong>{localized(d.label)}</Typography.Text>
                <div>
                  <Typography.Text type="secondary">{d.basis}</Typography.Text>
                </div>
                {d.note && (
                  <Typography.Text type="secondary" italic>
                    {d.note}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          {
            title: t('cases.decision.subject'),
            key: 'subject',
            render: (_: unknown, d: CaseDecision) =>
              d.subjectName ?? <Typography.Text type="secondary">{t('cases.decision.wholeCase')}</Typography.Text>,
          },
          {
            title: t('cases.decision.issuer'),
            key: 'issuer',
            responsive: ['lg'],
            render: (_: unknown, d: CaseDecision) => t(`cases.decision.issuers.${d.issuer}`),
          },
          {
            title: t('cases.decision.numberDate'),
            key: 'number',
            render: (_: unknown, d: CaseDecision) => (
              <>
                <div>
                  {d.number ?? <Typography.Text type="secondary">{t('cases.decision.noNumber')}</Typography.Text>}
                </div>
                <Typography.Text type="secondary">{formatMoment(d.date)}</Typography.Text>
              </>
            ),
          },
          {
            title: t('cases.decision.period'),
            key: 'period',
            responsive: ['md'],
            render: (_: unknown, d: CaseDecision) => periodText(t, d.period) || '—',
          },
          {
            title: t('common.status'),
            key: 'state',
            render: (_: unknown, d: CaseDecision) => (
              <Flex vertical gap={4} align="flex-start">
                <DecisionStateTag decision={d} />
                {d.inEffect && (
                  <Tag color="green" bordered={false}>
                    {t('cases.decision.inEffect')}
                  </Tag>
                )}
                {d.requiresApproval && d.state === 'recorded' && (
                  <Typography.Text type="warning">{t('cases.decision.awaitingApproval')}</Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, d: CaseDecision) => (
              <Flex gap={6} wrap style={{ maxWidth: 260 }}>
                {d.actions.map((action) => (
                  <Button
                    key={action}
                    size="small"
                    type={action === 'approve' || action === 'issue' ? 'primary' : 'default'}
                    danger={isDangerAction(action)}
                    onClick={() => setActing({ decision: d, action })}
                  >
                    {t(actionLabelKey(d.issuer, action))}
                  </Button>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      {acting && (
        <DecisionActionModal
          detail={detail}
          decision={acting.decision}
          action={acting.action}
          onClose={() => setActing(null)}
        />
      )}
    </Flex>
  );
};

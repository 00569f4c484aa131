import type { CaseDetail, LiveDeadline } from '@eprocuracy/domain';
import { Alert, Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.ts';
import { formatMoment, useLocalized } from './case-format.ts';
import { DeadlineTag } from './case-tags.tsx';
import { DeadlineSteps } from './deadline-steps.tsx';

/** Every live deadline of the case, nearest first, each with its legal basis and how it was counted. */
export const DeadlinesTab = ({ detail }: { detail: CaseDetail }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const localized = useLocalized();
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);
  const rows = [...detail.deadlines].sort((a, b) => a.due.localeCompare(b.due));
  const toggle = (key: string) =>
    setExpanded((keys) => (keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key]));
  return (
    <Flex vertical gap={16}>
      {detail.deadlineProblems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="deadline-problems"
          title={t('cases.deadline.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {detail.deadlineProblems.map((p) => (
                <li key={`${p.key}:${p.field}`}>{localized(p.reason)}</li>
              ))}
            </ul>
          }
        />
      )}
      <Table<LiveDeadline>
        rowKey="key"
        size="middle"
        pagination={false}
        dataSource={rows}
        data-testid="deadlines-table"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('cases.deadline.none') }}
        rowClassName={(d) => `deadline-${d.state}`}
        expandable={{
          showExpandColumn: false,
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys),
          expandedRowRender: (d) => <DeadlineSteps deadline={d} />,
        }}
        columns={[
          {
            title: t('cases.deadline.label'),
            key: 'label',
            render: (_: unknown, d: LiveDeadline) => (
              <div style={{ minWidth: 220, maxWidth: 360 }}>
                <Typography.Text strong>{localized(d.label)}</Typography.Text>
                <Flex align="center" gap={4} wrap>
                  <Tag>{t(`cases.deadline.kind.${d.kind}`)}</Tag>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => toggle(d.key)}
                    aria-expanded={expanded.includes(d.key)}
                  >
                    {expanded.includes(d.key) ? t('cases.deadline.hideSteps') : t('cases.deadline.showSteps')}
                  </Button>
                </Flex>
              </div>
            ),
          },
          {
            title: t('cases.deadline.due'),
            key: 'due',
            render: (_: unknown, d: LiveDeadline) => (
              <Typography.Text strong type={d.state === 'overdue' && !d.window ? 'danger' : undefined}>
                {formatMoment(d.due)}
              </Typography.Text>
            ),
          },
          {
            title: t('cases.deadline.left'),
            key: 'left',
            render: (_: unknown, d: LiveDeadline) => <DeadlineTag deadline={d} />,
          },
          {
            title: t('cases.deadline.basis'),
            key: 'basis',
            render: (_: unknown, d: LiveDeadline) => (lang === 'en' ? d.basisEn : d.basis),
          },
          {
            title: t('cases.deadline.start'),
            key: 'start',
            render: (_: unknown, d: LiveDeadline) => formatMoment(d.start),
          },
          {
            title: t('cases.deadline.maxPossible'),
            key: 'max',
            responsive: ['xl'],
            render: (_: unknown, d: LiveDeadline) => (d.maxPossibleDue ? formatMoment(d.maxPossibleDue) : '—'),
          },
        ]}
      />
    </Flex>
  );
};

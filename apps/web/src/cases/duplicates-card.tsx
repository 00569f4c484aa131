import type { CaseDetail } from '@eprocuracy/domain';
import type { CaseDuplicate, CaseDuplicates } from '@eprocuracy/domain/cases/case-merge';
import { Alert, Button, Card, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../api/problem.ts';
import { useLang } from '../i18n/use-lang.ts';
import { StageTag } from './case-tags.tsx';
import { useCaseDuplicates } from './cases-api.ts';
import { MergeCaseModal } from './merge-case-modal.tsx';
import { MergePersonModal } from './merge-person-modal.tsx';

type Dialog = { kind: 'case'; duplicate: CaseDuplicate } | { kind: 'person'; pair: readonly [string, string] };

/** How sure the match is, and why, as tags. */
const Evidence = ({ score, reasons }: { score: number; reasons: readonly string[] }) => {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4} component="span">
      <Tag color={score >= 0.9 ? 'red' : 'orange'}>
        {t('cases.duplicates.score', { percent: Math.round(score * 100) })}
      </Tag>
      {reasons.map((r) => (
        <Tag key={r} bordered={false}>
          {t(`cases.duplicates.reasons.${r}`, { defaultValue: r })}
        </Tag>
      ))}
    </Flex>
  );
};

/** Each pair of people recorded twice in this case once, in the order they were entered. */
const pairsIn = (detail: CaseDetail, found: CaseDuplicates) => {
  const order = (id: string) => detail.persons.findIndex((p) => p.id === id);
  const pairs = new Map<string, { ids: readonly [string, string]; score: number; reasons: readonly string[] }>();
  for (const person of found.persons) {
    for (const other of person.sameCase) {
      const ids = [person.personId, other.personId].sort((a, b) => order(a) - order(b)) as [string, string];
      pairs.set(ids.join('|'), { ids, score: other.score, reasons: other.reasons });
    }
  }
  return [...pairs.values()];
};

/** "Sạch": cases and people that may have been entered twice, with merging for an officer who may change the case. */
export const DuplicatesCard = ({ detail, canWrite }: { detail: CaseDetail; canWrite: boolean }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useCaseDuplicates(detail.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const nameOf = (id: string) => detail.persons.find((p) => p.id === id)?.fullName ?? '';
  const found = query.data;
  const pairs = found ? pairsIn(detail, found) : [];
  const elsewhere = found?.persons.flatMap((p) => p.otherCases.map((o) => ({ ...o, of: p.fullName }))) ?? [];
  const isEmpty = found && found.cases.length + pairs.length + elsewhere.length === 0;
  const section = (title: string) => (
    <Typography.Title level={5} style={{ marginTop: 8 }}>
      {title}
    </Typography.Title>
  );
  return (
    <Card title={t('cases.duplicates.title')} data-testid="duplicates-card">
      <Typography.Paragraph type="secondary">{t('cases.duplicates.hint')}</Typography.Paragraph>
      {query.error && <Alert type="error" showIcon title={errorText(query.error, lang)} />}
      {query.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {isEmpty && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.duplicates.none')} />}
      {found && found.cases.length > 0 && (
        <>
          {section(t('cases.duplicates.cases'))}
          <List
            size="small"
            data-testid="duplicate-cases"
            dataSource={found.cases}
            renderItem={(c) => (
              <List.Item
                actions={
                  canWrite
                    ? [
                        <Button
                          key="merge"
                          danger
                          size="small"
                          onClick={() => setDialog({ kind: 'case', duplicate: c })}
                        >
                          {t('cases.duplicates.mergeCase')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Flex wrap gap={8} align="center">
                      <Link to={`/cases/${c.caseId}`}>{c.caseCode}</Link>
                      <span>{c.title}</span>
                      <StageTag stage={c.stage} />
                    </Flex>
                  }
                  description={<Evidence score={c.score} reasons={c.reasons} />}
                />
              </List.Item>
            )}
          />
        </>
      )}
      {pairs.length > 0 && (
        <>
          {section(t('cases.duplicates.sameCase'))}
          <List
            size="small"
            data-testid="duplicate-persons"
            dataSource={pairs}
            renderItem={(pair) => (
              <List.Item
                actions={
                  canWrite
                    ? [
                        <Button key="merge" size="small" onClick={() => setDialog({ kind: 'person', pair: pair.ids })}>
                          {t('cases.duplicates.mergePerson')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={`${nameOf(pair.ids[0])} ↔ ${nameOf(pair.ids[1])}`}
                  description={<Evidence score={pair.score} reasons={pair.reasons} />}
                />
              </List.Item>
            )}
          />
        </>
      )}
      {elsewhere.length > 0 && (
        <>
          {section(t('cases.duplicates.otherCases'))}
          <List
            size="small"
            data-testid="duplicate-persons-elsewhere"
            dataSource={elsewhere}
            renderItem={(o) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <span>
                      {o.of} ↔ {o.fullName} ({t(`cases.person.roles.${o.role}`)}) {t('cases.duplicates.inCase')}{' '}
                      <Link to={`/cases/${o.caseId}`}>{o.caseCode}</Link>
                    </span>
                  }
                  description={<Evidence score={o.score} reasons={o.reasons} />}
                />
              </List.Item>
            )}
          />
        </>
      )}
      {dialog?.kind === 'case' && (
        <MergeCaseModal detail={detail} duplicate={dialog.duplicate} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'person' && (
        <MergePersonModal detail={detail} pair={dialog.pair} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
};

import { FileAddOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import type { CasePerson } from '@eprocuracy/domain';
import { Button, Card, Descriptions, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseTabProps } from './case-dialogs.tsx';
import { chargeRef, formatDate } from './case-format.ts';
import { CategoryTag } from './case-tags.tsx';
import { MeasuresTable } from './measures-table.tsx';

/** Each defendant with their identity, charges and preventive measures (with the computed end of each). */
export const DefendantsTab = ({ detail, onOpen }: CaseTabProps) => {
  const { t } = useTranslation();
  const defendants = detail.persons.filter((p) => p.role === 'defendant');
  return (
    <Flex vertical gap={16}>
      {onOpen && (
        <Flex justify="flex-end">
          <Button
            type="primary"
            icon={<UserAddOutlined />}
            onClick={() => onOpen({ kind: 'person', role: 'defendant' })}
          >
            {t('cases.person.addDefendant')}
          </Button>
        </Flex>
      )}
      {defendants.length === 0 && <Empty description={t('cases.person.noDefendants')} />}
      {defendants.map((person) => (
        <DefendantCard key={person.id} detail={detail} person={person} onOpen={onOpen} />
      ))}
    </Flex>
  );
};

const DefendantCard = ({ detail, person, onOpen }: CaseTabProps & { person: CasePerson }) => {
  const { t } = useTranslation();
  const charges = detail.charges.filter((c) => c.personId === person.id);
  const measures = detail.measures.filter((m) => m.personId === person.id);
  return (
    <Card
      data-testid="defendant-card"
      title={
        <Flex align="center" gap={8} wrap>
          <span>{person.fullName}</span>
          {person.kind === 'corporate' && <Tag color="purple">{t('cases.person.corporate')}</Tag>}
        </Flex>
      }
      extra={
        onOpen && (
          <Flex gap={8} wrap>
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => onOpen({ kind: 'charge', personId: person.id })}
            >
              {t('cases.charge.add')}
            </Button>
            <Button
              size="small"
              icon={<FileAddOutlined />}
              onClick={() => onOpen({ kind: 'decision', subjectId: person.id })}
            >
              {t('cases.decision.recordFor')}
            </Button>
          </Flex>
        )
      }
    >
      <PersonFacts person={person} />
      <Typography.Title level={5}>{t('cases.charges')}</Typography.Title>
      <List
        size="small"
        dataSource={charges}
        locale={{ emptyText: t('cases.charge.noneForDefendant') }}
        renderItem={(c) => (
          <List.Item>
            <span>
              <strong>{chargeRef(t, c)}</strong> — {c.name} <CategoryTag category={c.category} />
              {c.chargedOn && (
                <Typography.Text type="secondary">
                  {' '}
                  · {t('cases.charge.since', { date: formatDate(c.chargedOn) })}
                </Typography.Text>
              )}
            </span>
          </List.Item>
        )}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('cases.measure.title')}
      </Typography.Title>
      <MeasuresTable measures={measures} deadlines={detail.deadlines} />
    </Card>
  );
};

/** Identity data of a participant; what is unknown is left out. */
export const PersonFacts = ({ person }: { person: CasePerson }) => {
  const { t } = useTranslation();
  const corporate = person.kind === 'corporate';
  const items = [
    { key: 'birthDate', label: t('cases.person.birthDate'), value: person.birthDate && formatDate(person.birthDate) },
    { key: 'sex', label: t('cases.person.sex'), value: person.sex && t(`cases.person.sexes.${person.sex}`) },
    {
      key: 'idNumber',
      label: corporate ? t('cases.person.enterpriseCode') : t('cases.person.idNumber'),
      value: person.idNumber,
    },
    { key: 'nationality', label: t('cases.person.nationality'), value: person.nationality },
    { key: 'occupation', label: t('cases.person.occupation'), value: person.occupation },
    {
      key: 'address',
      label: corporate ? t('cases.person.seat') : t('cases.person.address'),
      value: [person.address, person.province].filter(Boolean).join(', '),
    },
    { key: 'chargedOn', label: t('cases.person.chargedOn'), value: person.chargedOn && formatDate(person.chargedOn) },
    { key: 'offenceDate', label: t('cases.offenceDate'), value: person.offenceDate && formatDate(person.offenceDate) },
  ].filter((i) => i.value);
  if (items.length === 0) return null;
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginBottom: 8 }}>
      {items.map((i) => (
        <Descriptions.Item key={i.key} label={i.label}>
          {i.value}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
};

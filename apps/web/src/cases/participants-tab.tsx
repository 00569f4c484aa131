import { UserAddOutlined } from '@ant-design/icons';
import type { CasePerson } from '@eprocuracy/domain';
import { Button, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseTabProps } from './case-dialogs.tsx';
import { formatDate } from './case-format.ts';

/** Victims, witnesses, civil parties and others with rights and duties in the case (Art. 55 CPC). */
export const ParticipantsTab = ({ detail, onOpen }: CaseTabProps) => {
  const { t } = useTranslation();
  const people = detail.persons.filter((p) => p.role !== 'defendant');
  return (
    <Flex vertical gap={16}>
      {onOpen && (
        <Flex justify="flex-end">
          <Button icon={<UserAddOutlined />} onClick={() => onOpen({ kind: 'person', role: 'victim' })}>
            {t('cases.person.addParticipant')}
          </Button>
        </Flex>
      )}
      <Table<CasePerson>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={people}
        data-testid="participants-table"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('cases.person.noParticipants') }}
        columns={[
          {
            title: t('cases.person.role'),
            key: 'role',
            render: (_: unknown, p: CasePerson) => <Tag color="blue">{t(`cases.person.roles.${p.role}`)}</Tag>,
          },
          {
            title: t('cases.person.fullName'),
            key: 'name',
            render: (_: unknown, p: CasePerson) => (
              <>
                <strong>{p.fullName}</strong>
                {p.kind === 'corporate' && <Tag style={{ marginInlineStart: 8 }}>{t('cases.person.corporate')}</Tag>}
              </>
            ),
          },
          {
            title: t('cases.person.birthDate'),
            key: 'birthDate',
            render: (_: unknown, p: CasePerson) => (p.birthDate ? formatDate(p.birthDate) : '—'),
          },
          {
            title: t('cases.person.idNumber'),
            key: 'idNumber',
            responsive: ['md'],
            render: (_: unknown, p: CasePerson) => p.idNumber ?? '—',
          },
          {
            title: t('cases.person.address'),
            key: 'address',
            responsive: ['lg'],
            render: (_: unknown, p: CasePerson) => [p.address, p.province].filter(Boolean).join(', ') || '—',
          },
        ]}
      />
    </Flex>
  );
};

import { UserAddOutlined } from '@ant-design/icons';
import type { CaseDetail } from '@eprocuracy/domain';
import { Button, Card, List, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { formatDate } from './case-format.ts';
import { useCaseMutation } from './use-case-mutation.ts';

type Props = { detail: CaseDetail; canAssign: boolean; onAssign: () => void };

/** The prosecutors and leaders assigned to the case; the office's leader assigns and relieves them. */
export const OfficersCard = ({ detail, canAssign, onAssign }: Props) => {
  const { t } = useTranslation();
  const { busy, run } = useCaseMutation(undefined, () => undefined);
  const unassign = (officerId: string) =>
    run(() => api('DELETE', `/api/cases/${detail.id}/assignments/${officerId}`), t('cases.assign.removed'));
  return (
    <Card
      title={t('cases.assign.title')}
      data-testid="officers-card"
      extra={
        canAssign && (
          <Button icon={<UserAddOutlined />} onClick={onAssign}>
            {t('cases.assign.action')}
          </Button>
        )
      }
    >
      <List
        dataSource={detail.officers}
        locale={{ emptyText: t('cases.unassigned') }}
        renderItem={(o) => (
          <List.Item
            actions={
              canAssign
                ? [
                    <Popconfirm
                      key="unassign"
                      title={t('cases.assign.removeConfirm', { name: o.fullName })}
                      okText={t('common.yes')}
                      cancelText={t('common.no')}
                      onConfirm={() => unassign(o.officerId)}
                    >
                      <Button size="small" danger loading={busy}>
                        {t('cases.assign.remove')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <>
                  {o.fullName} <Tag>{t(`cases.assign.role.${o.role}`)}</Tag>
                </>
              }
              description={
                <Typography.Text type="secondary">
                  {t('cases.assign.since', { date: formatDate(o.fromDate) })}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
};

import { UserAddOutlined } from '@ant-design/icons';
import type { CrimeReport } from '@eprocuracy/domain';
import { Button, Card, List, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { AssignProsecutorModal } from './assign-prosecutor-modal.tsx';
import { formatDate } from './report-options.ts';
import { useReportMutation } from './use-report-mutation.ts';

/** The prosecutors supervising the settlement; the office's leader assigns and relieves them. */
export const AssigneesCard = ({ report, canAssign }: { report: CrimeReport; canAssign: boolean }) => {
  const { t } = useTranslation();
  const [assigning, setAssigning] = useState(false);
  const { busy, run } = useReportMutation(undefined, () => undefined);
  const unassign = (officerId: string) =>
    run(
      () => api('DELETE', `/api/crime-reports/${report.id}/assignments/${officerId}`),
      t('crimeReports.unassignedOk'),
    );
  return (
    <Card
      title={t('crimeReports.prosecutors')}
      data-testid="assignees-card"
      extra={
        canAssign &&
        report.status !== 'settled' && (
          <Button icon={<UserAddOutlined />} onClick={() => setAssigning(true)}>
            {t('crimeReports.assign')}
          </Button>
        )
      }
    >
      <List
        dataSource={report.assignees}
        locale={{ emptyText: t('crimeReports.unassigned') }}
        renderItem={(a) => (
          <List.Item
            actions={
              canAssign
                ? [
                    <Popconfirm
                      key="unassign"
                      title={t('crimeReports.unassignConfirm', { name: a.fullName })}
                      okText={t('common.yes')}
                      cancelText={t('common.no')}
                      onConfirm={() => unassign(a.officerId)}
                    >
                      <Button size="small" danger loading={busy}>
                        {t('crimeReports.unassign')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={a.fullName}
              description={
                <Typography.Text type="secondary">
                  {t('crimeReports.assignedSince', { date: formatDate(a.fromDate) })}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
      {assigning && <AssignProsecutorModal report={report} onClose={() => setAssigning(false)} />}
    </Card>
  );
};

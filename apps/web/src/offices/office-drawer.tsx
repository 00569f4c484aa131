import { EditOutlined, PlusOutlined, SplitCellsOutlined } from '@ant-design/icons';
import type { Office } from '@eprocuracy/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Space, Table, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client.ts';
import { isAdmin, useCurrentMe } from '../auth/me.ts';
import { useLang } from '../i18n/use-lang.ts';
import { useOfficers } from '../officers/officers-api.ts';
import { OfficeFormModal } from './office-form-modal.tsx';
import { OfficeHistory } from './office-history.tsx';
import { levelName, officeName, useOfficeLevels } from './offices-api.ts';
import { SplitModal } from './split-modal.tsx';

/** Details of one office: fields, staff and history, with admin actions. */
export const OfficeDrawer = ({ officeId, onClose }: { officeId: string | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentMe();
  const levels = useOfficeLevels();
  const [modal, setModal] = useState<'child' | 'edit' | 'split' | null>(null);
  const office = useQuery({
    queryKey: ['office', officeId],
    queryFn: () => apiGet<Office>(`/api/offices/${officeId}`),
    enabled: officeId !== null,
  });
  const staff = useOfficers({ officeId: officeId ?? undefined, limit: 200, offset: 0 }, officeId !== null);
  const o = office.data;
  const canEdit = isAdmin(me) && o?.status === 'active';

  return (
    <Drawer
      open={officeId !== null}
      onClose={onClose}
      size={720}
      title={o ? officeName(o, lang) : ''}
      loading={office.isPending}
    >
      {o && (
        <>
          {canEdit && (
            <Space wrap style={{ marginBottom: 16 }}>
              <Button icon={<PlusOutlined />} onClick={() => setModal('child')}>
                {t('offices.createChild')}
              </Button>
              <Button icon={<EditOutlined />} onClick={() => setModal('edit')}>
                {t('common.edit')}
              </Button>
              <Button icon={<SplitCellsOutlined />} onClick={() => setModal('split')}>
                {t('offices.split')}
              </Button>
            </Space>
          )}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('common.code')}>{o.code}</Descriptions.Item>
            <Descriptions.Item label={t('common.name')}>{o.name}</Descriptions.Item>
            <Descriptions.Item label={t('offices.nameEn')}>{o.nameEn}</Descriptions.Item>
            <Descriptions.Item label={t('offices.level')}>
              <Tag color="blue">{levelName(levels.data, o.levelCode, lang)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('common.status')}>{t(`vocab.officeStatus.${o.status}`)}</Descriptions.Item>
            <Descriptions.Item label={t('offices.address')}>{o.address}</Descriptions.Item>
            <Descriptions.Item label={t('offices.validFrom')}>
              {dayjs(o.validFrom).format('DD/MM/YYYY')}
              {o.validTo ? ` → ${dayjs(o.validTo).format('DD/MM/YYYY')}` : ''}
            </Descriptions.Item>
          </Descriptions>
          <Tabs
            style={{ marginTop: 16 }}
            items={[
              {
                key: 'staff',
                label: `${t('offices.staff')} (${staff.data?.total ?? 0})`,
                children: (
                  <Table
                    size="small"
                    rowKey="id"
                    loading={staff.isPending}
                    dataSource={staff.data?.items ?? []}
                    pagination={{ pageSize: 20, hideOnSinglePage: true }}
                    columns={[
                      { title: t('officers.fullName'), dataIndex: 'fullName' },
                      {
                        title: t('officers.position'),
                        dataIndex: 'position',
                        render: (p: string) => t(`vocab.position.${p}`),
                      },
                      {
                        title: t('common.status'),
                        dataIndex: 'status',
                        render: (s: string) => t(`vocab.officerStatus.${s}`),
                      },
                    ]}
                  />
                ),
              },
              { key: 'history', label: t('offices.history'), children: <OfficeHistory officeId={o.id} /> },
            ]}
          />
          <OfficeFormModal open={modal === 'child'} onClose={() => setModal(null)} parentId={o.id} />
          <OfficeFormModal open={modal === 'edit'} onClose={() => setModal(null)} office={o} />
          <SplitModal open={modal === 'split'} onClose={() => setModal(null)} office={o} />
        </>
      )}
    </Drawer>
  );
};

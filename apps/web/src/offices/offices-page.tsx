import { MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Space, Switch, Tag, Tree, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAdmin, useCurrentMe } from '../auth/me.ts';
import { useLang } from '../i18n/use-lang.ts';
import { MergeModal } from './merge-modal.tsx';
import { OfficeDrawer } from './office-drawer.tsx';
import { OfficeFormModal } from './office-form-modal.tsx';
import { allIds, buildOfficeTree, filterOfficeTree, initiallyExpanded, type OfficeNode } from './office-tree.ts';
import { levelName, officeName, useOfficeLevels, useOffices } from './offices-api.ts';

type TreeItem = { key: string; title: ReactNode; children?: TreeItem[] };

/** The office tree: search, closed-office toggle, level tags; details and admin actions in a drawer. */
export const OfficesPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentMe();
  const [includeClosed, setIncludeClosed] = useState(false);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [modal, setModal] = useState<'create' | 'merge' | null>(null);
  const offices = useOffices(includeClosed);
  const levels = useOfficeLevels();

  const [expanded, setExpanded] = useState<string[] | null>(null);
  const roots = useMemo(() => filterOfficeTree(buildOfficeTree(offices.data ?? []), query), [offices.data, query]);
  const expandedKeys = query ? allIds(roots) : (expanded ?? initiallyExpanded(offices.data ?? [], roots, me.officeId));

  const treeData = useMemo(() => {
    const toItems = (nodes: OfficeNode[]): TreeItem[] =>
      nodes.map((n) => ({
        key: n.id,
        title: (
          <Space size={4} wrap>
            <span>{officeName(n, lang)}</span>
            <Typography.Text type="secondary">{n.code}</Typography.Text>
            <Tag color="blue">{levelName(levels.data, n.levelCode, lang)}</Tag>
            {n.status !== 'active' && <Tag>{t(`vocab.officeStatus.${n.status}`)}</Tag>}
          </Space>
        ),
        children: n.children ? toItems(n.children) : undefined,
      }));
    return toItems(roots);
  }, [roots, levels.data, lang, t]);

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('offices.title')}
        </Typography.Title>
        {isAdmin(me) && (
          <Space wrap>
            <Button icon={<PlusOutlined />} onClick={() => setModal('create')}>
              {t('offices.createRoot')}
            </Button>
            <Button icon={<MergeCellsOutlined />} onClick={() => setModal('merge')}>
              {t('offices.merge')}
            </Button>
          </Space>
        )}
      </Flex>
      <Card style={{ marginTop: 16 }}>
        <Flex wrap gap={16} align="center" style={{ marginBottom: 16 }}>
          <Input.Search
            aria-label={t('offices.searchPlaceholder')}
            placeholder={t('offices.searchPlaceholder')}
            allowClear
            onChange={(e) => setQuery(e.target.value)}
            style={{ maxWidth: 360 }}
          />
          <Space>
            <Switch id="show-closed" checked={includeClosed} onChange={setIncludeClosed} />
            <label htmlFor="show-closed">{t('offices.showClosed')}</label>
          </Space>
        </Flex>
        {treeData.length === 0 && !offices.isPending ? (
          <Empty />
        ) : (
          <Tree
            treeData={treeData}
            expandedKeys={expandedKeys}
            onExpand={(keys) => {
              if (!query) setExpanded(keys.map(String));
            }}
            onSelect={(keys) => setSelected(keys[0] ? String(keys[0]) : null)}
            selectedKeys={selected ? [selected] : []}
            blockNode
            data-testid="office-tree"
          />
        )}
      </Card>
      <OfficeDrawer officeId={selected} onClose={() => setSelected(null)} />
      <OfficeFormModal open={modal === 'create'} onClose={() => setModal(null)} />
      <MergeModal open={modal === 'merge'} onClose={() => setModal(null)} />
    </>
  );
};

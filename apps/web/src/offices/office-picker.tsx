import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useLang } from '../i18n/use-lang.ts';
import { buildOfficeTree, type OfficeNode } from './office-tree.ts';
import { officeName, useOffices } from './offices-api.ts';

type TreeOption = { value: string; title: string; children?: TreeOption[] };

const toOptions = (nodes: OfficeNode[], lang: string): TreeOption[] =>
  nodes.map((n) => ({
    value: n.id,
    title: `${officeName(n, lang)} (${n.code})`,
    children: n.children ? toOptions(n.children, lang) : undefined,
  }));

type Props = {
  id?: string;
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  multiple?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  excludeIds?: string[];
};

/** Picks one or more active offices from the tree; searchable by name or code. */
export const OfficePicker = ({ excludeIds, multiple, ...props }: Props) => {
  const lang = useLang();
  const offices = useOffices();
  const treeData = useMemo(() => {
    const visible = (offices.data ?? []).filter((o) => !excludeIds?.includes(o.id));
    return toOptions(buildOfficeTree(visible), lang);
  }, [offices.data, lang, excludeIds]);
  return (
    <TreeSelect
      {...props}
      multiple={multiple}
      treeData={treeData}
      loading={offices.isPending}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      style={{ width: '100%', minWidth: 220 }}
      popupMatchSelectWidth={false}
    />
  );
};

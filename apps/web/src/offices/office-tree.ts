import type { Office } from '@eprocuracy/domain';

export type OfficeNode = Office & { children?: OfficeNode[] };

/** Builds the office tree from the flat list; offices whose parent is not visible become roots. */
export const buildOfficeTree = (offices: Office[]): OfficeNode[] => {
  const nodes = new Map<string, OfficeNode>(offices.map((o) => [o.id, { ...o }]));
  const roots: OfficeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) {
      parent.children ??= [];
      parent.children.push(node);
    } else roots.push(node);
  }
  const sort = (list: OfficeNode[]) => {
    list.sort((a, b) => a.code.localeCompare(b.code));
    for (const n of list) if (n.children) sort(n.children);
  };
  sort(roots);
  return roots;
};

const normalise = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/** Keeps the offices matching `query` (diacritic-insensitive, by name or code) and their ancestors. */
export const filterOfficeTree = (roots: OfficeNode[], query: string): OfficeNode[] => {
  const q = normalise(query.trim());
  if (!q) return roots;
  const walk = (list: OfficeNode[]): OfficeNode[] =>
    list.flatMap((node) => {
      const children = node.children ? walk(node.children) : [];
      const hit = [node.name, node.nameEn ?? '', node.code].some((s) => normalise(s).includes(q));
      if (!hit && children.length === 0) return [];
      return [{ ...node, children: children.length ? children : undefined }];
    });
  return walk(roots);
};

/** The ids of an office and every office below it. */
export const subtreeIds = (offices: Office[], rootId: string): Set<string> => {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of offices) {
      if (o.parentId && ids.has(o.parentId) && !ids.has(o.id)) {
        ids.add(o.id);
        grew = true;
      }
    }
  }
  return ids;
};

/** The ids to expand at first: the roots, the level below them, and the path down to `officeId`. */
export const initiallyExpanded = (offices: Office[], roots: OfficeNode[], officeId: string): string[] => {
  const keys = new Set<string>();
  for (const root of roots) {
    keys.add(root.id);
    for (const child of root.children ?? []) keys.add(child.id);
  }
  const byId = new Map(offices.map((o) => [o.id, o]));
  let current = byId.get(officeId);
  while (current) {
    keys.add(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return [...keys];
};

/** Every id in a tree (to show all matches of a search expanded). */
export const allIds = (roots: OfficeNode[]): string[] =>
  roots.flatMap((n) => [n.id, ...(n.children ? allIds(n.children) : [])]);

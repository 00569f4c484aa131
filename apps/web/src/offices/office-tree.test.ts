/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Office } from '@eprocuracy/domain';
import { allIds, buildOfficeTree, filterOfficeTree, initiallyExpanded, subtreeIds } from './office-tree.ts';

const office = (id: string, code: string, name: string, parentId: string | null): Office => ({
  id,
  code,
  name,
  nameEn: null,
  address: null,
  levelCode: 'regional',
  parentId,
  status: 'active',
  validFrom: '2025-07-01',
  validTo: null,
});

const offices = [
  office('r', 'VKSTC', 'Viện kiểm sát nhân dân tối cao', null),
  office('q', 'QNI', 'Viện kiểm sát nhân dân tỉnh Quảng Ninh', 'r'),
  office('q1', 'QNI-KV1', 'Khu vực 1 – Quảng Ninh', 'q'),
  office('t', 'TVH', 'Viện kiểm sát nhân dân tỉnh Trà Vinh', 'r'),
  office('orphan', 'X', 'Đơn vị có cấp trên không hiển thị', 'hidden'),
];

test('the flat list becomes a tree sorted by code; offices with an unseen parent become roots', () => {
  const roots = buildOfficeTree(offices);
  assert.deepEqual(
    roots.map((n) => n.code),
    ['VKSTC', 'X'],
  );
  assert.deepEqual(
    roots[0]?.children?.map((n) => n.code),
    ['QNI', 'TVH'],
  );
  assert.deepEqual(allIds(roots).sort(), ['orphan', 'q', 'q1', 'r', 't']);
});

test('search ignores Vietnamese diacritics and keeps the ancestors of a match', () => {
  const found = filterOfficeTree(buildOfficeTree(offices), 'quang ninh');
  assert.deepEqual(allIds(found).sort(), ['q', 'q1', 'r']);
  assert.deepEqual(allIds(filterOfficeTree(buildOfficeTree(offices), 'tra vinh')).sort(), ['r', 't']);
  assert.deepEqual(filterOfficeTree(buildOfficeTree(offices), 'không có'), []);
});

test('the subtree of an office and the path expanded down to it', () => {
  assert.deepEqual([...subtreeIds(offices, 'q')].sort(), ['q', 'q1']);
  const roots = buildOfficeTree(offices);
  assert.deepEqual(initiallyExpanded(offices, roots, 'q1').sort(), ['orphan', 'q', 'q1', 'r', 't']);
});

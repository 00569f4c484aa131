/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCaseFilter, readListView, sameFilter, writeListView } from './case-filter.ts';

const OFFICE = '01970000-0000-7000-8000-000000000001';

test('a list address round-trips: filters, page and page size', () => {
  const view = {
    filter: {
      stage: 'investigation' as const,
      deadline: 'overdue' as const,
      article: '173',
      mine: 'true' as const,
      officeId: OFFICE,
      subtree: 'true' as const,
      q: 'Hạ Long',
      sort: 'due' as const,
    },
    page: 3,
    pageSize: 50,
  };
  const params = writeListView(view);
  assert.deepEqual(readListView(new URLSearchParams(params.toString())), view);
});

test('a bad value is dropped alone; the other filters stay', () => {
  const view = readListView(new URLSearchParams('stage=nonsense&article=17x3&deadline=due_soon&page=-2&size=7'));
  assert.deepEqual(view, { filter: { deadline: 'due_soon' }, page: 1, pageSize: 20 });
});

test('defaults are left out, so equal views have equal addresses', () => {
  assert.equal(writeListView({ filter: { sort: 'updated', mine: 'false' }, page: 1, pageSize: 20 }).toString(), '');
  assert.ok(sameFilter({ category: 'serious' }, { category: 'serious', sort: 'updated', q: '  ' }));
  assert.ok(!sameFilter({ category: 'serious' }, { category: 'minor' }));
});

test('a saved filter (JSON values) reads like an address', () => {
  assert.deepEqual(parseCaseFilter({ deadline: 'overdue', mine: true, limit: 5, unknown: 'x' }), {
    deadline: 'overdue',
    mine: 'true',
  });
});

/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitLink, readSearchView, searchQueryOf, writeSearchView } from './search-view.ts';

const CASE = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const DOCUMENT = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';

test('a view survives the address bar, defaults and bad values left out', () => {
  const params = new URLSearchParams({
    q: '"tội phạm" -ma',
    documentType: 'indictment',
    from: '2026-01-01',
    to: 'yesterday',
    versions: 'current',
    page: '3',
  });
  const view = readSearchView(params);
  assert.deepEqual(view, {
    filter: { q: '"tội phạm" -ma', documentType: 'indictment', from: '2026-01-01' },
    page: 3,
  });
  assert.deepEqual(readSearchView(writeSearchView(view)), view);
  assert.equal(readSearchView(new URLSearchParams({ page: '-2' })).page, 1);
});

test('nothing is searched without words; pages become offsets', () => {
  assert.equal(searchQueryOf({ filter: {}, page: 1 }), null);
  assert.deepEqual(searchQueryOf({ filter: { q: 'toi pham', versions: 'all' }, page: 2 }), {
    q: 'toi pham',
    versions: 'all',
    limit: 20,
    offset: 20,
  });
});

test('a hit opens its page in the case-file tab, with the version only when it is an older one', () => {
  const hit = { caseId: CASE, documentId: DOCUMENT, pageNo: 4, version: 2, isCurrentVersion: true };
  assert.equal(hitLink(hit), `/cases/${CASE}?tab=files&document=${DOCUMENT}&page=4`);
  assert.equal(
    hitLink({ ...hit, version: 1, isCurrentVersion: false }),
    `/cases/${CASE}?tab=files&document=${DOCUMENT}&page=4&version=1`,
  );
  assert.equal(hitLink(hit, 'vuon chuoi'), `/cases/${CASE}?tab=files&document=${DOCUMENT}&page=4&find=vuon+chuoi`);
});

/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clampPage, readFindText, readViewerTarget, withFindText, withViewerTarget } from './viewer-address.ts';

const ID = '01936f3e-8f3a-7c2b-9d4e-5a6b7c8d9e0f';

test('a search result’s link opens the viewer at its document, page and version', () => {
  assert.deepEqual(readViewerTarget(new URLSearchParams(`tab=files&document=${ID}&page=3`)), {
    documentId: ID,
    pageNo: 3,
    version: undefined,
  });
  assert.deepEqual(readViewerTarget(new URLSearchParams(`document=${ID}&page=2&version=1`)), {
    documentId: ID,
    pageNo: 2,
    version: 1,
  });
});

test('a malformed document closes the viewer; a malformed page or version falls back to the defaults', () => {
  assert.equal(readViewerTarget(new URLSearchParams('tab=files')), null);
  assert.equal(readViewerTarget(new URLSearchParams('document=abc&page=2')), null);
  for (const page of ['0', '-1', '2.5', 'x', '']) {
    const target = readViewerTarget(new URLSearchParams(`document=${ID}&page=${page}&version=${page}`));
    assert.deepEqual(target, { documentId: ID, pageNo: 1, version: undefined }, page);
  }
});

test('moving in the viewer keeps the tab and the search; closing it removes only its own parameters', () => {
  const params = new URLSearchParams(`tab=files&find=toi+pham&document=${ID}&page=1&version=2`);
  const moved = withViewerTarget(params, { documentId: ID, pageNo: 4 });
  assert.equal(moved.toString(), `tab=files&find=toi+pham&document=${ID}&page=4`);
  assert.equal(withViewerTarget(params, null).toString(), 'tab=files&find=toi+pham');
  assert.equal(params.get('page'), '1', 'the given parameters are not changed');
});

test('the search within the file is kept in the address, trimmed, and a blank one removed', () => {
  const params = withFindText(new URLSearchParams('tab=files'), '  vuon chuoi ');
  assert.equal(readFindText(params), 'vuon chuoi');
  assert.equal(withFindText(params, '   ').toString(), 'tab=files');
  assert.equal(readFindText(new URLSearchParams()), '');
});

test('a page past the end shows the last one, and before the start the first', () => {
  assert.equal(clampPage(9, 3), 3);
  assert.equal(clampPage(0, 3), 1);
  assert.equal(clampPage(2, 3), 2);
  assert.equal(clampPage(5, 0), 1);
});

/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CaseDocumentView } from '@eprocuracy/domain';
import { acceptFor, digitisationPercent, formatSize, moveItem, pollInterval } from './case-file-format.ts';
import { uploadForm } from './upload-document.ts';

const digitisation = (status: CaseDocumentView['digitisation']['status'], pageCount: number | null, pagesDone = 0) => ({
  status,
  pageCount,
  pagesDone,
  error: null,
  hasSearchablePdf: false,
});
const row = (status: CaseDocumentView['digitisation']['status']) =>
  ({ digitisation: digitisation(status, null) }) as CaseDocumentView;

test('sizes read in the officer’s language', () => {
  assert.equal(formatSize(850, 'vi'), '850 B');
  assert.equal(formatSize(1536, 'vi'), '1,5 KB');
  assert.equal(formatSize(1536, 'en'), '1.5 KB');
  assert.equal(formatSize(5 * 1024 * 1024 * 1024, 'en'), '5 GB');
  assert.equal(formatSize(250 * 1024 * 1024, 'vi'), '250 MB');
});

test('progress is pages done out of the page count, unknown until the pages are counted', () => {
  assert.equal(digitisationPercent(digitisation('queued', null)), null);
  assert.equal(digitisationPercent(digitisation('processing', 0)), null);
  assert.equal(digitisationPercent(digitisation('processing', 50, 17)), 34);
  assert.equal(digitisationPercent(digitisation('done', 3, 3)), 100);
});

test('the index is reloaded often while a version is digitised, less while one waits, not at all otherwise', () => {
  assert.equal(pollInterval(undefined), false);
  assert.equal(pollInterval([row('done'), row('not_applicable'), row('failed')]), false);
  assert.equal(pollInterval([row('done'), row('queued')]), 10_000);
  assert.equal(pollInterval([row('queued'), row('processing')]), 3000);
});

test('moving a document swaps it with its neighbour and never past either end', () => {
  const ids = ['a', 'b', 'c'];
  assert.deepEqual(moveItem(ids, 1, -1), ['b', 'a', 'c']);
  assert.deepEqual(moveItem(ids, 1, 1), ['a', 'c', 'b']);
  assert.deepEqual(moveItem(ids, 0, -1), ids);
  assert.deepEqual(moveItem(ids, 2, 1), ids);
  assert.deepEqual(moveItem(moveItem(ids, 0, 1), 1, -1), ids);
  assert.deepEqual(ids, ['a', 'b', 'c'], 'the input is left as it was');
});

test('the file picker offers the extensions of the kinds a document type takes', () => {
  assert.equal(acceptFor(['audio']), '.mp3,.m4a,.wav,.ogg,.oga,.opus');
  assert.equal(acceptFor(['pdf', 'image']), '.pdf,.tif,.tiff,.jpg,.jpeg,.png');
});

test('the upload sends the filled fields first and the file last', async () => {
  const file = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
  const body = uploadForm(
    {
      type: 'decision',
      title: 'Quyết định khởi tố',
      documentDate: undefined,
      authorBody: '  ',
      folioFrom: 3,
      folioTo: null,
    },
    file,
    'quyet-dinh.pdf',
  );
  const names = [...body.keys()];
  assert.deepEqual(names, ['type', 'title', 'folioFrom', 'file']);
  assert.equal(body.get('folioFrom'), '3');
  const sent = body.get('file');
  assert.ok(sent instanceof File);
  assert.equal(sent.name, 'quyet-dinh.pdf');
  assert.equal(await sent.text(), '%PDF-1.4');
});

import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { signedIn, type TestClient } from '../../../test/client.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { download, upload } from '../../case-files/case-file-test-client.ts';
import { makePdf } from '../../case-files/case-file-test-files.ts';
import { incoming } from './registry-test-kit.ts';

const URL = '/api/document-registry/incoming/upload';
const fieldsOf = (overrides: Record<string, unknown> = {}) =>
  Object.fromEntries(Object.entries(incoming(overrides)).map(([k, v]) => [k, String(v)]));

describe('registering an incoming document from an uploaded file', () => {
  let t: TestApp;
  let dataDir: string;
  let clerk: TestClient;

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'eproc-registry-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    clerk = await signedIn(t.app, 'vanthu.hanoi');
  });
  after(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('a PDF is stored by content, registered as electronic, and downloads unchanged', async () => {
    const pdf = makePdf('Cong van 123');
    const reply = await upload(clerk, URL, fieldsOf(), {
      name: 'cong-van-123.pdf',
      data: pdf,
      type: 'application/pdf',
    });
    assert.equal(reply.status, 201, reply.text);
    assert.equal(reply.body.number, 1);
    assert.equal(reply.body.channel, 'electronic');
    assert.equal(reply.body.file.mime, 'application/pdf');
    const got = await download(clerk, `/api/document-registry/incoming/${reply.body.id}/file`);
    assert.equal(got.status, 200);
    assert.ok(Buffer.from(got.data).equals(pdf));
  });

  test('a file that is not what it claims, or bad fields, is refused and takes no number', async () => {
    const fake = await upload(clerk, URL, fieldsOf(), {
      name: 'x.pdf',
      data: Buffer.from('MZ not a pdf at all'),
      type: 'application/pdf',
    });
    assert.equal(fake.status, 400);
    assert.equal(fake.body.fields[0].field, 'file');
    const badFields = await upload(clerk, URL, fieldsOf({ type: 'poem' }), { name: 'a.pdf', data: makePdf() });
    assert.equal(badFields.status, 400);
    assert.equal(badFields.body.fields[0].field, 'type');
    const next = await upload(clerk, URL, fieldsOf(), { name: 'b.pdf', data: makePdf('second') });
    assert.equal(next.body.number, 2);
  });
});

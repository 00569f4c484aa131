import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CaseDetail } from '@eprocuracy/domain';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { caseInput } from '../cases/case-test-fixtures.ts';
import { leftovers, type UploadFile, type UploadOptions, upload } from './case-file-test-client.ts';
import * as files from './case-file-test-files.ts';

type Field = { field: string; vi: string; en: string };

describe('case-file uploads that are refused leave nothing behind', () => {
  let t: TestApp;
  let small: TestApp;
  let prosecutor: TestClient;
  let caseId: string;
  const dirs: string[] = [];

  const appWith = async (overrides: Record<string, string> = {}) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'eproc-uploads-'));
    dirs.push(dataDir);
    return createTestApp({ DATA_DIR: dataDir, ...overrides });
  };

  /** Uploads and checks the refusal: status, the field named, both languages, and no trace left. */
  const refused = async (
    app: TestApp,
    client: TestClient,
    fields: Record<string, string>,
    file: UploadFile | null,
    expected: { status: number; field?: string; detail?: RegExp },
    options: UploadOptions = {},
  ) => {
    const before = await leftovers(app);
    const reply = await upload(client, `/api/cases/${caseId}/files`, fields, file, options);
    assert.equal(reply.status, expected.status, reply.text);
    assert.equal(reply.headers['content-type'], 'application/problem+json; charset=utf-8');
    if (expected.field) {
      const field = (reply.body.fields as Field[])[0];
      assert.equal(field?.field, expected.field, reply.text);
      assert.ok(field?.vi && field.en && field.vi !== field.en, 'a message in Vietnamese and in English');
    }
    if (expected.detail) assert.match(`${reply.body.detail_vi} ${reply.body.detail_en}`, expected.detail);
    assert.deepEqual(await leftovers(app), before, 'no blob, staging file or row left');
    return reply;
  };

  const pdf = (data = files.makePdf()): UploadFile => ({ name: 'bien-ban.pdf', data, type: 'application/pdf' });
  const fields = { type: 'statement_record', title: 'Biên bản ghi lời khai' };

  before(async () => {
    t = await appWith();
    small = await appWith({ UPLOAD_MAX_MB: '1' });
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    caseId = ((await prosecutor.post('/api/cases', caseInput())).body as CaseDetail).id;
    // One document stored first, so "nothing left" is measured against a case file that has content.
    assert.equal((await upload(prosecutor, `/api/cases/${caseId}/files`, fields, pdf())).status, 201);
  });
  after(async () => {
    await t.close();
    await small.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  test('an .exe renamed .pdf is refused by its content', async () => {
    await refused(t, prosecutor, fields, pdf(files.makeExe()), { status: 400, field: 'file', detail: /EXE/ });
  });

  test('a file of no recognisable type, or an empty one, is refused', async () => {
    await refused(t, prosecutor, fields, pdf(Buffer.from('chỉ là văn bản thuần, không phải PDF')), {
      status: 400,
      field: 'file',
      detail: /không nhận dạng được|unrecognised/,
    });
    await refused(t, prosecutor, fields, pdf(Buffer.alloc(0)), { status: 400, field: 'file', detail: /rỗng|empty/ });
  });

  test('a damaged or truncated file of an accepted type is refused', async () => {
    const cut = (data: Buffer, bytes: number) => data.subarray(0, data.length - bytes);
    const damaged = { status: 400, field: 'file', detail: /bị hỏng hoặc không đầy đủ|damaged or incomplete/ };
    await refused(t, prosecutor, fields, pdf(cut(files.makePdf(), 10)), damaged);
    await refused(t, prosecutor, fields, { name: 'a.png', data: cut(await files.makePng(), 4) }, damaged);
    await refused(t, prosecutor, fields, { name: 'a.docx', data: cut(files.makeDocx(), 30) }, damaged);
  });

  test('a recording filed as a paper record is refused naming the type', async () => {
    await refused(
      t,
      prosecutor,
      { type: 'interrogation_record', title: 'Hỏi cung' },
      { name: 'a.mp3', data: files.makeMp3() },
      {
        status: 400,
        field: 'type',
      },
    );
  });

  test('bad form fields are refused before a byte of the file is stored', async () => {
    await refused(t, prosecutor, { type: 'decision' }, pdf(), { status: 400, field: 'title' });
    await refused(t, prosecutor, { type: 'no_such_type', title: 'x' }, pdf(), { status: 400, field: 'type' });
    await refused(t, prosecutor, { ...fields, folioFrom: '12', folioTo: '3' }, pdf(), {
      status: 400,
      field: 'folioTo',
    });
    await refused(t, prosecutor, { ...fields, documentDate: '2025-02-30' }, pdf(), {
      status: 400,
      field: 'documentDate',
    });
    await refused(t, prosecutor, { ...fields, colour: 'red' }, pdf(), { status: 400, field: 'colour' });
  });

  test('the file must be sent, last, under the name "file"', async () => {
    await refused(t, prosecutor, fields, null, { status: 400, field: 'file' });
    await refused(t, prosecutor, fields, pdf(), { status: 400, field: 'file' }, { fileFirst: true });
  });

  test('an upload cut off mid-file leaves nothing', async () => {
    const big = Buffer.concat([files.makePdf(), Buffer.alloc(300_000, 0x20), Buffer.from('\n%%EOF\n')]);
    await refused(t, prosecutor, fields, pdf(big), { status: 400, field: 'file' }, { cutBytes: 100_000 });
  });

  test('a file over UPLOAD_MAX_MB is refused with 413', async () => {
    const client = await signedIn(small.app, 'ksv.quangninh');
    const smallCase = ((await client.post('/api/cases', caseInput())).body as CaseDetail).id;
    const previous = caseId;
    caseId = smallCase;
    try {
      const big = Buffer.concat([files.makePdf(), Buffer.alloc(2 * 1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
      await refused(small, client, fields, pdf(big), { status: 413, detail: /1 MB/ });
    } finally {
      caseId = previous;
    }
  });

  test('a request that is not multipart is refused with 415', async () => {
    const reply = await prosecutor.post(`/api/cases/${caseId}/files`, { type: 'decision', title: 'x' });
    assert.equal(reply.status, 415);
  });
});

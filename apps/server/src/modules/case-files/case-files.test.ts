import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { CaseDetail, CaseDocumentDetail, CaseFileCheckView, CaseFileIndex } from '@eprocuracy/domain';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../platform/audit.schema.ts';
import { blobKey } from '../../platform/blobs/blob-store.ts';
import { openBlobStore } from '../../platform/blobs/open-blob-store.ts';
import { enqueue } from '../../platform/jobs/enqueue.ts';
import { findJob } from '../../platform/jobs/jobs.repo.ts';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { caseInput } from '../cases/case-test-fixtures.ts';
import { download, type UploadFile, upload } from './case-file-test-client.ts';
import * as files from './case-file-test-files.ts';
import { attachSearchablePdf } from './case-files.repo.ts';
import { caseDocumentVersions, caseFileChecks } from './case-files.schema.ts';
import { caseFileIntegrityJob } from './integrity.job.ts';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const KEY = randomBytes(32).toString('base64');

describe('case files over HTTP', () => {
  let t: TestApp;
  let dataDir: string;
  let prosecutor: TestClient;
  let leader: TestClient;
  let stranger: TestClient;
  let regional: TestClient;
  let caseId: string;
  const blobPath = (sha: string, encrypted = false) => path.join(dataDir, 'blobs', blobKey({ sha256: sha, encrypted }));
  const auditOf = (action: string, entityId: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
  const addDocument = async (client: TestClient, fields: Record<string, string>, file: UploadFile) => {
    const reply = await upload(client, `/api/cases/${caseId}/files`, fields, file);
    assert.equal(reply.status, 201, reply.text);
    return reply.body as CaseDocumentDetail;
  };

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'eproc-case-files-'));
    t = await createTestApp({ DATA_DIR: dataDir, BLOB_ENCRYPTION_KEY: KEY });
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    leader = await signedIn(t.app, 'vt.quangninh');
    stranger = await signedIn(t.app, 'ksv.travinh');
    regional = await signedIn(t.app, 'ksv.halong');
    caseId = ((await prosecutor.post('/api/cases', caseInput())).body as CaseDetail).id;
  });
  after(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('every accepted type is recognised from its content, stored under its SHA-256 and downloaded intact', async () => {
    const samples: [string, Buffer, string][] = [
      ['bien-ban.pdf', files.makePdf(), 'application/pdf'],
      ['scan.tif', await files.makeTiff(), 'image/tiff'],
      ['anh.jpg', await files.makeJpeg(), 'image/jpeg'],
      ['anh.png', await files.makePng(), 'image/png'],
      ['ket-luan.docx', files.makeDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['ghi-am.mp3', files.makeMp3(), 'audio/mpeg'],
      ['ghi-am.m4a', files.makeM4a(), 'audio/mp4'],
      ['ghi-am.wav', files.makeWav(), 'audio/wav'],
      ['ghi-am.ogg', files.makeOgg(), 'audio/ogg'],
      ['hoi-cung.mp4', files.makeMp4(), 'video/mp4'],
      ['hoi-cung.webm', files.makeWebm(), 'video/webm'],
    ];
    for (const [name, data, mime] of samples) {
      // The client's MIME type is ignored: the content decides.
      const doc = await addDocument(prosecutor, { type: 'other', title: name }, { name, data, type: 'text/plain' });
      assert.equal(doc.original.mime, mime, name);
      assert.equal(doc.original.sha256, sha256(data), name);
      assert.equal(doc.original.size, data.length, name);
      assert.equal(doc.original.encrypted, false);
      assert.equal(
        doc.digitisation.status,
        ['audio', 'video'].includes(doc.original.kind) ? 'not_applicable' : 'queued',
      );
      assert.deepEqual(await readFile(blobPath(doc.original.sha256)), data, `${name} stored as sent`);
      const got = await download(prosecutor, `/api/cases/${caseId}/files/${doc.id}/original`);
      assert.equal(got.status, 200);
      assert.deepEqual(got.data, data, name);
      assert.equal(got.headers['content-type'], mime);
    }
    const index = (await prosecutor.get(`/api/cases/${caseId}/files`)).body as CaseFileIndex;
    assert.deepEqual(
      index.items.map((item) => item.position),
      samples.map((_, i) => i + 1),
    );
    assert.equal(index.canWrite, true);
  });

  test('the download keeps a Vietnamese file name (RFC 5987) and an ASCII fallback', async () => {
    const doc = await addDocument(
      prosecutor,
      { type: 'decision', title: 'Quyết định khởi tố vụ án', documentDate: '2025-03-02', authorBody: 'CQCSĐT' },
      { name: 'C:\\Hồ sơ\\Quyết định khởi tố (bản gốc).pdf', data: files.makePdf('QD khoi to') },
    );
    assert.equal(doc.original.fileName, 'Quyết định khởi tố (bản gốc).pdf');
    const got = await download(prosecutor, `/api/cases/${caseId}/files/${doc.id}/original`);
    assert.equal(
      got.headers['content-disposition'],
      `attachment; filename="Quyet dinh khoi to (ban goc).pdf"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20kh%E1%BB%9Fi%20t%E1%BB%91%20%28b%E1%BA%A3n%20g%E1%BB%91c%29.pdf`,
    );
  });

  test('access follows the case: another province and a regional office get 404, and the refusal is audited', async () => {
    const doc = (await prosecutor.get(`/api/cases/${caseId}/files`)).body.items[0] as CaseDocumentDetail;
    for (const client of [stranger, regional]) {
      assert.equal((await client.get(`/api/cases/${caseId}/files`)).status, 404);
      assert.equal((await client.get(`/api/cases/${caseId}/files/${doc.id}`)).status, 404);
      assert.equal((await download(client, `/api/cases/${caseId}/files/${doc.id}/original`)).status, 404);
      const refused = await upload(
        client,
        `/api/cases/${caseId}/files`,
        { type: 'other', title: 'x' },
        {
          name: 'x.pdf',
          data: files.makePdf(),
        },
      );
      assert.equal(refused.status, 404);
    }
    assert.ok((await auditOf('access.refused.read', caseId)).length >= 2);
    const missing = await prosecutor.get(`/api/cases/${caseId}/files/${caseId}`);
    assert.equal(missing.status, 404);
  });

  test('a classified document is stored encrypted, hidden above the reader’s clearance, and every view or download is audited', async () => {
    const secret = Buffer.from(`%PDF-1.4\n% Bien ban hoi cung MAT ${'x'.repeat(200_000)}\n%%EOF\n`, 'latin1');
    const doc = await addDocument(
      prosecutor,
      { type: 'interrogation_record', title: 'Biên bản hỏi cung bị can (mật)', secrecy: 'secret' },
      { name: 'hoi-cung.pdf', data: secret },
    );
    assert.equal(doc.original.encrypted, true);
    const raw = await readFile(blobPath(doc.original.sha256, true));
    assert.equal(raw.includes(Buffer.from('Bien ban hoi cung MAT')), false, 'nothing in clear on disk');
    const got = await download(leader, `/api/cases/${caseId}/files/${doc.id}/original`);
    assert.deepEqual(got.data, secret);
    const downloads = await auditOf('case_file.document_downloaded', doc.id);
    assert.equal(downloads.length, 1);
    const changes = downloads[0]?.changes as Record<string, { after: unknown }> | undefined;
    assert.equal(changes?.secrecy?.after, 'secret');
    assert.equal((await leader.get(`/api/cases/${caseId}/files/${doc.id}`)).status, 200);
    assert.equal((await auditOf('case_file.document_viewed', doc.id)).length, 1);
    const indexViewsBefore = (await auditOf('case_file.index_viewed', caseId)).length;
    assert.equal((await leader.get(`/api/cases/${caseId}/files`)).status, 200);
    assert.equal((await leader.get(`/api/cases/${caseId}/files`)).status, 200);
    const indexViews = await auditOf('case_file.index_viewed', caseId);
    assert.equal(indexViews.length, indexViewsBefore + 1, 'listing classified documents is traced, a reload once');

    const topSecret = await addDocument(
      leader,
      { type: 'expert_conclusion', title: 'Kết luận giám định (tối mật)', secrecy: 'top_secret' },
      { name: 'giam-dinh.pdf', data: files.makePdf('Giam dinh') },
    );
    const seen = (await prosecutor.get(`/api/cases/${caseId}/files`)).body as CaseFileIndex;
    assert.ok(!seen.items.some((item) => item.id === topSecret.id), 'left out of the index');
    assert.ok(seen.items.some((item) => item.id === doc.id));
    assert.equal((await prosecutor.get(`/api/cases/${caseId}/files/${topSecret.id}`)).status, 404);
    assert.equal((await download(prosecutor, `/api/cases/${caseId}/files/${topSecret.id}/original`)).status, 404);
    assert.equal((await auditOf('access.refused.read', topSecret.id)).length, 2);
    const above = await upload(
      prosecutor,
      `/api/cases/${caseId}/files`,
      { type: 'other', title: 'x', secrecy: 'top_secret' },
      { name: 'x.pdf', data: files.makePdf() },
    );
    assert.equal(above.status, 400);
    assert.equal(above.body.fields[0].field, 'secrecy');
  });

  test('metadata edits, reordering and new versions; old versions are kept', async () => {
    const before = (await prosecutor.get(`/api/cases/${caseId}/files`)).body as CaseFileIndex;
    const first = before.items[0] as CaseDocumentDetail;
    const edited = await prosecutor.patch(`/api/cases/${caseId}/files/${first.id}`, {
      title: 'Biên bản khám nghiệm hiện trường',
      type: 'investigation_record',
      folioFrom: 1,
      folioTo: 4,
    });
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.title, 'Biên bản khám nghiệm hiện trường');
    const backwards = await prosecutor.patch(`/api/cases/${caseId}/files/${first.id}`, { folioTo: 0 });
    assert.equal(backwards.status, 400);
    const reversedFolio = await prosecutor.patch(`/api/cases/${caseId}/files/${first.id}`, { folioFrom: 9 });
    assert.equal(reversedFolio.body.fields[0].field, 'folioTo');

    const order = before.items.map((item) => item.id).reverse();
    const reordered = await prosecutor.put(`/api/cases/${caseId}/files/order`, { documentIds: order });
    assert.equal(reordered.status, 200, reordered.text);
    const hiddenKept = (reordered.body as CaseFileIndex).items.map((item) => item.id);
    assert.deepEqual(hiddenKept, order);
    const positions = (await leader.get(`/api/cases/${caseId}/files`)).body as CaseFileIndex;
    assert.equal(positions.items.length, order.length + 1, 'the leader also sees the top-secret document');
    assert.equal(positions.items.at(-1)?.title, 'Kết luận giám định (tối mật)', 'hidden document kept its place');
    const partial = await prosecutor.put(`/api/cases/${caseId}/files/order`, { documentIds: order.slice(1) });
    assert.equal(partial.status, 400);
    assert.equal(partial.body.fields[0].field, 'documentIds');

    const v2data = files.makePdf('Ban sua doi');
    const v2 = await upload(
      prosecutor,
      `/api/cases/${caseId}/files/${first.id}/versions`,
      { note: 'Bản có chữ ký' },
      {
        name: 'sua-doi.pdf',
        data: v2data,
      },
    );
    assert.equal(v2.status, 201, v2.text);
    const detail = v2.body as CaseDocumentDetail;
    assert.equal(detail.currentVersion, 2);
    assert.deepEqual(
      detail.versions.map((v) => v.version),
      [2, 1],
    );
    assert.equal(detail.versions[0]?.note, 'Bản có chữ ký');
    const current = await download(prosecutor, `/api/cases/${caseId}/files/${first.id}/original`);
    assert.deepEqual(current.data, v2data);
    const old = await download(prosecutor, `/api/cases/${caseId}/files/${first.id}/original?version=1`);
    assert.equal(sha256(old.data), first.original.sha256);
    assert.equal((await download(prosecutor, `/api/cases/${caseId}/files/${first.id}/original?version=7`)).status, 404);
    assert.equal((await download(prosecutor, `/api/cases/${caseId}/files/${first.id}/searchable-pdf`)).status, 404);
  });

  test('the searchable PDF the digitisation attaches is downloaded under the original’s name', async () => {
    const doc = ((await prosecutor.get(`/api/cases/${caseId}/files`)).body as CaseFileIndex).items[1];
    assert.ok(doc);
    const pdf = files.makePdf('Searchable text layer');
    const store = openBlobStore(t.config);
    const ref = await store.put(Readable.from([pdf]));
    const [version] = await t.database.db
      .select()
      .from(caseDocumentVersions)
      .where(and(eq(caseDocumentVersions.documentId, doc.id), eq(caseDocumentVersions.version, doc.currentVersion)));
    assert.ok(version);
    await t.database.db.transaction((tx) => attachSearchablePdf(tx, version.id, ref));
    const got = await download(prosecutor, `/api/cases/${caseId}/files/${doc.id}/searchable-pdf`);
    assert.equal(got.status, 200);
    assert.deepEqual(got.data, pdf);
    assert.match(String(got.headers['content-disposition']), /\.ocr\.pdf"/);
    const listed = ((await prosecutor.get(`/api/cases/${caseId}/files`)).body as CaseFileIndex).items[1];
    assert.equal(listed?.digitisation.hasSearchablePdf, true);
    const openapi = (await prosecutor.get('/api/openapi.json')).body;
    assert.ok(openapi.paths['/api/cases/{id}/files'].post, 'the upload is in the OpenAPI document');
  });

  test('integrity on demand and in the daily job: a damaged file is reported, audited and stored', async () => {
    const ok = await prosecutor.post(`/api/cases/${caseId}/files/verify`);
    assert.equal(ok.status, 200, ok.text);
    assert.equal((ok.body as CaseFileCheckView).ok, true);
    assert.ok((ok.body as CaseFileCheckView).filesChecked >= 12);

    const victim = ((await prosecutor.get(`/api/cases/${caseId}/files`)).body as CaseFileIndex).items.find(
      (item) => item.original.mime === 'image/png',
    );
    assert.ok(victim);
    const file = blobPath(victim.original.sha256);
    await chmod(file, 0o640);
    const bytes = await readFile(file);
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] as number) ^ 0xff;
    await writeFile(file, bytes);

    const broken = (await prosecutor.post(`/api/cases/${caseId}/files/verify`)).body as CaseFileCheckView;
    assert.equal(broken.ok, false);
    assert.deepEqual(
      broken.problems.map((p) => [p.documentId, p.part, p.state]),
      [[victim.id, 'original', 'mismatch']],
    );
    assert.equal((await auditOf('case_file.integrity_failed', caseId)).length, 1);
    const listed = ((await prosecutor.get(`/api/cases/${caseId}/files`)).body as CaseFileIndex).items;
    assert.equal(listed.find((item) => item.id === victim.id)?.original.integrity.state, 'mismatch');

    const jobId = await enqueue(t.database.db, caseFileIntegrityJob, { recheckAfterHours: 0 });
    assert.ok(jobId);
    const job = await findJob(t.database.db, jobId);
    assert.ok(job);
    const handler = await caseFileIntegrityJob.handler();
    const context = {
      payload: { recheckAfterHours: 0 },
      job,
      db: t.database.db,
      config: t.config,
      signal: new AbortController().signal,
    };
    await handler(context);
    await handler(context);
    const [check, ...more] = await t.database.db.select().from(caseFileChecks).where(eq(caseFileChecks.jobId, jobId));
    assert.equal(more.length, 0, 'a job run again records its result once');
    assert.equal(check?.ok, false);
    assert.ok((check?.filesChecked ?? 0) >= 14);
    assert.deepEqual(
      check?.problems.map((p) => [p.documentId, p.state]),
      [[victim.id, 'mismatch']],
    );
    assert.equal((await auditOf('case_file.integrity_failed', jobId)).length, 1);
  });
});

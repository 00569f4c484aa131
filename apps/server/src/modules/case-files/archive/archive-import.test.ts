import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ArchiveRow, CaseDetail, CaseFileIndex } from '@eprocuracy/domain';
import { and, eq } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { onAuditedWrite } from '../../../platform/audit.ts';
import { findJob } from '../../../platform/jobs/jobs.repo.ts';
import { jobs } from '../../../platform/jobs/jobs.schema.ts';
import { startWorker, type Worker } from '../../../platform/jobs/worker.ts';
import { signedIn, type TestClient } from '../../../test/client.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { caseInput } from '../../cases/case-test-fixtures.ts';
import { download, upload } from '../case-file-test-client.ts';
import { makeExe, makeJpeg, makePdf, makePng } from '../case-file-test-files.ts';
import { caseFileBlobs } from '../case-files.schema.ts';
import { archiveImportJob } from './archive-import.job.ts';
import { runArchiveImport } from './archive-import-run.ts';
import { archiveZip, type ManifestLine, uploadArchive, waitForArchive } from './archive-test-kit.ts';
import * as repo from './case-file-archives.repo.ts';

describe('bulk archive digitisation (ZIP of scans with manifest.csv)', () => {
  let t: TestApp;
  let dataDir: string;
  let worker: Worker;
  let leader: TestClient;
  let caseA: CaseDetail;
  let files: Record<string, Buffer>;

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'eproc-archive-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    worker = startWorker({ db: t.database.db, config: t.config, jobs: [archiveImportJob], schedules: [], pollMs: 20 });
    leader = await signedIn(t.app, 'vt.quangninh');
    const prosecutor = await signedIn(t.app, 'ksv.quangninh');
    caseA = (await prosecutor.post('/api/cases', caseInput())).body as CaseDetail;
    files = {
      'scans/qd-khoi-to.pdf': makePdf('Quyet dinh khoi to'),
      'scans/anh-hien-truong.png': await makePng(),
      'scans/chuong-trinh.pdf': makeExe(),
      'khac/khong-ke.jpg': await makeJpeg(),
    };
  });
  after(async () => {
    await worker.stop();
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const good = (): ManifestLine[] => [
    {
      file: 'scans/qd-khoi-to.pdf',
      case_code: caseA.code,
      document_type: 'Lệnh, quyết định, yêu cầu',
      title: 'Quyết định khởi tố vụ án',
      date: '05/03/2026',
      author_body: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
      folio_from: '1',
      folio_to: '2',
    },
    { file: 'scans/anh-hien-truong.png', case_code: caseA.code, document_type: 'photo', title: 'Ảnh hiện trường' },
  ];
  const bad = (): ManifestLine[] => [
    { file: 'scans/khong-co.pdf', case_code: caseA.code, document_type: 'decision', title: 'Tệp thiếu' },
    { file: 'scans/qd-khoi-to.pdf', case_code: '999/2026/QNI', document_type: 'decision', title: 'Vụ án không có' },
    { file: 'scans/qd-khoi-to.pdf', case_code: caseA.code, document_type: 'khong-co-loai-nay', title: 'Loại lạ' },
    { file: 'scans/chuong-trinh.pdf', case_code: caseA.code, document_type: 'decision', title: 'Tệp chương trình' },
    {
      file: 'scans/anh-hien-truong.png',
      case_code: caseA.code,
      document_type: 'interrogation_recording',
      title: 'Ảnh',
    },
    { file: 'scans/qd-khoi-to.pdf', case_code: caseA.code, document_type: 'decision', title: 'Bút lục', folio_to: '3' },
  ];
  const run = async (zip: Buffer, fields: Record<string, string>) => {
    const started = await uploadArchive(leader, zip, fields);
    assert.equal(started.status, 202, started.text);
    const view = await waitForArchive(leader, started.body.id);
    const rows = (await leader.get(`/api/case-file-archives/${view.id}/rows?limit=500`)).body.items as ArchiveRow[];
    return { view, rows };
  };
  const documents = async () => ((await leader.get(`/api/cases/${caseA.id}/files`)).body as CaseFileIndex).items;
  const fieldsOf = (rows: ArchiveRow[], row: number) => rows.find((r) => r.row === row)?.errors.map((e) => e.field);

  test('a dry run reports every row by its column and the unlisted files, and files nothing', async () => {
    const { view, rows } = await run(archiveZip([...good(), ...bad()], files), { mode: 'valid_rows', dryRun: 'true' });
    assert.equal(view.status, 'done');
    assert.deepEqual([view.total, view.matched, view.failed, view.documentsCreated], [8, 2, 6, 0]);
    assert.deepEqual(view.unlistedFiles, ['khac/khong-ke.jpg']);
    assert.deepEqual(
      rows.filter((r) => r.ok).map((r) => [r.row, r.caseCode, r.file]),
      [
        [2, caseA.code, 'scans/qd-khoi-to.pdf'],
        [3, caseA.code, 'scans/anh-hien-truong.png'],
      ],
    );
    assert.deepEqual(fieldsOf(rows, 4), ['file']);
    assert.deepEqual(fieldsOf(rows, 5), ['case_code']);
    assert.deepEqual(fieldsOf(rows, 6), ['document_type']);
    assert.deepEqual(fieldsOf(rows, 7), ['file']);
    assert.match(rows.find((r) => r.row === 7)?.errors[0]?.vi ?? '', /theo nội dung tệp: EXE/);
    assert.deepEqual(fieldsOf(rows, 8), ['document_type']);
    assert.deepEqual(fieldsOf(rows, 9), ['folio_from']);
    assert.equal((await documents()).length, 0);
    const failedOnly = (await leader.get(`/api/case-file-archives/${view.id}/rows?errorsOnly=true`)).body;
    assert.equal(failedOnly.total, 6);
    const report = await download(leader, `/api/case-file-archives/${view.id}/report?format=csv`);
    const csv = report.data.toString('utf8');
    assert.match(csv, /5,Lỗi,scans\/qd-khoi-to\.pdf,,,case_code: Không tìm thấy vụ án/);
    assert.match(csv, /,Không có trong manifest,khac\/khong-ke\.jpg,/);
    const stranger = await signedIn(t.app, 'ksv.travinh');
    assert.equal((await stranger.get(`/api/case-file-archives/${view.id}`)).status, 404);
  });

  test('all or nothing refuses an archive with a failed row and files nothing', async () => {
    const { view } = await run(archiveZip([...good(), ...bad()], files), { mode: 'all_or_nothing' });
    assert.equal(view.status, 'rejected');
    assert.equal((await documents()).length, 0);
  });

  test('matched rows become documents queued for OCR; the same archive again files nothing twice', async () => {
    const zip = archiveZip([...good(), ...bad()], files);
    const first = await run(zip, { mode: 'valid_rows' });
    assert.equal(first.view.status, 'done');
    assert.equal(first.view.documentsCreated, 2);
    const filed = await documents();
    assert.deepEqual(
      filed.map((d) => [d.title, d.type, d.documentDate, d.folioFrom, d.folioTo, d.digitisation.status]),
      [
        ['Quyết định khởi tố vụ án', 'decision', '2026-03-05', 1, 2, 'queued'],
        ['Ảnh hiện trường', 'photo', null, null, null, 'queued'],
      ],
    );
    assert.deepEqual(
      first.rows.filter((r) => r.ok).map((r) => r.documentId),
      filed.map((d) => d.id),
    );
    const queued = await t.database.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, 'case-files.digitise'), eq(jobs.status, 'queued')));
    assert.equal(queued.length, 2);

    const again = await run(zip, { mode: 'valid_rows' });
    assert.equal(again.view.documentsCreated, 0);
    assert.deepEqual(
      again.rows.filter((r) => r.ok).map((r) => [r.isDuplicate, r.documentId]),
      filed.map((d) => [true, d.id]),
    );
    assert.equal((await documents()).length, 2);
    const archive = await repo.findArchive(t.database.db, first.view.id);
    const [zipBlob] = await t.database.db
      .select()
      .from(caseFileBlobs)
      .where(eq(caseFileBlobs.sha256, archive?.archiveSha256 ?? ''));
    assert.equal(zipBlob?.size, zip.length, 'the received ZIP is in the integrity registry');
  });

  test('a file that is not a ZIP, or a ZIP without manifest.csv, is refused at once', async () => {
    const notZip = await uploadArchive(leader, makePdf());
    assert.equal(notZip.status, 400);
    assert.equal(notZip.body.fields[0].field, 'file');
    const noManifest = await upload(
      leader,
      '/api/case-file-archives',
      {},
      {
        name: 'x.zip',
        data: Buffer.from(zipSync({ 'scans/a.pdf': new Uint8Array(makePdf()) })),
      },
    );
    assert.equal(noManifest.status, 400);
    assert.match(noManifest.body.detail, /manifest\.csv/);
    const cut = await uploadArchive(leader, archiveZip(good(), files).subarray(0, 200));
    assert.equal(cut.status, 400);
    const prosecutor = await signedIn(t.app, 'ksv.quangninh');
    const refused = await uploadArchive(prosecutor, archiveZip(good(), files));
    assert.equal(refused.status, 403);
  });

  test('an import stopped after its first document resumes without filing any row twice', async () => {
    await worker.stop();
    const lines: ManifestLine[] = [1, 2, 3].map((n) => ({
      file: 'scans/qd-khoi-to.pdf',
      case_code: caseA.code,
      document_type: 'decision',
      title: `Biên bản số ${n}`,
    }));
    const started = await uploadArchive(leader, archiveZip(lines, files), { mode: 'valid_rows' });
    assert.equal(started.status, 202, started.text);
    const record = await repo.findArchive(t.database.db, started.body.id);
    const job = await findJob(t.database.db, record?.jobId as string);
    assert.ok(job);
    const controller = new AbortController();
    let armed = true;
    onAuditedWrite(() => {
      if (armed) controller.abort();
    });
    const context = { payload: { archiveId: started.body.id }, db: t.database.db, config: t.config, job };
    await assert.rejects(runArchiveImport({ ...context, signal: controller.signal }));
    armed = false;
    assert.equal((await documents()).length, 3);
    await runArchiveImport({ ...context, signal: new AbortController().signal });
    const view = await waitForArchive(leader, started.body.id);
    assert.equal(view.status, 'done');
    assert.equal(view.documentsCreated, 3);
    assert.equal(view.processed, 3);
    assert.deepEqual(
      (await documents()).slice(2).map((d) => d.title),
      ['Biên bản số 1', 'Biên bản số 2', 'Biên bản số 3'],
    );
  });
});

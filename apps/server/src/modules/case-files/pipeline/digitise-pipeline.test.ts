import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DocumentPages } from '@eprocuracy/domain';
import { type CaseDetail, type CaseDocumentDetail, type CaseFileIndex, characterErrorRate } from '@eprocuracy/domain';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { auditLog } from '../../../platform/audit.schema.ts';
import { blobKey } from '../../../platform/blobs/blob-store.ts';
import { claimJobs } from '../../../platform/jobs/jobs.repo.ts';
import { jobs } from '../../../platform/jobs/jobs.schema.ts';
import { signedIn, type TestClient } from '../../../test/client.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { caseInput } from '../../cases/case-test-fixtures.ts';
import { download, type UploadFile, upload } from '../case-file-test-client.ts';
import { caseDocumentPages, caseDocumentVersions } from '../case-files.schema.ts';
import { writeDocx } from '../digitise/test-scans/docx-file.ts';
import { renderTextPages } from '../digitise/test-scans/render-pages.ts';
import { writeScanPdf, writeTextPdf } from '../digitise/test-scans/scan-files.ts';
import { skipWithoutOcr, skipWithoutPoppler, skipWithoutQpdf } from '../digitise/test-scans/skips.ts';
import { SAMPLE_PARAGRAPHS } from '../digitise/test-scans/vietnamese-text.ts';
import { digitiseJob } from './digitise.job.ts';
import { forgetOcrTools } from './ocr-tools-state.ts';
import { digitiseUntil, quickDigitiseJob, versionRow } from './pipeline-test-kit.ts';

const skipScans = skipWithoutOcr || skipWithoutPoppler || skipWithoutQpdf;

describe('digitisation jobs', () => {
  let t: TestApp;
  let dataDir: string;
  let prosecutor: TestClient;
  let stranger: TestClient;
  let caseId: string;
  const pagesUrl = (documentId: string) => `/api/cases/${caseId}/files/${documentId}/pages`;
  const addDocument = async (file: UploadFile, fields: Record<string, string> = {}) => {
    const reply = await upload(
      prosecutor,
      `/api/cases/${caseId}/files`,
      { type: 'other', title: file.name, ...fields },
      file,
    );
    assert.equal(reply.status, 201, reply.text);
    return reply.body as CaseDocumentDetail;
  };
  const file = async (name: string, write: (outFile: string) => Promise<void>) => {
    const outFile = path.join(dataDir, name);
    await write(outFile);
    return { name, data: await readFile(outFile) };
  };

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'eproc-digitise-'));
    t = await createTestApp({ DATA_DIR: dataDir, BLOB_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') });
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    stranger = await signedIn(t.app, 'ksv.travinh');
    caseId = ((await prosecutor.post('/api/cases', caseInput())).body as CaseDetail).id;
  });
  after(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('a 3-page Vietnamese scan: OCR text per page, thumbnails, progress and a 3-page searchable PDF', {
    skip: skipScans,
  }, async () => {
    const scans = await renderTextPages({
      paragraphs: SAMPLE_PARAGRAPHS,
      layout: { height: 1000 },
      damage: { noise: 12, skewDegrees: 1.2, seed: 4 },
    });
    assert.equal(scans.length, 3);
    const pdf = await file('scan.pdf', (outFile) => writeScanPdf({ pages: scans.map((s) => s.png), outFile }));
    const document = await addDocument(pdf, { secrecy: 'secret' });
    assert.equal(document.digitisation.status, 'queued');
    const row = await digitiseUntil(t, document.id);
    assert.deepEqual(
      { status: row.digitisationStatus, pageCount: row.pageCount, pagesDone: row.pagesDone, source: row.textSource },
      { status: 'done', pageCount: 3, pagesDone: 3, source: 'ocr' },
    );

    const index = (await prosecutor.get(`/api/cases/${caseId}/files`)).body as CaseFileIndex;
    const listed = index.items.find((item) => item.id === document.id);
    assert.deepEqual(listed?.digitisation, {
      status: 'done',
      pageCount: 3,
      pagesDone: 3,
      error: null,
      hasSearchablePdf: true,
    });

    const reply = await prosecutor.get(pagesUrl(document.id));
    assert.equal(reply.status, 200, reply.text);
    const pages = reply.body as DocumentPages;
    assert.deepEqual(
      pages.pages.map((page) => [page.pageNo, page.status]),
      [
        [1, 'done'],
        [2, 'done'],
        [3, 'done'],
      ],
    );
    for (const [index, page] of pages.pages.entries()) {
      const cer = characterErrorRate(scans[index]?.text ?? '', page.text ?? '');
      assert.ok(cer < 0.05, `page ${page.pageNo}: CER ${cer}`);
      assert.ok((page.meanConfidence ?? 0) > 80, `page ${page.pageNo}: confidence ${page.meanConfidence}`);
      const thumbnail = await download(prosecutor, page.thumbnailUrl ?? '');
      assert.equal(thumbnail.status, 200);
      const meta = await sharp(thumbnail.data).metadata();
      assert.deepEqual([meta.format, meta.width], ['webp', 240]);
    }
    // The document is secret and its blobs are stored encrypted, thumbnails included.
    const [firstPage] = await t.database.db.select().from(caseDocumentPages).where(eq(caseDocumentPages.pageNo, 1));
    assert.equal(firstPage?.thumbnailEncrypted, true);

    const image = await download(prosecutor, pages.pages[1]?.imageUrl ?? '');
    assert.equal(image.status, 200);
    const imageMeta = await sharp(image.data).metadata();
    assert.deepEqual([imageMeta.format, imageMeta.width], ['png', 1240]);

    const searchable = await download(prosecutor, `/api/cases/${caseId}/files/${document.id}/searchable-pdf`);
    assert.equal(searchable.status, 200);
    const pdfFile = path.join(dataDir, 'searchable.pdf');
    await writeFile(pdfFile, searchable.data);
    assert.match(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }), /^Pages:\s+3$/m);
    const layer = execFileSync('pdftotext', ['-f', '2', '-l', '2', pdfFile, '-'], { encoding: 'utf8' });
    assert.ok(characterErrorRate(scans[1]?.text ?? '', layer) < 0.05, layer);

    const views = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case_file.document_viewed'), eq(auditLog.entityId, document.id)));
    assert.ok(views.length >= 5, 'pages, thumbnails and the page image of a secret document are audited');
    for (const url of [pagesUrl(document.id), pages.pages[0]?.thumbnailUrl ?? '', pages.pages[0]?.imageUrl ?? '']) {
      assert.equal((await download(stranger, url)).status, 404, url);
    }
  });

  test('a DOCX and a typed PDF get their text without OCR', { skip: skipWithoutPoppler }, async () => {
    const paragraphs = [SAMPLE_PARAGRAPHS.slice(0, 2), SAMPLE_PARAGRAPHS.slice(2)];
    const docx = await addDocument(await file('bien-ban.docx', (outFile) => writeDocx({ pages: paragraphs, outFile })));
    const typed = await addDocument(await file('typed.pdf', (outFile) => writeTextPdf({ pages: paragraphs, outFile })));
    for (const document of [docx, typed]) {
      const row = await digitiseUntil(t, document.id);
      assert.deepEqual([row.digitisationStatus, row.textSource, row.pagesDone], ['done', 'extracted', 2]);
      const pages = (await prosecutor.get(pagesUrl(document.id))).body as DocumentPages;
      for (const [index, page] of pages.pages.entries()) {
        assert.equal(page.meanConfidence, null);
        const cer = characterErrorRate(paragraphs[index]?.join(' ') ?? '', page.text ?? '');
        assert.ok(cer < 0.01, `${document.title} page ${page.pageNo}: CER ${cer}`);
      }
      if (document.id === docx.id) {
        assert.ok(pages.pages.every((page) => page.thumbnailUrl === null && page.imageUrl === null));
        assert.equal(pages.digitisation.hasSearchablePdf, false);
      } else {
        // A typed PDF is already searchable: it is its own searchable PDF.
        assert.equal(row.searchablePdfSha256, row.blobSha256);
        assert.ok(pages.pages.every((page) => page.thumbnailUrl !== null));
      }
    }
  });

  test('a damaged scan fails with the reason; a file that keeps failing is marked after its attempts', {
    skip: skipWithoutPoppler,
  }, async () => {
    const broken = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(4000, 0x41), Buffer.from('\n%%EOF\n')]);
    const damaged = await addDocument({ name: 'hong.pdf', data: broken });
    const failed = await digitiseUntil(t, damaged.id);
    assert.equal(failed.digitisationStatus, 'failed');
    assert.match(failed.digitisationError ?? '', /Không đọc được tệp PDF[\s\S]*\nCannot read the PDF file/);

    // A blob gone from the store is not the file's fault: retried with backoff, then marked failed.
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    const lost = await addDocument({ name: 'lost.jpg', data: jpeg });
    const version = await versionRow(t.database.db, lost.id);
    await rm(path.join(dataDir, 'blobs', blobKey({ sha256: version?.blobSha256 ?? '', encrypted: false })));
    const row = await digitiseUntil(t, lost.id, { job: quickDigitiseJob() });
    assert.equal(row.digitisationStatus, 'failed');
    assert.match(row.digitisationError ?? '', /missing from the blob store/);
    const [job] = await t.database.db.select().from(jobs).where(sql`${jobs.payload}->>'versionId' = ${version?.id}`);
    assert.deepEqual([job?.status, job?.attempts], ['failed', digitiseJob.maxAttempts]);
  });

  test('a scan whose worker died during its last attempt is marked failed, not left processing', async () => {
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    const scan = await addDocument({ name: 'mat-dien.jpg', data: jpeg });
    const version = await versionRow(t.database.db, scan.id);
    const ofVersion = sql`${jobs.payload}->>'versionId' = ${version?.id}`;
    // Four attempts used; a worker claims the fifth, starts the version and dies (its lease runs out).
    await t.database.db
      .update(jobs)
      .set({ attempts: digitiseJob.maxAttempts - 1 })
      .where(ofVersion);
    await claimJobs(t.database.db, 'dead-worker', 100, 1);
    await t.database.db
      .update(caseDocumentVersions)
      .set({ digitisationStatus: 'processing' })
      .where(eq(caseDocumentVersions.id, version?.id ?? ''));
    const row = await digitiseUntil(t, scan.id);
    assert.equal(row.digitisationStatus, 'failed');
    assert.match(
      row.digitisationError ?? '',
      /^Số hóa không hoàn thành sau 5 lần thử\. Lỗi lần cuối: lease expired: the worker dead-worker stopped during attempt 5\nDigitisation did not finish after 5 attempts/,
    );
    const [job] = await t.database.db.select().from(jobs).where(ofVersion);
    assert.deepEqual([job?.status, job?.attempts], ['failed', digitiseJob.maxAttempts]);
  });

  test('without tesseract a scan stays queued saying why, and is digitised once the tools are back', {
    skip: skipScans,
  }, async () => {
    const [scan] = await renderTextPages({ paragraphs: SAMPLE_PARAGRAPHS.slice(0, 1), layout: { height: 900 } });
    const document = await addDocument({ name: 'cho.png', data: scan?.png ?? Buffer.alloc(0) });
    const savedPath = process.env.PATH;
    const emptyBin = await mkdtemp(path.join(tmpdir(), 'eproc-no-tools-'));
    process.env.PATH = emptyBin;
    forgetOcrTools();
    try {
      await digitiseUntil(t, document.id, { isSettled: (row) => row.digitisationError !== null });
      const health = (await prosecutor.get('/api/health')).body;
      assert.equal(health.status, 'ok');
      assert.equal(health.ocr.canOcr, false);
    } finally {
      process.env.PATH = savedPath;
      forgetOcrTools();
      await rm(emptyBin, { recursive: true, force: true });
    }
    const waiting = await versionRow(t.database.db, document.id);
    assert.equal(waiting?.digitisationStatus, 'queued');
    assert.match(
      waiting?.digitisationError ?? '',
      /chưa cài gói tesseract-ocr[^\n]*\nOCR unavailable: tesseract-ocr is not installed/,
    );
    const chain = await t.database.db
      .select()
      .from(jobs)
      .where(sql`${jobs.payload}->>'versionId' = ${waiting?.id}`)
      .orderBy(jobs.createdAt);
    assert.deepEqual(
      chain.map((job) => [job.status, job.attempts]),
      [
        ['done', 1],
        ['queued', 0],
      ],
      'waiting used no attempt: the first job ended and a new one looks again later',
    );
    assert.ok((chain[1]?.runAt.getTime() ?? 0) > Date.now() + 60_000);
    assert.equal((await prosecutor.get('/api/health')).body.ocr.canOcr, true);

    await t.database.db
      .update(jobs)
      .set({ runAt: new Date() })
      .where(eq(jobs.id, chain[1]?.id ?? ''));
    const row = await digitiseUntil(t, document.id);
    assert.deepEqual([row.digitisationStatus, row.digitisationError, row.pagesDone], ['done', null, 1]);
  });
});

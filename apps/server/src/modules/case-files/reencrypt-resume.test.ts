import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CaseDetail, CaseDocumentDetail, CaseFileCheckView } from '@eprocuracy/domain';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { auditLog } from '../../platform/audit.schema.ts';
import { blobKey } from '../../platform/blobs/blob-store.ts';
import { openBlobStore } from '../../platform/blobs/open-blob-store.ts';
import { findJob } from '../../platform/jobs/jobs.repo.ts';
import { startWorker } from '../../platform/jobs/worker.ts';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { caseInput } from '../cases/case-test-fixtures.ts';
import { type UploadFile, upload } from './case-file-test-client.ts';
import * as files from './case-file-test-files.ts';
import { caseDocumentPages, caseDocumentVersions } from './case-files.schema.ts';
import { skipWithoutOcr, skipWithoutPoppler, skipWithoutQpdf } from './digitise/test-scans/skips.ts';
import { quickDigitiseJob, versionRow } from './pipeline/pipeline-test-kit.ts';
import { workFolderPath } from './pipeline/work-folder.ts';
import {
  fetchBytes,
  isRegistered,
  plainCopiesOf,
  queuedReencryptions,
  quickReencryptJob,
  runReencryptions,
} from './reencrypt-test-kit.ts';
import { reencryptVersion } from './reencrypt-version.ts';

const skipScans = skipWithoutOcr || skipWithoutPoppler || skipWithoutQpdf;

describe('re-encryption stopped half-way or racing the digitisation', () => {
  let t: TestApp;
  let dataDir: string;
  let prosecutor: TestClient;
  let caseId: string;
  const addDocument = async (file: UploadFile) => {
    const reply = await upload(prosecutor, `/api/cases/${caseId}/files`, { type: 'other', title: file.name }, file);
    assert.equal(reply.status, 201, reply.text);
    return reply.body as CaseDocumentDetail;
  };
  const raise = async (documentId: string) => {
    const reply = await prosecutor.patch(`/api/cases/${caseId}/files/${documentId}`, { secrecy: 'secret' });
    assert.equal(reply.status, 200, reply.text);
  };
  const isCaseFileSound = async () => {
    const check = (await prosecutor.post(`/api/cases/${caseId}/files/verify`)).body as CaseFileCheckView;
    assert.deepEqual(check.problems, []);
    return check.ok;
  };
  const reencryptedAudits = async (documentId: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case_file.reencrypted'), eq(auditLog.entityId, documentId)));

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'eproc-reencrypt-resume-'));
    t = await createTestApp({ DATA_DIR: dataDir, BLOB_ENCRYPTION_KEY: randomBytes(32).toString('base64') });
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    caseId = ((await prosecutor.post('/api/cases', caseInput())).body as CaseDetail).id;
  });
  after(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('a run killed between versions, mid-version or mid-delete is finished by the next run, once', async () => {
    const [first, second] = [files.makeOgg(), files.makeM4a()];
    const doc = await addDocument({ name: 'ghi-am-1.ogg', data: first });
    const v2 = await upload(
      prosecutor,
      `/api/cases/${caseId}/files/${doc.id}/versions`,
      {},
      { name: 'ghi-am-2.m4a', data: second },
    );
    assert.equal(v2.status, 201, v2.text);
    await raise(doc.id);

    // What a run killed at these points leaves: version 1 switched, its plain copy deleted from the store but
    // its row not yet; version 2's encrypted copy written but its rows not switched.
    const store = openBlobStore(t.config);
    const versions = await t.database.db
      .select()
      .from(caseDocumentVersions)
      .where(eq(caseDocumentVersions.documentId, doc.id))
      .orderBy(caseDocumentVersions.version);
    const [row1, row2] = versions;
    assert.ok(row1 && row2);
    const signal = new AbortController().signal;
    assert.equal(await reencryptVersion({ db: t.database.db, store, documentId: doc.id, version: row1, signal }), 1);
    await store.remove({ sha256: row1.blobSha256, encrypted: false });
    await store.put(Readable.from([second]), { encrypt: true });
    // A digitisation work folder left behind holds a decrypted original.
    const leftover = path.join(workFolderPath(dataDir, row2.id), 'original');
    await mkdir(path.dirname(leftover), { recursive: true });
    await writeFile(leftover, second);

    await runReencryptions(t, { times: 2 });
    for (const [version, data] of [
      [1, first],
      [2, second],
    ] as const) {
      assert.deepEqual(await plainCopiesOf(t, data), [], `version ${version}: no plain copy`);
      const url = `/api/cases/${caseId}/files/${doc.id}/original?version=${version}`;
      assert.deepEqual(await fetchBytes(prosecutor, url), data);
    }
    const rows = await t.database.db
      .select({ encrypted: caseDocumentVersions.blobEncrypted })
      .from(caseDocumentVersions)
      .where(eq(caseDocumentVersions.documentId, doc.id));
    assert.deepEqual(
      rows.map((row) => row.encrypted),
      [true, true],
    );
    assert.equal(await isRegistered(t, row1.blobSha256, false), false, 'the plain row left by the kill is gone');
    assert.equal(await isRegistered(t, row2.blobSha256, false), false);
    assert.equal((await reencryptedAudits(doc.id)).length, 2, 'one audit entry per version, however many runs');
    assert.equal(existsSync(leftover), false, 'the work folder left behind is removed');
    assert.equal(await isCaseFileSound(), true);
  });

  test('a plain copy that no longer matches its SHA-256 is kept as it is, said in the audit, never stored elsewhere', async () => {
    const data = files.makeWebm();
    const doc = await addDocument({ name: 'hoi-cung.webm', data });
    const file = path.join(dataDir, 'blobs', blobKey({ sha256: doc.original.sha256, encrypted: false }));
    const damaged = Buffer.from(data);
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] as number) ^ 0xff;
    await chmod(file, 0o640);
    await writeFile(file, damaged);
    await raise(doc.id);
    await runReencryptions(t);
    assert.equal((await versionRow(t.database.db, doc.id))?.blobEncrypted, false);
    assert.deepEqual(await readFile(file), damaged, 'left for the integrity check to report');
    const staged = await readdir(path.join(dataDir, 'blobs', '.staging')).catch(() => []);
    assert.deepEqual(staged, []);
    const [audit] = await reencryptedAudits(doc.id);
    assert.ok(audit);
    assert.deepEqual((audit.changes as { damagedLeftPlain: { after: string[] } }).damagedLeftPlain.after, [
      doc.original.sha256,
    ]);
    const check = (await prosecutor.post(`/api/cases/${caseId}/files/verify`)).body as CaseFileCheckView;
    assert.deepEqual(
      check.problems.map((problem) => [problem.documentId, problem.state]),
      [[doc.id, 'mismatch']],
    );
    await writeFile(file, data);
    assert.equal(await isCaseFileSound(), true, 'repaired from a backup');
  });

  test('a digitisation running at the raise writes plain outputs; the job comes back after it and encrypts them', {
    skip: skipScans,
  }, async () => {
    const scan = await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#eeeeee', noise: { type: 'gaussian', sigma: 25 } },
    })
      .png()
      .toBuffer();
    const doc = await addDocument({ name: 'to-khai.png', data: scan });
    await raise(doc.id);
    const [raised] = await queuedReencryptions(t);
    assert.ok(raised);
    // One worker runs both jobs side by side, as in production.
    const worker = startWorker({
      db: t.database.db,
      config: t.config,
      jobs: [quickDigitiseJob(), quickReencryptJob()],
      schedules: [],
      pollMs: 20,
    });
    try {
      for (let i = 0; i < 3000; i += 1) {
        const row = await versionRow(t.database.db, doc.id);
        if (row?.digitisationStatus === 'done' && (await findJob(t.database.db, raised.id))?.status === 'done') break;
        await sleep(50);
      }
    } finally {
      await worker.stop();
    }
    const digitised = await versionRow(t.database.db, doc.id);
    assert.equal(digitised?.digitisationStatus, 'done');
    assert.equal(digitised?.blobEncrypted, false, 'left alone while the digitisation ran');
    assert.equal(digitised?.searchablePdfEncrypted, false, 'the digitisation decided at its start: plain');
    const [later] = await queuedReencryptions(t);
    assert.ok(later);
    assert.equal((later.payload as { round: number }).round, 1, 'the job comes back for it');

    const base = `/api/cases/${caseId}/files/${doc.id}`;
    const pdf = await fetchBytes(prosecutor, `${base}/searchable-pdf`);
    const thumbnail = await fetchBytes(prosecutor, `${base}/pages/1/thumbnail`);
    await runReencryptions(t, { times: 2 });
    const row = await versionRow(t.database.db, doc.id);
    assert.deepEqual([row?.blobEncrypted, row?.searchablePdfEncrypted], [true, true]);
    const pages = await t.database.db
      .select({ encrypted: caseDocumentPages.thumbnailEncrypted })
      .from(caseDocumentPages)
      .where(eq(caseDocumentPages.versionId, row?.id ?? ''));
    assert.deepEqual(
      pages.map((page) => page.encrypted),
      [true],
    );
    for (const data of [scan, pdf, thumbnail]) assert.deepEqual(await plainCopiesOf(t, data), []);
    assert.deepEqual(await fetchBytes(prosecutor, `${base}/original`), scan);
    assert.deepEqual(await fetchBytes(prosecutor, `${base}/searchable-pdf`), pdf);
    assert.deepEqual(await fetchBytes(prosecutor, `${base}/pages/1/thumbnail`), thumbnail);
    assert.deepEqual(await queuedReencryptions(t), [], 'nothing left to come back for');
    assert.equal((await reencryptedAudits(doc.id)).length, 1);
    assert.equal(await isCaseFileSound(), true);
  });
});

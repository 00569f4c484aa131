import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { desc, eq } from 'drizzle-orm';
import { parseConfig } from '../../../config.ts';
import { auditLog } from '../../../platform/audit.schema.ts';
import { signedIn, TestClient } from '../../../test/client.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { upload } from '../../case-files/case-file-test-client.ts';
import { openSigning } from '../signing/open-signing.ts';
import { signPdf } from '../signing/sign-pdf.ts';
import { makeTestPdf, OFFICE } from '../signing/signing-test-fixtures.ts';

const URL = '/api/signatures/verify';
const pdfFile = (data: Buffer, name = 'quyet-dinh.pdf') => ({ name, data, type: 'application/pdf' });

describe('verifying the signatures of an uploaded PDF', () => {
  let t: TestApp;
  let dataDir: string;
  let officer: TestClient;
  let signed: Buffer;

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'eproc-signatures-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    officer = await signedIn(t.app, 'vanthu.hanoi');
    // The same DATA_DIR and database as the server: the same demo CA, which the server trusts.
    const signing = await openSigning({ config: t.config, dataDir, db: t.database.db });
    const signer = await signing.issueDemoSigner('ksv.test', 'personal', {
      commonName: 'Nguyễn Văn An',
      title: 'Kiểm sát viên',
      organisation: OFFICE,
    });
    signed = await signPdf({ pdf: await makeTestPdf(1), signer, placement: { kind: 'personal' } });
  });
  after(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('a PDF signed with the demo CA verifies, and the check is audited with its SHA-256', async () => {
    const reply = await upload(officer, URL, {}, pdfFile(signed));
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.isValid, true);
    assert.equal(reply.body.signatures.length, 1);
    const [signature] = reply.body.signatures;
    assert.equal(signature.signer.commonName, 'Nguyễn Văn An');
    assert.equal(signature.checks.chain.status, 'passed');
    assert.equal(signature.checks.integrity.status, 'passed');
    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'signature.verified'))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    assert.equal(row?.entityId, reply.body.sha256);
    assert.deepEqual(row?.changes, {
      verdict: { before: null, after: 'valid' },
      signatures: { before: null, after: 1 },
    });
  });

  test('a PDF changed after signing reports the integrity failure', async () => {
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('595.28'); // the page width: 595.28 becomes 595.29, still a readable PDF
    tampered[at + 5] = '9'.charCodeAt(0);
    const reply = await upload(officer, URL, {}, pdfFile(tampered));
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.isValid, false);
    assert.equal(reply.body.signatures[0].checks.integrity.status, 'failed');
  });

  test('an unsigned PDF gets a report with no signatures', async () => {
    const reply = await upload(officer, URL, {}, pdfFile(await makeTestPdf(1)));
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual(reply.body.signatures, []);
    assert.equal(reply.body.isValid, false);
  });

  test('a file that is not a PDF, or a damaged PDF, is refused naming the field', async () => {
    const notPdf = await upload(officer, URL, {}, pdfFile(Buffer.from('MZ this is not a pdf'), 'x.pdf'));
    assert.equal(notPdf.status, 400);
    assert.equal(notPdf.body.fields[0].field, 'file');
    assert.match(notPdf.body.fields[0].vi, /không phải PDF/);
    const damaged = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage\n%%EOF\n');
    const broken = await upload(officer, URL, {}, pdfFile(damaged));
    assert.equal(broken.status, 400, broken.text);
    assert.equal(broken.body.fields[0].field, 'file');
  });

  test('an anonymous request gets 401', async () => {
    const reply = await upload(new TestClient(t.app), URL, {}, pdfFile(signed));
    assert.equal(reply.status, 401, reply.text);
  });

  test('a bad signing setting stops the server at start, naming the variable', () => {
    assert.throws(() => parseConfig({ SIGNING_PROVIDER: 'remote' }), /SIGNING_REMOTE_URL: required/);
    assert.throws(
      () => parseConfig({ SIGNING_TRUSTED_ROOTS: '/nowhere/vgca.pem' }),
      /SIGNING_TRUSTED_ROOTS.*no such file/,
    );
    assert.throws(() => parseConfig({ SIGNING_P12_PASSWORD: 'short' }), /SIGNING_P12_PASSWORD/);
  });
});

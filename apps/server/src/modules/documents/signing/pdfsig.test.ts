import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { keyedSigner } from './pkcs12-signer.ts';
import { signPdf } from './sign-pdf.ts';
import { issueTestIdentities, makePdfkitPdf, makeTestPdf } from './signing-test-fixtures.ts';

/**
 * Independent verification with poppler's pdfsig (Debian poppler-utils), which checks with NSS. The demo root is
 * made trusted in a temporary NSS database (certutil, Debian libnss3-tools), so pdfsig must report both
 * "Signature is Valid." and "Certificate is Trusted." for every signature.
 */
const run = promisify(execFile);
const has = (tool: string) =>
  access(tool).then(
    () => true,
    () => false,
  );
const tools = (await has('/usr/bin/pdfsig')) && (await has('/usr/bin/certutil'));
if (!tools) console.log('# skipped: pdfsig (poppler-utils) or certutil (libnss3-tools) is not installed');

/** pdfsig's report, one entry per signature. */
const parsePdfsig = (output: string) =>
  output
    .split(/^Signature #\d+:$/m)
    .slice(1)
    .map((block) => ({
      commonName: /Signer Certificate Common Name: (.*)$/m.exec(block)?.[1],
      type: /Signature Type: (.*)$/m.exec(block)?.[1],
      validation: /Signature Validation: (.*)$/m.exec(block)?.[1],
      certificate: /Certificate Validation: (.*)$/m.exec(block)?.[1],
      wholeDocument: /^\s*- Total document signed$/m.test(block),
    }));

describe('independent verification with pdfsig', { skip: !tools }, () => {
  const work = mkdtemp(path.join(os.tmpdir(), 'eproc-pdfsig-'));
  after(async () => rm(await work, { recursive: true, force: true }));

  test('pdfsig reports both signatures valid and trusted, for PDFs of three makers', async () => {
    const dir = await work;
    const ids = issueTestIdentities();
    const nss = path.join(dir, 'nss');
    await run('mkdir', ['-p', nss]);
    await run('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']);
    await writeFile(path.join(dir, 'root.pem'), ids.authority.root.certificate.x509.toString());
    await run('certutil', [
      '-A',
      '-d',
      `sql:${nss}`,
      '-n',
      'eprocuracy-test-root',
      '-t',
      'CT,C,C',
      '-i',
      path.join(dir, 'root.pem'),
    ]);
    const sources = {
      'pdf-lib, cross-reference table': await makeTestPdf(3),
      'pdf-lib, object and cross-reference streams': await makeTestPdf(3, { useObjectStreams: true }),
      'pdfkit, Vietnamese text': await makePdfkitPdf(2),
    };
    for (const [name, pdf] of Object.entries(sources)) {
      const personal = await signPdf({ pdf, signer: keyedSigner(ids.officer), placement: { kind: 'personal' } });
      const both = await signPdf({
        pdf: personal,
        signer: keyedSigner(ids.office),
        placement: { kind: 'organisational' },
      });
      const file = path.join(dir, 'signed.pdf');
      await writeFile(file, both);
      const { stdout } = await run('pdfsig', ['-nssdir', `sql:${nss}`, file]);
      assert.deepEqual(
        parsePdfsig(stdout).map((s) => [s.commonName, s.type, s.validation, s.certificate, s.wholeDocument]),
        [
          ['Nguyễn Văn An', 'ETSI.CAdES.detached', 'Signature is Valid.', 'Certificate is Trusted.', false],
          [
            'Viện kiểm sát nhân dân tỉnh Quảng Ninh',
            'ETSI.CAdES.detached',
            'Signature is Valid.',
            'Certificate is Trusted.',
            true,
          ],
        ],
        `${name}:\n${stdout}`,
      );
    }
  });
});

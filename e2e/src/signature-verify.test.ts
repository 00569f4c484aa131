import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { fromPkcs12 } from '../../apps/server/src/modules/documents/signing/pkcs12.ts';
import { keyedSigner } from '../../apps/server/src/modules/documents/signing/pkcs12-signer.ts';
import { signPdf } from '../../apps/server/src/modules/documents/signing/sign-pdf.ts';
import type { Signer } from '../../apps/server/src/modules/documents/signing/signer.ts';
import {
  issueOfficer,
  issueTestIdentities,
  makeTestPdf,
} from '../../apps/server/src/modules/documents/signing/signing-test-fixtures.ts';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import { E2E_SIGNING_P12_PASSWORD, type TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

const openPage = async (page: Page) => {
  await signInToHome(page, server.url, 'vanthu.hanoi');
  await page.getByRole('menuitem', { name: 'Kiểm tra chữ ký số' }).click();
  await page.getByRole('heading', { name: 'Kiểm tra chữ ký số' }).waitFor();
};

/** Uploads a PDF and waits for the new verdict; returns it (valid, invalid or unsigned). */
const verify = async (page: Page, name: string, buffer: Buffer) => {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/pdf', buffer });
  const verdict = page.getByTestId('signature-verdict');
  await page.getByText(name, { exact: true }).waitFor();
  return verdict.getAttribute('data-verdict');
};

const statusOf = (page: Page, check: string) =>
  page.getByTestId('signature-0').getByTestId(`check-${check}`).locator('[data-status]').getAttribute('data-status');

/** An officer certificate from the server's own demo CA, read from its DATA_DIR (created on first use). */
const serverCaSigner = async (): Promise<Signer> => {
  const issuing = fromPkcs12(
    await readFile(path.join(server.dataDir, 'signing', 'ca', 'issuing.p12')),
    E2E_SIGNING_P12_PASSWORD,
  );
  return keyedSigner(issueOfficer({ issuer: issuing }));
};

test('an officer verifies an unsigned, a valid, a foreign-CA and a tampered PDF and downloads the JSON report', () =>
  withPage(browser, 'signature-verify', async (page) => {
    await openPage(page);
    await screenshot(page, 'signature-verify-empty');

    assert.equal(await verify(page, 'cong-van-chua-ky.pdf', await makeTestPdf(1)), 'unsigned');
    await page.getByText('Tệp không có chữ ký số').waitFor();

    // The first verification opened the server's demo CA; sign with a certificate it issues.
    const signed = await signPdf({
      pdf: await makeTestPdf(1),
      signer: await serverCaSigner(),
      placement: { kind: 'personal' },
      reason: 'Phê duyệt',
    });
    assert.equal(await verify(page, 'quyet-dinh-da-ky.pdf', signed), 'valid');
    await page.getByText('Tất cả chữ ký số trong tệp đều hợp lệ').waitFor();
    await page.getByTestId('signature-0').getByText('Trần Thị Bình').first().waitFor();
    for (const check of ['integrity', 'signature', 'chain', 'validity', 'modification'])
      assert.equal(await statusOf(page, check), 'passed', check);
    assert.equal(await statusOf(page, 'revocation'), 'unknown', 'no CRL is configured');
    await screenshot(page, 'signature-verify-valid');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải báo cáo (JSON)' }).click(),
    ]);
    const report = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
    assert.equal(report.isValid, true);
    assert.equal(report.signatures[0].signer.commonName, 'Trần Thị Bình');

    const foreign = await signPdf({
      pdf: await makeTestPdf(1),
      signer: keyedSigner(issueTestIdentities().officer),
      placement: { kind: 'personal' },
    });
    assert.equal(await verify(page, 'ca-khong-tin-cay.pdf', foreign), 'invalid');
    assert.equal(await statusOf(page, 'chain'), 'failed', 'not issued under the server trusted root');
    assert.equal(await statusOf(page, 'integrity'), 'passed');
    await screenshot(page, 'signature-verify-untrusted');

    const tampered = Buffer.from(signed);
    tampered[tampered.indexOf('595.28') + 5] = '9'.charCodeAt(0); // the page width, still a readable PDF
    assert.equal(await verify(page, 'bi-sua-sau-khi-ky.pdf', tampered), 'invalid');
    assert.equal(await statusOf(page, 'integrity'), 'failed');
    await screenshot(page, 'signature-verify-tampered');

    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'anh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('GIF89a not a pdf') });
    await page
      .getByTestId('signature-error')
      .getByText(/không phải PDF/)
      .waitFor();
  }));

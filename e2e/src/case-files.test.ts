import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { fieldError, searchAndPick } from './antd.ts';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

const STATEMENT = 'Biên bản ghi lời khai người làm chứng (kiểm thử hồ sơ)';
const STATEMENT_EDITED = 'Biên bản ghi lời khai người làm chứng Trần Thị Mai (kiểm thử hồ sơ)';
const EXPERT = 'Kết luận giám định số 112/KL-KTHS (kiểm thử hồ sơ)';

/** A one-page PDF written by hand with a correct cross-reference table, and `padding` bytes of comment. */
const makePdf = (text: string, padding = 0): Buffer => {
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = `%PDF-1.4\n${padding > 0 ? `%${'x'.repeat(padding)}\n` : ''}`;
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
};

/** A Windows executable's first bytes ("MZ" … "PE"), to be renamed .pdf. */
const makeExe = (): Buffer => {
  const exe = Buffer.alloc(512);
  exe.write('MZ', 0, 'latin1');
  exe.writeUInt32LE(0x80, 0x3c);
  exe.write('PE\0\0', 0x80, 'latin1');
  return exe;
};

type CaseSummary = { id: string; code: string; title: string; secrecy: string };

/** A demo case assigned to the signed-in prosecutor, unclassified and not merged into another: one they work on. */
const findOwnDemoCase = async (page: Page): Promise<CaseSummary> => {
  const list = await page.request.get(`${server.url}/api/cases?mine=true&limit=50`);
  assert.ok(list.ok(), await list.text());
  for (const item of ((await list.json()) as { items: CaseSummary[] }).items) {
    if (item.secrecy !== 'normal') continue;
    const detail = (await (await page.request.get(`${server.url}/api/cases/${item.id}`)).json()) as {
      mergedInto: unknown;
    };
    if (!detail.mergedInto) return item;
  }
  throw new Error('the demo has no open case assigned to ksv.quangninh');
};

const fileTable = (page: Page) => page.getByTestId('case-file-table');
const documentRow = (page: Page, title: string) => fileTable(page).locator('tr.ant-table-row', { hasText: title });
const rowTitles = async (page: Page) =>
  fileTable(page).locator('tr.ant-table-row td:nth-child(3) button').allTextContents();

/** Waits until no dialog or drawer is still animating in, nor a list fading back in after loading. */
const shown = (page: Page) =>
  page.waitForFunction(
    () =>
      document.querySelector('[class*="-appear"], [class*="-enter"]') === null &&
      [...document.querySelectorAll('.ant-spin-container')].every((el) => getComputedStyle(el).opacity === '1'),
  );

const typeDate = async (scope: Locator, label: string, value: string) => {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
};

/** Fills the upload form: the description, then the file, as an officer does. */
const fillUpload = async (
  page: Page,
  fields: { type: [string, string]; title: string; date?: string; author?: string; folios?: [number, number] },
  file: { name: string; buffer: Buffer },
) => {
  await page.getByRole('button', { name: 'Tải tài liệu lên' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tải tài liệu vào hồ sơ' });
  await searchAndPick(page, dialog, 'Loại tài liệu', fields.type[0], fields.type[1]);
  await dialog.getByLabel('Tên tài liệu', { exact: true }).fill(fields.title);
  if (fields.date) await typeDate(dialog, 'Ngày của tài liệu', fields.date);
  if (fields.author) await dialog.getByLabel('Cơ quan, người lập', { exact: true }).fill(fields.author);
  if (fields.folios) {
    await dialog.getByLabel('Bút lục từ số', { exact: true }).fill(String(fields.folios[0]));
    await dialog.getByLabel('Bút lục đến số', { exact: true }).fill(String(fields.folios[1]));
  }
  await dialog.locator('input[type=file]').setInputFiles({ ...file, mimeType: 'application/pdf' });
  await dialog.getByText(file.name).waitFor();
  return dialog;
};

test('a prosecutor files documents in a demo case, corrects, reorders, downloads, and a renamed .exe is refused', () =>
  withPage(browser, 'case-files', async (page, context) => {
    await signInToHome(page, server.url, 'ksv.quangninh');
    const demo = await findOwnDemoCase(page);
    await page.goto(`${server.url}/cases/${demo.id}`);
    await page.getByRole('tab', { name: 'Hồ sơ' }).click();
    await page.getByTestId('case-files-tab').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('tab'), 'files', 'the tab is in the address');
    const before = (await rowTitles(page)).length;

    const statementPdf = makePdf('Bien ban ghi loi khai');
    const statement = await fillUpload(
      page,
      {
        type: ['ghi loi khai', 'Biên bản ghi lời khai'],
        title: STATEMENT,
        date: '12/03/2026',
        author: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
        folios: [15, 18],
      },
      { name: 'loi-khai-nguoi-lam-chung.pdf', buffer: statementPdf },
    );
    await shown(page);
    await screenshot(page, 'case-files-upload-form-vi');
    await statement.getByRole('button', { name: 'Tải lên' }).click();
    await statement.waitFor({ state: 'hidden' });
    const row = documentRow(page, STATEMENT);
    await row.waitFor();
    await row.getByText('Biên bản ghi lời khai', { exact: true }).waitFor();
    await row.getByText('15–18').waitFor();
    await row.getByText('12/03/2026').waitFor();
    await row.getByTestId('digitisation-status').waitFor();

    // A typo in the title is corrected; only the title is sent.
    await row.getByRole('button', { name: 'Sửa thông tin' }).click();
    const edit = page.getByRole('dialog', { name: /^Sửa thông tin tài liệu/ });
    await edit.getByLabel('Tên tài liệu', { exact: true }).fill(STATEMENT_EDITED);
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await edit.waitFor({ state: 'hidden' });
    await documentRow(page, STATEMENT_EDITED).waitFor();

    // A larger scan, sent over a slowed link, shows its upload progress.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 1_000_000,
    });
    const expert = await fillUpload(
      page,
      { type: ['giam dinh', 'Kết luận giám định'], title: EXPERT },
      { name: 'ket-luan-giam-dinh.pdf', buffer: makePdf('Ket luan giam dinh', 3_000_000) },
    );
    await expert.getByRole('button', { name: 'Tải lên' }).click();
    await expert.getByTestId('upload-progress').waitFor();
    await screenshot(page, 'case-files-upload-progress-vi');
    await expert.waitFor({ state: 'hidden', timeout: 60_000 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await documentRow(page, EXPERT).waitFor();
    assert.deepEqual((await rowTitles(page)).slice(before), [STATEMENT_EDITED, EXPERT]);

    // The expert conclusion is moved above the statement.
    await documentRow(page, EXPERT).getByRole('button', { name: 'Chuyển lên' }).click();
    await page.getByText('Đã sắp xếp lại bảng kê').waitFor();
    assert.deepEqual((await rowTitles(page)).slice(before), [EXPERT, STATEMENT_EDITED]);
    const index = (await (await page.request.get(`${server.url}/api/cases/${demo.id}/files`)).json()) as {
      items: { title: string; position: number }[];
    };
    const positionOf = (title: string) => index.items.find((item) => item.title === title)?.position ?? 0;
    assert.equal(positionOf(EXPERT) + 1, positionOf(STATEMENT_EDITED), 'the server keeps the new order');
    await screenshot(page, 'case-files-index-vi');

    // The original comes back byte for byte, under the name it was uploaded with.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      documentRow(page, STATEMENT_EDITED).getByRole('link', { name: 'Tải bản gốc' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'loi-khai-nguoi-lam-chung.pdf');
    assert.deepEqual(await readFile(await download.path()), statementPdf);

    // An executable renamed .pdf is refused by its content; the error names the file field.
    const exe = await fillUpload(
      page,
      { type: ['khac', 'Tài liệu khác'], title: 'Báo cáo (tệp giả mạo)' },
      { name: 'bao-cao.pdf', buffer: makeExe() },
    );
    await exe.getByRole('button', { name: 'Tải lên' }).click();
    const error = fieldError(exe, 'Tệp');
    await error.waitFor();
    assert.match((await error.textContent()) ?? '', /Loại tệp không được nhận \(theo nội dung tệp: EXE\)/);
    await screenshot(page, 'case-files-refused-exe-vi');
    await exe.getByRole('button', { name: 'Hủy' }).click();
    await exe.waitFor({ state: 'hidden' });
    assert.equal(await documentRow(page, 'Báo cáo (tệp giả mạo)').count(), 0, 'nothing was filed');

    await page.getByRole('button', { name: 'Kiểm tra toàn vẹn' }).click();
    const verified = page.getByTestId('verify-result');
    await verified.getByText(/Hồ sơ toàn vẹn: \d+ tệp đã kiểm tra đều khớp mã SHA-256/).waitFor();
    await shown(page);
    await screenshot(page, 'case-files-verified-vi');
    const result = page.getByRole('dialog', { name: 'Kết quả kiểm tra toàn vẹn hồ sơ' });
    await result.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
    await result.waitFor({ state: 'hidden' });

    // A signed copy becomes version 2; version 1 is kept, and the title opens the document with both.
    await documentRow(page, STATEMENT_EDITED).getByRole('button', { name: 'Tải phiên bản mới' }).click();
    const version = page.getByRole('dialog', { name: /^Phiên bản mới/ });
    await version.getByLabel('Lý do có phiên bản mới', { exact: true }).fill('Bản có chữ ký của người làm chứng');
    await version.locator('input[type=file]').setInputFiles({
      name: 'loi-khai-co-chu-ky.pdf',
      mimeType: 'application/pdf',
      buffer: makePdf('Ban co chu ky'),
    });
    await version.getByRole('button', { name: 'Tải lên' }).click();
    await version.waitFor({ state: 'hidden' });
    await documentRow(page, STATEMENT_EDITED)
      .getByTestId('document-file')
      .filter({ hasText: /^loi-khai-co-chu-ky\.pdf · \d+ B · bản 2$/ })
      .waitFor();
    await documentRow(page, STATEMENT_EDITED).getByRole('button', { name: STATEMENT_EDITED }).click();
    const versions = page.getByTestId('document-drawer').locator('tr.ant-table-row');
    await versions.filter({ hasText: 'Bản có chữ ký của người làm chứng' }).getByText('hiện hành').waitFor();
    await versions.filter({ hasText: 'loi-khai-nguoi-lam-chung.pdf' }).waitFor();
    assert.equal(await versions.count(), 2);
    await shown(page);
    await screenshot(page, 'case-files-document-vi');

    // An officer of another province does not learn the case exists.
    await withPage(browser, 'case-files-stranger', async (stranger) => {
      await signInToHome(stranger, server.url, 'ksv.travinh');
      await stranger.goto(`${server.url}/cases/${demo.id}?tab=files`);
      await stranger.locator('.ant-result-404').waitFor();
      assert.equal(await stranger.getByTestId('case-files-tab').count(), 0);
      assert.equal((await stranger.request.get(`${server.url}/api/cases/${demo.id}/files`)).status(), 404);
      await screenshot(stranger, 'case-files-stranger-vi');
    });

    // The same index in English.
    await context.addCookies([{ name: 'lang', value: 'en', url: server.url }]);
    await page.reload();
    await fileTable(page).getByRole('columnheader', { name: 'Digitisation' }).waitFor();
    await documentRow(page, STATEMENT_EDITED).getByText('Record of a statement', { exact: true }).waitFor();
    await shown(page);
    await screenshot(page, 'case-files-index-en');
  }));

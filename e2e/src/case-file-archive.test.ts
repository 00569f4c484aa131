import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

/** A one-page PDF with a typed line: enough for the server to recognise and accept it. */
const tinyPdf = () => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 40 >>\nstream\nBT /F1 12 Tf 20 50 Td (Quyet dinh) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
};

test('a leader imports a ZIP of scans with its manifest: the report shows the matched and the failed row', () =>
  withPage(browser, 'case-file-archive', async (page) => {
    await signInToHome(page, server.url, 'vt.quangninh');
    const list = await page.request.get(`${server.url}/api/cases?limit=50`);
    const items = ((await list.json()) as { items: { id: string; code: string }[] }).items;
    const target = items.find((item) => item.code.endsWith('/QNI'));
    assert.ok(target, 'the demo has a case of the leader’s office');
    const manifest = [
      'file,case_code,document_type,title,date,folio_from,folio_to',
      `scans/qd.pdf,${target.code},decision,Quyết định phân công Kiểm sát viên,05/03/2026,1,2`,
      'scans/qd.pdf,99999/2026/QNI,decision,Vụ án không tồn tại,,,',
    ].join('\r\n');
    const zip = zipSync({ 'manifest.csv': strToU8(manifest), 'scans/qd.pdf': new Uint8Array(tinyPdf()) });

    await page.getByRole('menuitem', { name: 'Nhập kho hồ sơ số hóa' }).click();
    await page.getByRole('heading', { name: 'Nhập kho hồ sơ số hóa' }).waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'kho-ho-so.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zip),
    });
    await page.getByText('kho-ho-so.zip').waitFor();
    await page.getByLabel('Nhập các dòng hợp lệ, bỏ qua dòng lỗi').check();
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();

    const results = page.getByTestId('archive-results');
    await results.getByText('Hoàn thành', { exact: true }).waitFor({ timeout: 60_000 });
    await results.getByText('Tổng 2 dòng: 1 khớp, 1 lỗi; 1 tài liệu mới được đưa vào hồ sơ').waitFor();
    const rows = page.getByTestId('archive-rows');
    await rows.getByText('Không tìm thấy vụ án (hoặc bạn không được xem)').waitFor();
    assert.match((await rows.textContent()) ?? '', /case_code/);
    await screenshot(page, 'case-file-archive-vi');

    await page.getByRole('switch', { name: 'Chỉ hiện dòng lỗi' }).click();
    await rows.locator('tr.ant-table-row').first().getByText('Lỗi', { exact: true }).waitFor();
    assert.equal(await rows.locator('tr.ant-table-row').count(), 1);
    await page.getByRole('switch', { name: 'Chỉ hiện dòng lỗi' }).click();

    const index = await page.request.get(`${server.url}/api/cases/${target.id}/files/index.pdf`);
    assert.equal(index.status(), 200);
    await rows.getByRole('link', { name: target.code }).click();
    await page.waitForURL(`**/cases/${target.id}`);
  }));

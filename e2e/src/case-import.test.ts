import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

/** `days` days before today, written as a Vietnamese register writes dates (dd/mm/yyyy). */
const daysAgo = (days: number) => {
  const d = new Date(Date.now() + 7 * 3_600_000 - days * 86_400_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
};

const HEADER =
  'Mã vụ án nguồn,Mã đơn vị,Tên vụ án,Số quyết định khởi tố,Ngày khởi tố,Cơ quan điều tra,Giai đoạn,Ngày chuyển giai đoạn,Mã bị can nguồn,Họ tên bị can,Ngày sinh,Giới tính,Điều,Khoản,Biện pháp ngăn chặn,Ngày bắt đầu biện pháp,Kiểm sát viên';
const body = [
  `E2E-01,QNI,Vụ trộm cắp nhập từ hệ thống cũ,01/QĐ-CSĐT,${daysAgo(40)},Cơ quan CSĐT Công an tỉnh Quảng Ninh,Điều tra,,E2E-01-A,Đỗ Văn Nhập,02/03/1991,Nam,173,1,Tạm giam,${daysAgo(30)},ksv.quangninh`,
  `E2E-01,QNI,Vụ trộm cắp nhập từ hệ thống cũ,01/QĐ-CSĐT,${daysAgo(40)},Cơ quan CSĐT Công an tỉnh Quảng Ninh,Điều tra,,E2E-01-A,Đỗ Văn Nhập,02/03/1991,Nam,174,1,,,ksv.quangninh`,
  `E2E-02,QNI,Vụ lừa đảo nhập từ hệ thống cũ,02/QĐ-CSĐT,${daysAgo(90)},Cơ quan CSĐT Công an tỉnh Quảng Ninh,Truy tố,${daysAgo(10)},E2E-02-A,Vũ Thị Cũ,04/05/1988,Nữ,174,2,,,ksv.quangninh`,
  `E2E-03,QNI,Vụ có điều luật sai,03/QĐ-CSĐT,${daysAgo(20)},Cơ quan CSĐT Công an tỉnh Quảng Ninh,Điều tra,,E2E-03-A,Ngô Văn Sai,01/01/1990,Nam,999,1,,,ksv.quangninh`,
];
const CSV = `\uFEFF${[HEADER, ...body].join('\r\n')}\r\n`;

test('a leader imports a legacy register: the invalid row blocks all-or-nothing, valid cases go in, links open them', () =>
  withPage(browser, 'case-import', async (page) => {
    await signInToHome(page, server.url, 'vt.quangninh');
    await page.getByRole('menuitem', { name: 'Nhập vụ án từ hệ thống cũ' }).click();
    await page.getByRole('heading', { name: 'Nhập vụ án từ hệ thống cũ' }).waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'so-thu-ly-cu.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    await page.getByText('so-thu-ly-cu.csv').waitFor();

    // All or nothing (the default): one invalid row, nothing is imported, the row says why.
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
    const results = page.getByTestId('case-import-results');
    await results.getByText('Không nhập do có dòng lỗi').waitFor({ timeout: 60_000 });
    const rows = page.getByTestId('case-import-rows');
    await rows.getByText(/Điều 999/).waitFor();
    assert.match((await rows.textContent()) ?? '', /article/);

    await page.getByLabel('Nhập các vụ án hợp lệ, bỏ qua vụ án có dòng lỗi').check();
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
    await results.getByText('Hoàn thành', { exact: true }).waitFor({ timeout: 60_000 });
    await results.getByText('Tổng 4 dòng: 3 hợp lệ, 1 lỗi; 2 vụ án mới, 0 vụ án cập nhật').waitFor();
    await results.getByText('4/4 dòng').waitFor();
    await screenshot(page, 'case-import-vi');

    await page.getByRole('switch', { name: 'Chỉ hiện dòng lỗi' }).click();
    await rows.locator('tr.ant-table-row').first().getByText('E2E-03', { exact: true }).waitFor();
    assert.equal(await rows.locator('tr.ant-table-row').count(), 1);
    await page.getByRole('switch', { name: 'Chỉ hiện dòng lỗi' }).click();

    const link = rows.locator('tr.ant-table-row', { hasText: 'E2E-02' }).getByRole('link');
    await link.click();
    await page.getByText('Vụ lừa đảo nhập từ hệ thống cũ').first().waitFor();
    await page.getByText('Truy tố').first().waitFor();
  }));

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

const CSV = [
  'username,full_name,office_code,position,roles,clearance,email,phone,password',
  'le.nhap.mot,Lê Nhập Một,QNI,prosecutor,prosecutor,normal,,,',
  'Sai Ten!,Lê Nhập Hai,QNI,prosecutor,prosecutor,normal,,,',
].join('\r\n');

test('bulk import uploads a CSV and shows per-row results with a temporary password', () =>
  withPage(browser, 'import', async (page) => {
    await signInToHome(page, server.url, 'admin');
    await page.getByRole('menuitem', { name: 'Nhập dữ liệu hàng loạt' }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'officers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    await page.getByText('officers.csv').waitFor();

    // Dry run, all or nothing: the bad row is reported and nothing is written.
    await page.getByRole('button', { name: 'Tải lên và xử lý' }).click();
    const results = page.getByTestId('import-results');
    await results.getByText('Lỗi', { exact: true }).first().waitFor();
    assert.match((await results.textContent()) ?? '', /username/);

    await page.getByLabel('Nhập các dòng hợp lệ, bỏ qua dòng lỗi').check();
    await page.getByLabel('Chạy thử (chỉ kiểm tra, không ghi dữ liệu)').uncheck();
    await page.getByRole('button', { name: 'Tải lên và xử lý' }).click();
    await results.getByText('Tổng 2 dòng: 1 thành công, 1 lỗi').waitFor();
    await results.getByText('Mật khẩu tạm', { exact: true }).waitFor();
    await screenshot(page, 'import-vi');

    await page.getByRole('menuitem', { name: 'Danh bạ cán bộ' }).click();
    await page.getByPlaceholder('Tìm theo họ tên').fill('Lê Nhập');
    await page.getByPlaceholder('Tìm theo họ tên').press('Enter');
    await page.getByTestId('officers-table').getByText('Lê Nhập Một').waitFor();
    assert.equal(await page.getByTestId('officers-table').getByText('Lê Nhập Hai').count(), 0);
  }));

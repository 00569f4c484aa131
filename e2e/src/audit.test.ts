import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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

test('the audit browser shows sign-in events, exports CSV and verifies the chain', () =>
  withPage(browser, 'audit', async (page) => {
    await signInToHome(page, server.url, 'admin');
    await page.getByRole('menuitem', { name: 'Nhật ký hệ thống' }).click();
    await page.getByLabel('Hành động', { exact: true }).fill('auth.login');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const table = page.getByTestId('audit-table');
    const row = table.locator('tr.ant-table-row', { hasText: 'Nguyễn Thanh Hùng' }).first();
    await row.waitFor();
    const actions = await table.locator('tr.ant-table-row td:nth-child(4)').allTextContents();
    assert.ok(actions.length > 0);
    assert.deepEqual([...new Set(actions)], ['auth.login']);
    await row.getByRole('button').first().click();
    await table.getByText('Mã băm').first().waitFor();
    await screenshot(page, 'audit-vi');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Xuất CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.match(csv, /auth\.login/);
    assert.doesNotMatch(csv, /auth\.logout/);

    await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
    await page
      .getByTestId('verify-result')
      .getByText(/Chuỗi nhật ký toàn vẹn/)
      .waitFor();
  }));

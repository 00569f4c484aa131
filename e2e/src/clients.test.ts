import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { fieldError } from './antd.ts';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

test('admin registers an SSO client, sees the secret once, and revokes it', () =>
  withPage(browser, 'clients', async (page) => {
    await signInToHome(page, server.url, 'admin');
    await page.getByRole('menuitem', { name: 'Ứng dụng kết nối (SSO)' }).click();
    await page.getByRole('button', { name: 'Đăng ký ứng dụng' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đăng ký ứng dụng' });
    await dialog.getByLabel('Tên ứng dụng', { exact: true }).fill('Cổng dịch vụ công thử nghiệm');
    await dialog.getByLabel('Địa chỉ chuyển hướng sau đăng nhập', { exact: true }).fill('ftp://bad');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await fieldError(dialog, 'Địa chỉ chuyển hướng sau đăng nhập').waitFor();

    await dialog
      .getByLabel('Địa chỉ chuyển hướng sau đăng nhập', { exact: true })
      .fill('https://dvc.example.gov.vn/callback');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const secret = page.getByTestId('client-secret');
    await secret.waitFor();
    assert.ok(((await secret.textContent()) ?? '').length >= 20);
    await screenshot(page, 'client-secret-vi');
    await page.getByRole('button', { name: 'Tôi đã lưu các mã' }).click();

    const row = page.getByTestId('clients-table').locator('tr', { hasText: 'Cổng dịch vụ công thử nghiệm' });
    await row.getByText('Đang hoạt động').waitFor();
    await row.getByRole('button', { name: 'Thu hồi' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Có' }).click();
    await row.getByText('Đã thu hồi').waitFor();
    await screenshot(page, 'clients-vi');
  }));

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { screenshot, signIn, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';
import { totpAt, totpCounter, waitForNextStep } from './totp.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

test('an officer turns on TOTP in the profile and signs in again with a code', () =>
  withPage(browser, 'totp', async (page) => {
    await signInToHome(page, server.url, 'ksv.travinh');
    await page.getByRole('menuitem', { name: 'Hồ sơ cá nhân' }).click();
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
    assert.match(secret, /^[A-Z2-7]+=*$/);
    await page.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' }).waitFor();
    await screenshot(page, 'profile-totp-setup-vi');
    const enrolStep = totpCounter();
    await page.locator('#totp-confirm-code').fill(totpAt(secret, enrolStep));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    const codes = page.getByTestId('recovery-codes').locator('li');
    await codes.first().waitFor();
    assert.equal(await codes.count(), 10);
    await screenshot(page, 'profile-recovery-codes-vi');
    await page.getByRole('button', { name: 'Tôi đã lưu các mã' }).click();
    await page.getByText('Xác thực hai lớp đang bật cho tài khoản của bạn.').waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.locator('#login-username').waitFor();

    await signIn(page, server.url, 'ksv.travinh');
    await page.locator('#totp-code').waitFor();
    await screenshot(page, 'login-totp-vi');
    await page.locator('#totp-code').fill('000000');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page
      .locator('.ant-message')
      .getByText(/không đúng|sai/i)
      .first()
      .waitFor();
    await waitForNextStep(enrolStep);
    await page.locator('#totp-code').fill(totpAt(secret, totpCounter()));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByTestId('header-office').waitFor();
    assert.equal(await page.getByTestId('header-office').textContent(), 'Viện kiểm sát nhân dân tỉnh Trà Vinh');
  }));

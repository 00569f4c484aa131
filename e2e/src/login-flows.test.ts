import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, screenshot, signIn, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';
import { totpAt, totpCounter } from './totp.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

/** Calls the API from inside a signed-in page, with the CSRF token, like the app does. */
const callApi = (page: Page, method: string, url: string, body: unknown) =>
  page.evaluate(
    async ({ method, url, body }) => {
      const { token } = await (await fetch('/api/auth/csrf')).json();
      const response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    { method, url, body },
  );

test('signing in for another application returns to it through /oidc/', () =>
  withPage(browser, 'oidc-login', async (page, context) => {
    await signInToHome(page, server.url, 'admin');
    const redirectUri = 'https://rp.example.test/callback';
    const created = await callApi(page, 'POST', '/api/oidc-clients', {
      name: 'Ứng dụng thử',
      redirectUris: [redirectUri],
      confidential: false,
    });
    assert.equal(created.status, 201);
    await context.clearCookies();

    const callback = new Promise<URL>((resolve) => {
      void context.route('https://rp.example.test/**', async (route) => {
        resolve(new URL(route.request().url()));
        await route.fulfill({ status: 200, contentType: 'text/plain', body: 'ok' });
      });
    });
    const verifier = randomBytes(32).toString('base64url');
    const params = new URLSearchParams({
      client_id: created.body.client.clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid',
      state: 'e2e-state',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
    await page.goto(`${server.url}/oidc/auth?${params}`);
    await page.locator('#login-username').waitFor();
    assert.match(new URL(page.url()).searchParams.get('next') ?? '', /^\/oidc\//);
    await page.locator('#login-username').fill('ksv.quangninh');
    await page.locator('#login-password').fill(DEMO_PASSWORD);
    await page.locator('button[type=submit]').click();
    const url = await callback;
    assert.equal(url.searchParams.get('state'), 'e2e-state');
    assert.ok(url.searchParams.get('code'));
  }));

test('a next address outside the app is ignored after sign-in', () =>
  withPage(browser, 'open-redirect', async (page) => {
    for (const next of ['https://evil.example/x', '//evil.example/x', '/\\evil.example']) {
      await page.goto(`${server.url}/login?next=${encodeURIComponent(next)}`);
      await page.locator('#login-username').fill('ksv.halong');
      await page.locator('#login-password').fill(DEMO_PASSWORD);
      await page.locator('button[type=submit]').click();
      await page.getByTestId('header-office').waitFor();
      assert.equal(new URL(page.url()).origin, server.url);
      await page.context().clearCookies();
    }
  }));

test('after an admin resets a password the officer must change it at sign-in', async () => {
  await withPage(browser, 'reset-admin', async (page) => {
    await signInToHome(page, server.url, 'admin');
    await page.getByRole('menuitem', { name: 'Danh bạ cán bộ' }).click();
    const search = page.getByPlaceholder('Tìm theo họ tên');
    const found = await page.evaluate(async () => {
      const response = await fetch('/api/officers?limit=500');
      const { items } = await response.json();
      return items.find((o: { username: string }) => o.username === 'vanthu.hanoi');
    });
    await search.fill(found.fullName);
    await search.press('Enter');
    await page.getByRole('button', { name: `Thao tác: ${found.fullName}` }).click();
    await page.getByRole('menuitem', { name: 'Đặt lại mật khẩu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mật khẩu mới', { exact: true }).fill('Tam-thoi-2026!');
    await dialog.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await page.getByText('Đã đặt lại mật khẩu').waitFor();
  });
  await withPage(browser, 'forced-change', async (page) => {
    await signIn(page, server.url, 'vanthu.hanoi', 'Tam-thoi-2026!');
    await page.getByText('Bạn cần đổi mật khẩu trước khi tiếp tục.').waitFor();
    await screenshot(page, 'login-forced-change-vi');
    await page.getByLabel('Mật khẩu hiện tại').fill('Tam-thoi-2026!');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Moi-hoan-toan-2026!');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('Moi-hoan-toan-2026!');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByTestId('header-office').waitFor();
  });
});

test('when a role must use two-factor sign-in, its officers enrol at sign-in', async () => {
  await withPage(browser, 'mfa-settings', async (page) => {
    await signInToHome(page, server.url, 'admin');
    await page.getByRole('menuitem', { name: 'Cài đặt bảo mật' }).click();
    await page.getByLabel('Thống kê', { exact: true }).check();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu').waitFor();
    await screenshot(page, 'security-settings-vi');
  });
  await withPage(
    browser,
    'mfa-enrol',
    async (page) => {
      await signIn(page, server.url, 'thongke.hanoi');
      await page.getByRole('button', { name: 'Bắt đầu' }).click();
      const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
      await screenshot(page, 'login-enrol-768-vi');
      await page.locator('#totp-confirm-code').fill(totpAt(secret, totpCounter()));
      await page.getByRole('button', { name: 'Xác nhận' }).click();
      await page.getByTestId('recovery-codes').waitFor();
      await page.getByRole('button', { name: 'Tôi đã lưu các mã' }).click();
      await page.getByTestId('header-office').waitFor();
    },
    { width: 768, height: 1024 },
  );
});

test('when the session ends, the next request leads to sign-in and back to the same page', () =>
  withPage(browser, 'session-expiry', async (page, context) => {
    await signInToHome(page, server.url, 'ksv.halong');
    const cookies = await context.cookies();
    await context.clearCookies();
    await context.addCookies(cookies.filter((c) => c.name !== 'eproc_sid'));
    await page.getByRole('menuitem', { name: 'Danh bạ cán bộ' }).click();
    await page.locator('#login-username').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('next'), '/officers');
    await page.locator('#login-username').fill('ksv.halong');
    await page.locator('#login-password').fill(DEMO_PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.getByRole('heading', { name: 'Danh bạ cán bộ' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/officers');
  }));

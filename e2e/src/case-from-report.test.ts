import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

const SUMMARY = 'Tố giác lừa đảo bán hàng qua mạng (kiểm thử vụ án từ tin báo)';

/** Calls the API as the signed-in officer of `page` (cookies shared, CSRF token fetched first). */
const call = async (page: Page, method: 'GET' | 'POST', path: string, data?: unknown) => {
  const url = `${server.url}${path}`;
  if (method === 'GET') return (await page.request.get(url)).json();
  const { token } = (await (await page.request.get(`${server.url}/api/auth/csrf`)).json()) as { token: string };
  const res = await page.request.post(url, { headers: { 'x-csrf-token': token }, data });
  assert.ok(res.ok(), `${path}: ${res.status()} ${await res.text()}`);
  return res.json();
};

const daysAgo = (n: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(Date.now() - n * 86_400_000));

test('a report settled by opening a case leads to the case form, filled from the report, and then links to the case', () =>
  withPage(browser, 'case-from-report', async (page) => {
    await signInToHome(page, server.url, 'vt.quangninh');
    const me = await call(page, 'GET', '/api/me');
    const report = await call(page, 'POST', '/api/crime-reports', {
      kind: 'denunciation',
      receivedOn: daysAgo(12),
      source: 'Trần Thị C',
      summary: SUMMARY,
      suspectedOffence: { article: '174', clause: 1 },
      investigatingBodyName: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
    });
    await call(page, 'POST', `/api/crime-reports/${report.id}/assignments`, { officerId: me.officerId });
    await call(page, 'POST', `/api/crime-reports/${report.id}/settle`, {
      outcome: 'open_case',
      decisionNumber: '42/QĐ-KTVA',
      date: daysAgo(5),
    });
    await page.goto(`${server.url}/crime-reports/${report.id}`);
    await page.getByRole('button', { name: 'Vào sổ vụ án' }).click();
    const dialog = page.getByRole('dialog', { name: 'Khởi tố vụ án hình sự' });
    assert.equal(await dialog.getByLabel('Số quyết định khởi tố', { exact: false }).inputValue(), '42/QĐ-KTVA');
    await screenshot(page, 'case-from-report-form-vi');
    await dialog.getByRole('button', { name: 'Khởi tố' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}/);
    await page.getByText(SUMMARY).first().waitFor();
    await page.goto(`${server.url}/crime-reports/${report.id}`);
    await page.getByRole('link', { name: new RegExp(SUMMARY.slice(0, 20)) }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Vào sổ vụ án' }).count(), 0);
  }));

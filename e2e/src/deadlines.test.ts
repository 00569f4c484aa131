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

const OVERDUE_TITLE = 'Trộm cắp xe máy tại chợ Hạ Long (kiểm thử thời hạn)';
const SOON_TITLE = 'Trộm cắp điện thoại tại bến xe Bãi Cháy (kiểm thử thời hạn)';
const cases = { overdue: { id: '', code: '' }, soon: { id: '', code: '' } };

const vietnamToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
/** Today in Vietnam moved by whole months and days. */
const shifted = (months: number, days: number): string => {
  const date = new Date(`${vietnamToday()}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** Calls the JSON API as the page's signed-in officer (cookies of its context, CSRF header for writes). */
const apiCall = async (page: Page, method: 'GET' | 'POST', path: string, data?: unknown) => {
  const url = `${server.url}${path}`;
  if (method === 'GET') return (await page.request.get(url)).json();
  const { token } = (await (await page.request.get(`${server.url}/api/auth/csrf`)).json()) as { token: string };
  const response = await page.request.post(url, { headers: { 'x-csrf-token': token }, data: data ?? {} });
  assert.ok(response.ok(), `${path}: ${response.status()} ${await response.text()}`);
  return response.json();
};

/** Opens a theft case (Art. 173(1) PC: a minor crime, investigated within 2 months, Art. 172(1) CPC). */
const openCase = async (page: Page, title: string, openedOn: string) =>
  (await apiCall(page, 'POST', '/api/cases', {
    title,
    openingNumber: '15/QĐ-CSĐT',
    openedOn,
    investigatingBodyName: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
    charges: [{ article: '173', clause: 1 }],
  })) as { id: string; code: string; nextDeadline: { state: string } | null };

test('a prosecutor’s cases: one long overdue, one whose investigation period ends within days', () =>
  withPage(browser, 'deadlines-setup', async (page) => {
    await signInToHome(page, server.url, 'ksv.quangninh');
    // Opened years ago, so it is the oldest overdue item and heads every list sorted by due date.
    const overdue = await openCase(page, OVERDUE_TITLE, shifted(-40, 0));
    assert.equal(overdue.nextDeadline?.state, 'overdue');
    cases.overdue = overdue;
    // Weekends and holidays push a due day on (Art. 134(2) CPC): step the opening back until it is due soon.
    for (let back = 0; back < 6 && !cases.soon.id; back += 1) {
      const soon = await openCase(page, `${SOON_TITLE}${back ? ` ${back}` : ''}`, shifted(-2, 3 - back));
      if (soon.nextDeadline?.state === 'due_soon') cases.soon = soon;
    }
    assert.ok(cases.soon.id, 'a case due soon');
  }));

test('an admin runs the deadline check now; the prosecutor is alerted', async () => {
  await withPage(browser, 'deadlines-run', async (page) => {
    await signInToHome(page, server.url, 'admin');
    const run = (await apiCall(page, 'POST', '/api/deadlines/alerts/run')) as { jobId: string | null };
    assert.ok(run.jobId);
  });
  await withPage(browser, 'deadlines-alerted', async (page) => {
    await signInToHome(page, server.url, 'ksv.quangninh');
    const alerted = async () => {
      const list = (await apiCall(page, 'GET', '/api/notifications?limit=200')) as { items: { caseId: string }[] };
      return list.items.some((n) => n.caseId === cases.overdue.id);
    };
    for (let i = 0; i < 300 && !(await alerted()); i += 1) await page.waitForTimeout(500);
    assert.ok(await alerted(), 'the job alerted the prosecutor of the overdue case');
    // Let every run finish (the nightly one also runs at start), so the unread counts below hold still.
    const isIdle = async () => {
      const { jobs } = (await apiCall(page, 'GET', '/api/health')) as { jobs: { queued: number; running: number } };
      return jobs.queued === 0 && jobs.running === 0;
    };
    for (let i = 0; i < 300 && !(await isIdle()); i += 1) await page.waitForTimeout(500);
    assert.ok(await isIdle(), 'the job queue is idle');
  });
});

test('the prosecutor sees their due items on the home page and the dashboard', () =>
  withPage(browser, 'deadlines-prosecutor', async (page) => {
    await signInToHome(page, server.url, 'ksv.quangninh');
    const card = page.getByTestId('home-deadlines-mine');
    await card.getByText('Việc của tôi sắp đến hạn').waitFor();
    await screenshot(page, 'deadlines-home-prosecutor-vi');

    await page.getByRole('menuitem', { name: 'Việc đến hạn' }).click();
    await page.getByRole('heading', { name: 'Việc sắp đến hạn / quá hạn' }).waitFor();
    await page.getByRole('tab', { name: 'Của tôi' }).waitFor();
    assert.equal(
      await page.getByRole('tab', { name: 'Đơn vị', exact: true }).count(),
      0,
      'a prosecutor has no office tab',
    );
    const table = page.getByTestId('deadlines-table');
    const overdueRow = table.locator('tr.ant-table-row', { hasText: cases.overdue.code });
    await overdueRow.waitFor();
    const text = (await overdueRow.textContent()) ?? '';
    assert.match(text, /Thời hạn điều tra/);
    assert.match(text, /Điều 172 khoản 1 BLTTHS/);
    assert.match(text, /Quá \d+ ngày/);
    assert.match(text, /Quá hạn/);
    await screenshot(page, 'deadlines-dashboard-mine-vi');

    await page.getByText(/^Sắp đến hạn \(\d+\)$/).click();
    await overdueRow.waitFor({ state: 'detached' });
    const states = await table.locator('tr.ant-table-row .ant-tag').allTextContents();
    assert.ok(states.length > 0 && states.every((s) => s === 'Sắp đến hạn'), states.join(', '));
    await page.getByText('Tất cả', { exact: true }).click();
    await overdueRow.getByRole('link', { name: cases.overdue.code }).click();
    await page.waitForURL(`**/cases/${cases.overdue.id}`);
  }));

test('the bell shows unread alerts; opening one marks it read and goes to the case', () =>
  withPage(browser, 'deadlines-bell', async (page) => {
    await signInToHome(page, server.url, 'ksv.quangninh');
    const bell = page.getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ });
    await bell.waitFor();
    const unreadOf = async () => Number(/(\d+) chưa đọc/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
    const before = await unreadOf();
    assert.ok(before >= 2, `unread ${before}`);
    await bell.click();
    const drawer = page.getByRole('dialog', { name: 'Thông báo' });
    const item = drawer
      .getByTestId('notification-item')
      .filter({ hasText: `Quá hạn: Thời hạn điều tra — vụ án ${cases.overdue.code}` });
    await item.waitFor();
    assert.equal(await item.getAttribute('data-unread'), 'true');
    await screenshot(page, 'deadlines-bell-vi');
    await item.getByRole('link').click();
    await page.waitForURL(`**/cases/${cases.overdue.id}`);
    await page.getByRole('button', { name: `Thông báo, ${before - 1} chưa đọc` }).waitFor();
    await bell.click();
    assert.equal(await item.getAttribute('data-unread'), 'false');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: /^Thông báo/ }).click();
    await drawer.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await page.getByRole('button', { name: 'Thông báo', exact: true }).waitFor();
    await drawer.getByRole('switch').click();
    await drawer.getByText('Không có thông báo').waitFor();
  }));

test('the head of the province has the office and offices-below tabs', () =>
  withPage(browser, 'deadlines-leader', async (page) => {
    await signInToHome(page, server.url, 'vt.quangninh');
    await page.getByTestId('home-deadlines-office').getByRole('link', { name: cases.overdue.code }).waitFor();
    await page.goto(`${server.url}/deadlines?scope=office`);
    await page.getByRole('tab', { name: 'Đơn vị cấp dưới' }).waitFor();
    const table = page.getByTestId('deadlines-table');
    await table.locator('tr.ant-table-row', { hasText: cases.overdue.code }).waitFor();
    await page.getByRole('tab', { name: 'Đơn vị cấp dưới' }).click();
    await page.getByTestId('deadlines-by-office').waitFor();
    await screenshot(page, 'deadlines-dashboard-below-vi');
  }));

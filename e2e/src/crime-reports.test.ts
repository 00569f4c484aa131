import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { fieldError, pickOption, searchAndPick } from './antd.ts';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

const SUMMARY = 'Tố giác trộm cắp xe máy tại chợ Hạ Long (kiểm thử giao diện)';
// A fixed past date: the Art. 147(1) period of 20 days ends on Monday 30/11/2026, whatever day the test runs.
const RECEIVED = '10/11/2026';
const DUE = '30/11/2026';
/** The deadline card's due date reads the first Art. 147(1) date (labels and values run together in its text). */
const FIRST_DUE = /Hạn giải quyết\s*30\/11\/2026/;

const openList = async (page: Page) => {
  await page.getByRole('menuitem', { name: 'Tin báo, tố giác' }).click();
  await page.getByRole('heading', { name: 'Tố giác, tin báo về tội phạm, kiến nghị khởi tố' }).waitFor();
};

const reportRow = (page: Page) =>
  page.getByTestId('crime-reports-table').locator('tr.ant-table-row', { hasText: SUMMARY });

let reportUrl = '';

/** Picks an officer in the (virtualised) officer list by typing the username first. */
const pickOfficer = (page: Page, dialog: Locator, username: string) =>
  searchAndPick(page, dialog, 'Kiểm sát viên', username, `(${username})`);

test('a Quảng Ninh prosecutor registers a report; the form shows the server’s field errors', () =>
  withPage(browser, 'crime-report-register', async (page) => {
    await signInToHome(page, server.url, 'ksv.quangninh');
    await openList(page);
    await page.getByRole('button', { name: 'Tiếp nhận tin báo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tiếp nhận tin báo' });
    await pickOption(page, dialog, 'Loại', 'Tin báo về tội phạm');
    const date = dialog.getByLabel('Ngày tiếp nhận', { exact: true });
    await date.click();
    await date.fill(RECEIVED);
    await date.press('Enter');
    await dialog.getByLabel('Nguồn tin', { exact: true }).fill('Nguyễn Văn A, trú tại phường Hồng Gai');
    await dialog.getByLabel('Nội dung tóm tắt', { exact: true }).fill(SUMMARY);
    await dialog.getByLabel('Điều (BLHS)', { exact: true }).fill('999');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const articleError = fieldError(dialog, 'Điều (BLHS)');
    await articleError.waitFor();
    assert.match((await articleError.textContent()) ?? '', /Điều 999/);
    await screenshot(page, 'crime-report-register-error-vi');

    await dialog.getByLabel('Điều (BLHS)', { exact: true }).fill('173');
    await dialog.getByLabel('Khoản', { exact: true }).fill('1');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(/Đã tiếp nhận tin báo số \d+\/2026\/QNI/).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    const row = reportRow(page);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    assert.match(text, /\d+\/2026/);
    assert.match(text, /10\/11\/2026/);
    assert.match(text, new RegExp(DUE.replaceAll('/', '\\/')));
    assert.match(text, /Mới tiếp nhận/);
    await screenshot(page, 'crime-reports-list-vi');
    await row.getByRole('link').click();
    await page.getByTestId('deadline-card').waitFor();
    reportUrl = new URL(page.url()).pathname;
    assert.match(reportUrl, /^\/crime-reports\/[0-9a-f-]{36}$/);
  }));

test('the head of Quảng Ninh assigns the prosecutor; an unsuitable officer is refused on the field', () =>
  withPage(browser, 'crime-report-assign', async (page) => {
    await signInToHome(page, server.url, 'vt.quangninh');
    await openList(page);
    await reportRow(page).getByRole('link').click();
    const assignees = page.getByTestId('assignees-card');
    await assignees.getByText('Chưa phân công').waitFor();
    await assignees.getByRole('button', { name: 'Phân công' }).click();
    const dialog = page.getByRole('dialog', { name: /Phân công kiểm sát viên/ });
    await pickOfficer(page, dialog, 'qt.quangninh');
    await dialog.getByRole('button', { name: 'Phân công' }).click();
    const officerError = fieldError(dialog, 'Kiểm sát viên');
    await officerError.waitFor();
    assert.match((await officerError.textContent()) ?? '', /Phải là kiểm sát viên/);

    await pickOfficer(page, dialog, 'ksv.quangninh');
    await dialog.getByRole('button', { name: 'Phân công' }).click();
    await page.getByText('Đã phân công kiểm sát viên').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await assignees.getByRole('button', { name: 'Thôi phân công' }).waitFor();
    await page.getByText('Đã phân công', { exact: true }).first().waitFor();
    await screenshot(page, 'crime-report-detail-leader-vi');
  }));

test('the assigned prosecutor finds it under "mine" and reads the Art. 147 deadline', () =>
  withPage(
    browser,
    'crime-report-mine',
    async (page) => {
      await signInToHome(page, server.url, 'ksv.quangninh');
      await openList(page);
      const mine = page.waitForResponse((r) => r.url().includes('mine=true') && r.ok());
      await page.getByRole('checkbox', { name: 'Của tôi' }).check();
      const body = (await (await mine).json()) as {
        items: { summary: string; assignees: { officerId: string }[] }[];
      };
      const me = (await (await page.request.get(`${server.url}/api/me`)).json()) as { officerId: string };
      assert.ok(body.items.some((item) => item.summary === SUMMARY));
      // Demo reports may be assigned to the same prosecutor; a report assigned only to others is never listed.
      assert.ok(body.items.every((item) => item.assignees.some((a) => a.officerId === me.officerId)));
      await reportRow(page).getByRole('link').click();
      const deadline = page.getByTestId('deadline-card');
      await deadline
        .getByText(/Điều 147/)
        .first()
        .waitFor();
      assert.match((await deadline.textContent()) ?? '', FIRST_DUE);
      assert.ok((await deadline.locator('[data-testid=deadline-steps] li').count()) > 0);
      // Not a leader: the prosecutor may not assign anyone.
      assert.equal(await page.getByTestId('assignees-card').getByRole('button', { name: 'Phân công' }).count(), 0);
      await page.getByTestId('report-actions').getByRole('button', { name: 'Gia hạn' }).waitFor();
      const history = (await page.getByTestId('history-card').textContent()) ?? '';
      assert.match(history, /Tiếp nhận, vào sổ[\s\S]*Phân công kiểm sát viên/);
      await screenshot(page, 'crime-report-detail-768x1024');
    },
    { width: 768, height: 1024 },
  ));

test('the assigned prosecutor records an extension (a too-long one is refused citing Art. 147) and settles', () =>
  withPage(browser, 'crime-report-settle', async (page) => {
    await signInToHome(page, server.url, 'ksv.quangninh');
    await page.goto(`${server.url}${reportUrl}`);
    const actions = page.getByTestId('report-actions');
    await actions.getByRole('button', { name: 'Gia hạn' }).click();
    const extension = page.getByRole('dialog', { name: /Gia hạn giải quyết/ });
    await extension.getByLabel('Số tháng gia hạn', { exact: true }).fill('3');
    await extension.getByLabel('Người, cơ quan quyết định gia hạn', { exact: true }).fill('Thủ trưởng CQĐT');
    await extension.getByRole('button', { name: 'Lưu' }).click();
    const monthsError = fieldError(extension, 'Số tháng gia hạn');
    await monthsError.waitFor();
    assert.match((await monthsError.textContent()) ?? '', /Điều 147/);
    await screenshot(page, 'crime-report-extension-error-vi');
    await extension.getByLabel('Số tháng gia hạn', { exact: true }).fill('2');
    await extension.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã ghi nhận gia hạn').waitFor();
    await extension.waitFor({ state: 'hidden' });
    const deadline = page.getByTestId('deadline-card');
    await deadline
      .getByText(/Điều 147 khoản 2/)
      .first()
      .waitFor();
    assert.doesNotMatch((await deadline.textContent()) ?? '', FIRST_DUE);

    await actions.getByRole('button', { name: 'Giải quyết' }).click();
    const settle = page.getByRole('dialog', { name: /Kết quả giải quyết — tin báo/ });
    await pickOption(page, settle, 'Kết quả giải quyết', 'Quyết định không khởi tố vụ án hình sự');
    await settle.getByLabel('Số quyết định', { exact: true }).fill('01/QĐ-VKS');
    await settle.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã ghi nhận kết quả giải quyết').waitFor();
    await deadline.getByText('Đã giải quyết xong tố giác, tin báo').waitFor();
    await page.getByTestId('report-details').getByText('Không khởi tố vụ án').waitFor();
    assert.equal(await actions.count(), 0);
  }));

test('a prosecutor of Trà Vinh neither lists nor opens the Quảng Ninh report', () =>
  withPage(browser, 'crime-report-stranger', async (page) => {
    await signInToHome(page, server.url, 'ksv.travinh');
    const listed = page.waitForResponse((r) => r.url().includes('/api/crime-reports?') && r.ok());
    await openList(page);
    const body = (await (await listed).json()) as { items: { summary: string }[] };
    assert.ok(!body.items.some((item) => item.summary === SUMMARY));
    assert.equal(await reportRow(page).count(), 0);
    assert.ok(reportUrl, 'the first test recorded the report URL');
    await page.goto(`${server.url}${reportUrl}`);
    await page.getByText('404', { exact: true }).waitFor();
    assert.equal(await page.getByTestId('deadline-card').count(), 0);
  }));

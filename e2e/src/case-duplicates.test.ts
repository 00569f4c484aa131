import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { fieldError } from './antd.ts';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

const KEPT_TITLE = 'Trộm cắp điện thoại tại Móng Cái (kiểm thử trùng lặp)';
const DUPLICATE_TITLE = 'Trộm cắp điện thoại Móng Cái, nhập lại (kiểm thử trùng lặp)';
const DEFENDANT = {
  role: 'defendant',
  fullName: 'Phan Văn Hùng',
  birthDate: '1992-11-20',
  sex: 'male',
  idNumber: '022092005678',
};

const vietnamDay = (days = 0): string => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** Calls the API with the signed-in page's session, as the app itself does. */
const call = async (page: Page, url: string, data: unknown) => {
  const { token } = (await (await page.request.get(`${server.url}/api/auth/csrf`)).json()) as { token: string };
  const res = await page.request.post(`${server.url}${url}`, { headers: { 'x-csrf-token': token }, data });
  assert.ok(res.ok(), await res.text());
  return (await res.json()) as { id: string; code: string };
};

/** The same case as the police sent it, registered once more by mistake: same opening decision, same defendant. */
const registerTwice = async (page: Page) => {
  const opening = {
    openingNumber: '42/QĐ-CSĐT',
    openedOn: vietnamDay(-10),
    investigatingBodyName: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
    charges: [{ article: '173', clause: 1 }],
  };
  const kept = await call(page, '/api/cases', { ...opening, title: KEPT_TITLE });
  await call(page, `/api/cases/${kept.id}/persons`, DEFENDANT);
  // Entered twice in the kept case too, once without diacritics.
  await call(page, `/api/cases/${kept.id}/persons`, { ...DEFENDANT, fullName: 'Phan Van Hung' });
  const duplicate = await call(page, '/api/cases', { ...opening, openingNumber: '42/qđ-csđt', title: DUPLICATE_TITLE });
  await call(page, `/api/cases/${duplicate.id}/persons`, DEFENDANT);
  await call(page, `/api/cases/${duplicate.id}/evidence`, { description: 'Điện thoại Samsung Galaxy A15' });
  return { kept, duplicate };
};

/** The cases of the search "kiểm thử trùng lặp", as the list shows them. */
const listed = async (page: Page) => {
  const response = page.waitForResponse((r) => r.url().includes('/api/cases?') && r.url().includes('q='));
  await page.goto(`${server.url}/cases?q=${encodeURIComponent('kiem thu trung lap')}`);
  const body = (await (await response).json()) as { items: { title: string }[] };
  await page.getByTestId('cases-table').waitFor();
  return body.items.map((c) => c.title);
};

test('a prosecutor finds a case registered twice, merges the person entered twice, then the duplicate record', () =>
  withPage(browser, 'case-duplicates', async (page) => {
    await signInToHome(page, server.url, 'ksv.quangninh');
    const { kept, duplicate } = await registerTwice(page);
    assert.deepEqual((await listed(page)).sort(), [DUPLICATE_TITLE, KEPT_TITLE].sort());

    await page.goto(`${server.url}/cases/${kept.id}?tab=quality`);
    const card = page.getByTestId('duplicates-card');
    const duplicateRow = card.getByTestId('duplicate-cases').locator('.ant-list-item', { hasText: duplicate.code });
    await duplicateRow.getByText('Cùng số quyết định khởi tố').waitFor();
    await duplicateRow.getByText('Mức trùng 100%').waitFor();
    const twice = card.getByTestId('duplicate-persons').locator('.ant-list-item', { hasText: 'Phan Van Hung' });
    await twice.getByText('Cùng số CCCD').waitFor();
    await card.getByTestId('duplicate-persons-elsewhere').getByRole('link', { name: duplicate.code }).first().waitFor();
    await screenshot(page, 'case-duplicates-vi');
    await page.screenshot({ path: '/tmp/case-duplicates-found.png', fullPage: true });

    await twice.getByRole('button', { name: 'Hợp nhất' }).click();
    const personDialog = page.getByRole('dialog', { name: 'Hợp nhất người bị nhập hai lần' });
    assert.ok(
      await personDialog.getByRole('radio', { name: /^Phan Văn Hùng/ }).isChecked(),
      'the first entered is kept',
    );
    await personDialog.getByRole('button', { name: 'Hợp nhất' }).click();
    await page.getByText('Đã hợp nhất Phan Van Hung').waitFor();
    await personDialog.waitFor({ state: 'hidden' });
    await card.getByTestId('duplicate-persons').waitFor({ state: 'detached' });

    await duplicateRow.getByRole('button', { name: 'Hợp nhất hồ sơ trùng vào vụ này…' }).click();
    const caseDialog = page.getByRole('dialog', { name: `Hợp nhất hồ sơ ${duplicate.code} vào vụ án ${kept.code}` });
    await caseDialog.getByText('Đây không phải nhập vụ án theo Điều 170 BLTTHS').waitFor();
    await caseDialog.getByRole('button', { name: 'Hợp nhất' }).click();
    await fieldError(caseDialog, 'Lý do hợp nhất').waitFor();
    await caseDialog
      .getByLabel('Lý do hợp nhất', { exact: true })
      .fill('Vào sổ hai lần cùng quyết định khởi tố 42/QĐ-CSĐT');
    await page.screenshot({ path: '/tmp/case-duplicates-merge-dialog.png', fullPage: true });
    await caseDialog.getByRole('button', { name: 'Hợp nhất' }).click();
    await page.getByText(`Đã hợp nhất hồ sơ ${duplicate.code} vào vụ án này`).waitFor();
    await caseDialog.waitFor({ state: 'hidden' });
    await card.getByText('Không phát hiện hồ sơ hoặc người trùng lặp').waitFor();

    // The evidence only the duplicate held now belongs to the case kept.
    await page.getByRole('tab', { name: /^Vật chứng/ }).click();
    await page.getByText('Điện thoại Samsung Galaxy A15').waitFor();

    await page.goto(`${server.url}/cases/${duplicate.id}`);
    await page
      .getByTestId('merged-alert')
      .getByText(/đã được hợp nhất vào vụ án khác/)
      .waitFor();
    assert.equal(await page.getByRole('button', { name: 'Sửa thông tin' }).count(), 0, 'read-only');
    assert.equal(await page.getByRole('button', { name: 'Ghi nhận quyết định' }).count(), 0);
    await page.screenshot({ path: '/tmp/case-duplicates-retired.png', fullPage: true });
    await page.getByTestId('merged-alert').getByRole('link', { name: 'Mở vụ án được giữ lại' }).click();
    await page.getByTestId('case-title').getByText(KEPT_TITLE).waitFor();

    assert.deepEqual(await listed(page), [KEPT_TITLE], 'the duplicate is gone from the list');
  }));

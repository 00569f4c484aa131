import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { pickOption, searchAndPick } from './antd.ts';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

const ABSTRACT = 'V/v đề nghị phối hợp xác minh nguồn tin (kiểm thử giao diện)';

/** A date in Vietnam `days` from today, as DD/MM/YYYY. */
const vietnamDate = (days: number) => {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
  return iso.split('-').reverse().join('/');
};

const openRegistry = async (page: Page) => {
  await page.getByRole('menuitem', { name: 'Sổ văn bản' }).click();
  await page.getByRole('heading', { name: 'Sổ đăng ký văn bản' }).waitFor();
};

const entryRow = (page: Page) => page.getByTestId('incoming-table').locator('tr.ant-table-row', { hasText: ABSTRACT });

const fillDate = async (page: Page, label: string, value: string) => {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
};

/** A prosecutor of the signed-in officer's office, found through the API the page itself uses. */
const officeProsecutor = (page: Page) =>
  page.evaluate(async () => {
    const me = await (await fetch('/api/me')).json();
    const list = await (await fetch(`/api/officers?officeId=${me.officeId}&limit=200`)).json();
    const found = list.items.find((o: { position: string }) => o.position === 'prosecutor');
    return found.username as string;
  });

let prosecutor = '';

test('a clerk registers an incoming document and routes it to a prosecutor with a due date', () =>
  withPage(browser, 'document-registry-clerk', async (page) => {
    await signInToHome(page, server.url, 'vanthu.hanoi');
    prosecutor = await officeProsecutor(page);
    await openRegistry(page);
    await page.getByRole('button', { name: 'Vào sổ văn bản đến' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vào sổ văn bản đến' });
    await dialog.getByLabel('Số, ký hiệu', { exact: true }).fill('215/CV-CAHN');
    await dialog.getByLabel('Cơ quan ban hành', { exact: true }).fill('Công an thành phố Hà Nội');
    await dialog.getByLabel('Trích yếu nội dung', { exact: true }).fill(ABSTRACT);
    await pickOption(page, dialog, 'Độ khẩn', 'Khẩn');
    await dialog.getByLabel('Số trang', { exact: true }).fill('3');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã vào sổ văn bản đến').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const row = entryRow(page);
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Mới tiếp nhận/);

    await row.getByRole('button', { name: 'Chuyển xử lý' }).click();
    const route = page.getByRole('dialog', { name: /Chuyển xử lý văn bản đến số \d+/ });
    await searchAndPick(page, route, 'Người xử lý', prosecutor, `(${prosecutor})`);
    await route.getByLabel('Đơn vị xử lý', { exact: true }).fill('Phòng 2');
    await fillDate(page, 'Hạn giải quyết', vietnamDate(5));
    await route.getByLabel('Ý kiến chỉ đạo', { exact: true }).fill('Đề nghị đồng chí nghiên cứu, trả lời trước hạn');
    await route.getByRole('button', { name: 'Chuyển xử lý' }).click();
    await route.waitFor({ state: 'hidden' });
    await row.getByText('Đã chuyển xử lý').waitFor();
    const text = (await row.textContent()) ?? '';
    assert.ok(text.includes(vietnamDate(5)), text);
    assert.ok(text.includes('Phòng 2'), text);
    await screenshot(page, 'document-registry-routed-vi');
  }));

test('the prosecutor finds it among their documents and marks it done', () =>
  withPage(browser, 'document-registry-prosecutor', async (page) => {
    assert.ok(prosecutor, 'the first test picked the prosecutor');
    await signInToHome(page, server.url, prosecutor);
    await openRegistry(page);
    await page.getByText('Văn bản giao cho tôi').click();
    const row = entryRow(page);
    await row.waitFor();
    assert.equal(await row.getByRole('button', { name: 'Chuyển xử lý' }).count(), 0, 'a prosecutor does not route');
    await row.getByRole('button', { name: 'Bắt đầu xử lý' }).click();
    await row.getByText('Đang xử lý').waitFor();
    await row.getByRole('button', { name: 'Hoàn thành' }).click();
    const dialog = page.getByRole('dialog', { name: /Hoàn thành xử lý văn bản đến số \d+/ });
    await dialog.getByLabel('Ghi chú kết quả', { exact: true }).fill('Đã có công văn trả lời');
    await dialog.getByRole('button', { name: 'Hoàn thành' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Đã giải quyết').waitFor();
    assert.match((await row.textContent()) ?? '', /Xong ngày/);
    await screenshot(page, 'document-registry-done-vi');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'In sổ (PDF)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^so-van-ban-den-\d{4}-HNI\.pdf$/);
  }));

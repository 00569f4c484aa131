import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { pickOffice, pickOption } from './antd.ts';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

const openOffice = async (page: Page, code: string) => {
  await page.getByPlaceholder('Tìm theo tên hoặc mã đơn vị').fill(code);
  await page.getByTestId('office-tree').getByText(code, { exact: true }).click();
  return page.locator('.ant-drawer');
};

test('admin splits a regional office in two, then merges the two back into the province', () =>
  withPage(browser, 'split-merge', async (page) => {
    await signInToHome(page, server.url, 'admin');
    await page.getByRole('menuitem', { name: 'Cây đơn vị' }).click();
    const drawer = await openOffice(page, 'QNI-KV4');
    await drawer.getByRole('button', { name: 'Chia tách' }).click();
    const split = page.getByRole('dialog', { name: /Chia tách đơn vị/ });
    const cards = split.locator('.ant-card');
    for (const [index, code] of ['QNI-KV4A', 'QNI-KV4B'].entries()) {
      await cards.nth(index).getByLabel('Mã', { exact: true }).fill(code);
      await cards.nth(index).getByLabel('Tên', { exact: true }).fill(`Viện kiểm sát nhân dân khu vực ${code}`);
    }
    await split.getByLabel('Lý do', { exact: true }).fill('Chia tách theo địa bàn');
    await screenshot(page, 'office-split-vi');
    await split.getByRole('button', { name: 'Chia tách' }).click();
    await page.getByText('Đã chia tách').waitFor();
    await drawer.locator('.ant-drawer-close').click();

    await page.getByPlaceholder('Tìm theo tên hoặc mã đơn vị').fill('QNI-KV4');
    await page.getByTestId('office-tree').getByText('QNI-KV4A', { exact: true }).waitFor();
    assert.equal(await page.getByTestId('office-tree').getByText('QNI-KV4', { exact: true }).count(), 0);
    await page.getByLabel('Hiện đơn vị đã đóng').click();
    await page.getByTestId('office-tree').getByText('Đã chia tách').waitFor();

    await page.getByRole('button', { name: 'Sáp nhập' }).click();
    const merge = page.getByRole('dialog', { name: 'Sáp nhập đơn vị' });
    await pickOffice(page, merge, 'Các đơn vị bị sáp nhập', 'QNI-KV4A');
    await pickOffice(page, merge, 'Các đơn vị bị sáp nhập', 'QNI-KV4B');
    await pickOffice(page, merge, 'Đơn vị tiếp nhận', 'QNI-KV3');
    await merge.getByLabel('Lý do', { exact: true }).fill('Hợp nhất lại');
    await merge.getByRole('button', { name: 'Sáp nhập' }).click();
    await page.getByText('Đã sáp nhập').waitFor();

    const kv3 = await openOffice(page, 'QNI-KV3');
    await kv3.getByRole('tab', { name: 'Lịch sử' }).click();
    await kv3.getByText('Hợp nhất lại').waitFor();
    await screenshot(page, 'office-history-vi');
  }));

test('admin edits and transfers an officer; the postings show both offices', () =>
  withPage(browser, 'transfer', async (page) => {
    await signInToHome(page, server.url, 'admin');
    await page.getByRole('menuitem', { name: 'Danh bạ cán bộ' }).click();
    const search = page.getByPlaceholder('Tìm theo họ tên');
    await search.fill('Vũ Công An');
    await search.press('Enter');
    const actions = page.getByRole('button', { name: 'Thao tác: Vũ Công An' });

    await actions.click();
    await page.getByRole('menuitem', { name: 'Sửa thông tin' }).click();
    const edit = page.getByRole('dialog', { name: /Sửa thông tin/ });
    await pickOption(page, edit, 'Chức vụ', 'Kiểm tra viên');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu').waitFor();
    await page.getByTestId('officers-table').getByText('Kiểm tra viên').waitFor();

    await actions.click();
    await page.getByRole('menuitem', { name: 'Điều động' }).click();
    const transfer = page.getByRole('dialog', { name: /Điều động/ });
    await pickOffice(page, transfer, 'Đơn vị mới', 'QNI');
    await transfer.getByLabel('Lý do', { exact: true }).fill('Tăng cường cán bộ');
    await transfer.getByRole('button', { name: 'Điều động' }).click();
    await page.getByText('Đã điều động').waitFor();
    await page.getByTestId('officers-table').getByText('Viện kiểm sát nhân dân tỉnh Quảng Ninh').waitFor();

    await actions.click();
    await page.getByRole('menuitem', { name: 'Quá trình công tác' }).click();
    const postings = page.locator('.ant-drawer');
    await postings.getByText('Tăng cường cán bộ').waitFor();
    await postings.getByText('Viện kiểm sát nhân dân tỉnh Trà Vinh').waitFor();
    await screenshot(page, 'officer-postings-vi');
  }));

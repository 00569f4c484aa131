import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { fieldError, pickOffice, pickOption } from './antd.ts';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

test('admin creates an office under QNI and an officer in it', () =>
  withPage(browser, 'office-officer', async (page) => {
    await signInToHome(page, server.url, 'admin');

    await page.getByRole('menuitem', { name: 'Cây đơn vị' }).click();
    await page.getByPlaceholder('Tìm theo tên hoặc mã đơn vị').fill('QNI');
    await page.getByTestId('office-tree').getByText('QNI', { exact: true }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('Viện kiểm sát nhân dân tỉnh Quảng Ninh').first().waitFor();
    await screenshot(page, 'office-drawer-vi');
    await drawer.getByRole('button', { name: 'Thêm đơn vị cấp dưới' }).click();

    const officeDialog = page.getByRole('dialog', { name: 'Thêm đơn vị cấp dưới' });
    await pickOption(page, officeDialog, 'Cấp', 'Khu vực');
    await officeDialog.getByLabel('Mã', { exact: true }).fill('qni-e2e');
    await officeDialog.getByLabel('Tên', { exact: true }).fill('Viện kiểm sát nhân dân khu vực Thử nghiệm');
    await screenshot(page, 'office-create-vi');
    await officeDialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã tạo đơn vị Viện kiểm sát nhân dân khu vực Thử nghiệm').waitFor();
    await officeDialog.waitFor({ state: 'hidden' });
    await drawer.locator('.ant-drawer-close').click();
    await page.getByPlaceholder('Tìm theo tên hoặc mã đơn vị').fill('Thử nghiệm');
    await page.getByTestId('office-tree').getByText('QNI-E2E', { exact: true }).waitFor();

    await page.getByRole('menuitem', { name: 'Danh bạ cán bộ' }).click();
    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
    await dialog.getByLabel('Họ và tên', { exact: true }).fill('Trần Thử Nghiệm');
    await dialog.getByLabel('Tên đăng nhập', { exact: true }).fill('Bad User!');
    await pickOffice(page, dialog, 'Đơn vị', 'QNI-E2E');
    await pickOption(page, dialog, 'Chức vụ', 'Kiểm sát viên');
    await dialog.getByLabel('Mật khẩu ban đầu', { exact: true }).fill('Th1s-is-Strong!');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const usernameError = fieldError(dialog, 'Tên đăng nhập');
    await usernameError.waitFor();
    assert.match((await usernameError.textContent()) ?? '', /chữ thường không dấu/);
    await screenshot(page, 'officer-create-error-vi');

    await dialog.getByLabel('Tên đăng nhập', { exact: true }).fill('ksv.thunghiem');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã tạo cán bộ Trần Thử Nghiệm').waitFor();
    await page.getByPlaceholder('Tìm theo họ tên').fill('Thử Nghiệm');
    await page.getByPlaceholder('Tìm theo họ tên').press('Enter');
    const row = page.getByTestId('officers-table').locator('tr', { hasText: 'Trần Thử Nghiệm' });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Viện kiểm sát nhân dân khu vực Thử nghiệm/);
    await screenshot(page, 'officers-list-vi');
  }));

test('a prosecutor sees no administration and only their own office in the directory', () =>
  withPage(browser, 'prosecutor', async (page) => {
    await signInToHome(page, server.url, 'ksv.quangninh');
    assert.equal(await page.getByText('Quản trị', { exact: true }).count(), 0);
    assert.equal(await page.getByRole('menuitem', { name: 'Nhật ký hệ thống' }).count(), 0);
    await page.getByRole('menuitem', { name: 'Danh bạ cán bộ' }).click();
    const table = page.getByTestId('officers-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Thêm cán bộ' }).count(), 0);
    const offices = await table.locator('tbody tr.ant-table-row td:nth-child(3)').allTextContents();
    assert.ok(offices.length > 0);
    assert.deepEqual([...new Set(offices)], ['Viện kiểm sát nhân dân tỉnh Quảng Ninh']);
    await screenshot(page, 'officers-prosecutor-vi');
    await page.goto(`${server.url}/admin/audit`);
    await page.getByText('Bạn không có quyền xem trang này').waitFor();
  }));

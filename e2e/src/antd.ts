import type { Locator, Page } from 'playwright-core';

const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:visible');

/** Opens the Select labelled `label` inside `scope` and picks the option showing `option`. */
export const pickOption = async (page: Page, scope: Locator, label: string, option: string) => {
  await scope.getByLabel(label, { exact: true }).click();
  await openDropdown(page).locator('.ant-select-item-option:visible').filter({ hasText: option }).first().click();
  await waitForDropdownsClosed(page);
};

/** Opens the office TreeSelect labelled `label`, types `search` and picks the office whose title contains it. */
export const pickOffice = async (page: Page, scope: Locator, label: string, search: string) => {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(search);
  await openDropdown(page).locator('.ant-select-tree-title:visible').filter({ hasText: search }).first().click();
  // A multiple picker keeps its list open; moving focus on closes it without closing the dialog.
  if ((await openDropdown(page).count()) > 0) await page.keyboard.press('Tab');
  await waitForDropdownsClosed(page);
};

const waitForDropdownsClosed = async (page: Page) => {
  for (let i = 0; i < 40 && (await openDropdown(page).count()) > 0; i += 1) await page.waitForTimeout(50);
};

/** The validation message shown under the form field labelled `label`. */
export const fieldError = (scope: Locator, label: string) =>
  scope
    .locator('.ant-form-item')
    .filter({ has: scope.page().getByLabel(label, { exact: true }) })
    .locator('.ant-form-item-explain-error');

import type { Locator, Page } from 'playwright-core';

const openDropdown = (page: Page) => page.locator('.ant-select-dropdown:visible');

/** How often a pick is tried before giving up: a list re-rendered or closed under the click can lose one. */
const PICK_ATTEMPTS = 3;

/** The Select (or TreeSelect) whose input is labelled `label`, and its root element holding the shown value. */
const selectLabelled = (scope: Locator, label: string) => {
  const input = scope.getByLabel(label, { exact: true });
  const root = input.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  return { input, root };
};

/**
 * True once the Select shows the picked entry. Ant Design gives the shown value (single, or a tag of a
 * multiple Select) the same `title` as the option in the list; an option without a title is looked for as text.
 */
const showsPicked = async (root: Locator, title: string | null, text: string) => {
  const shown = title
    ? root.locator(`[title=${JSON.stringify(title)}]`)
    : root.locator('.ant-select-content-has-value').filter({ hasText: text });
  // The value shows within a frame of the click; seconds allow for a loaded machine before picking again.
  for (let i = 0; i < 100; i += 1) {
    if ((await shown.count()) > 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
};

/**
 * Picks the list entry `entry` finds in the open list of the Select labelled `label`, typing `search` first
 * when given, until the Select shows it (at most PICK_ATTEMPTS times). `titleOf` reads the entry's title.
 */
const pickUntilShown = async (
  page: Page,
  scope: Locator,
  label: string,
  { entry, titleOf, search }: { entry: Locator; titleOf: (entry: Locator) => Promise<string | null>; search?: string },
) => {
  const { input, root } = selectLabelled(scope, label);
  for (let attempt = 1; attempt <= PICK_ATTEMPTS; attempt += 1) {
    // Clicking the input of an open Select would close its list again.
    if ((await openDropdown(page).count()) === 0) await input.click();
    if (search !== undefined) await input.fill(search);
    const title = await titleOf(entry);
    const text = title ?? (await entry.textContent()) ?? '';
    await entry.click();
    // A multiple picker keeps its list open; moving focus on closes it without closing the dialog.
    if ((await openDropdown(page).count()) > 0 && (await isMultiple(root))) await page.keyboard.press('Tab');
    await waitForDropdownsClosed(page);
    if (await showsPicked(root, title, text)) return;
  }
  throw new Error(`The select «${label}» does not show the picked entry after ${PICK_ATTEMPTS} attempts`);
};

const isMultiple = async (root: Locator) =>
  ((await root.getAttribute('class')) ?? '').split(/\s+/).includes('ant-select-multiple');

/** Opens the Select labelled `label` inside `scope` and picks the option showing `option`, checking it shows. */
export const pickOption = (page: Page, scope: Locator, label: string, option: string | RegExp) =>
  pickUntilShown(page, scope, label, {
    entry: openDropdown(page).locator('.ant-select-item-option:visible').filter({ hasText: option }).first(),
    titleOf: (entry) => entry.getAttribute('title'),
  });

/** Types `search` into the searching Select labelled `label` and picks the first option matching `option`. */
export const searchAndPick = (page: Page, scope: Locator, label: string, search: string, option: string | RegExp) =>
  pickUntilShown(page, scope, label, {
    entry: openDropdown(page).locator('.ant-select-item-option:visible').filter({ hasText: option }).first(),
    titleOf: (entry) => entry.getAttribute('title'),
    search,
  });

/** Opens the office TreeSelect labelled `label`, types `search` and picks the office whose title contains it. */
export const pickOffice = (page: Page, scope: Locator, label: string, search: string) =>
  pickUntilShown(page, scope, label, {
    entry: openDropdown(page).locator('.ant-select-tree-title:visible').filter({ hasText: search }).first(),
    titleOf: (entry) => entry.textContent(),
    search,
  });

const waitForDropdownsClosed = async (page: Page) => {
  for (let i = 0; i < 40 && (await openDropdown(page).count()) > 0; i += 1) await page.waitForTimeout(50);
};

/** The validation message shown under the form field labelled `label`. */
export const fieldError = (scope: Locator, label: string) =>
  scope
    .locator('.ant-form-item')
    .filter({ has: scope.page().getByLabel(label, { exact: true }) })
    .locator('.ant-form-item-explain-error');

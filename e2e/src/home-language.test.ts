import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { newContext, screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

test('admin signs in, sees the home page, switches to English and back', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signInToHome(page, server.url, 'admin');
  await page.getByRole('heading', { name: /Xin chào, Nguyễn Thanh Hùng/ }).waitFor();
  assert.equal(await page.getByTestId('header-office').textContent(), 'Viện kiểm sát nhân dân tối cao');
  await page.getByText('Tổng quan đơn vị và cấp dưới').waitFor();
  await page.getByText('Hoạt động gần đây').waitFor();
  await page.getByRole('menuitem', { name: 'Nhật ký hệ thống' }).waitFor();
  await screenshot(page, 'home-admin-vi');

  await page.getByText('EN', { exact: true }).click();
  await page.getByRole('heading', { name: /Hello, Nguyễn Thanh Hùng/ }).waitFor();
  await page.getByRole('menuitem', { name: 'Audit log' }).waitFor();
  const cookies = await context.cookies();
  assert.equal(cookies.find((c) => c.name === 'lang')?.value, 'en');
  // The server answers errors in the chosen language.
  const problem = await page.evaluate(async () => (await fetch('/api/offices/not-a-uuid')).json());
  assert.match(String(problem.detail), /Invalid|Not found/);
  await screenshot(page, 'home-admin-en');

  await page.getByText('VI', { exact: true }).click();
  await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
  await context.close();
});

test('the main pages are usable on tablet viewports', async () => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;
    await withPage(
      browser,
      `tablet-${size}`,
      async (page) => {
        await signInToHome(page, server.url, 'admin');
        await page.getByText('Cán bộ cùng đơn vị').waitFor();
        await page.getByText('seed.demo').waitFor();
        // Below 992px the side menu collapses to icons, leaving the width to the content.
        const menuWidth = await page.getByTestId('side-menu').evaluate((el) => el.getBoundingClientRect().width);
        if (viewport.width < 992) assert.ok(menuWidth < 100, `side menu is ${menuWidth}px wide at ${size}`);
        for (const [path, ready, name] of [
          ['/', 'Cán bộ cùng đơn vị', 'home'],
          ['/offices', 'VKSTC', 'offices'],
          ['/officers', 'Tổng 343', 'officers'],
          ['/admin/audit', 'seed.demo', 'audit'],
        ] as const) {
          await page.goto(`${server.url}${path}`);
          await page.getByText(ready, { exact: true }).first().waitFor();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px at ${size}`);
          await screenshot(page, `${name}-${size}`);
        }
      },
      viewport,
    );
  }
});

test('the header and menu are reachable with the keyboard', () =>
  withPage(browser, 'keyboard', async (page) => {
    await signInToHome(page, server.url, 'ksv.halong');
    const focused: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      focused.push(
        await page.evaluate(
          () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
        ),
      );
    }
    assert.ok(
      focused.some((label) => /Mở menu/.test(label)),
      focused.join(' | '),
    );
    assert.ok(
      focused.some((label) => /Hồ sơ cá nhân/.test(label)),
      focused.join(' | '),
    );
  }));

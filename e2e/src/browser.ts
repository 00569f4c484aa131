import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { repoRoot, startServer, type TestServer } from './server.ts';

export const DEMO_PASSWORD = 'EProcuracy@2026';
const screenshotDir = path.join(repoRoot, 'e2e/screenshots');

/** Launches Debian's Chromium headless through playwright-core. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

/** A fresh browser context (own cookies) with a desktop viewport unless told otherwise. */
export const newContext = (browser: Browser, viewport = { width: 1366, height: 900 }): Promise<BrowserContext> =>
  browser.newContext({ viewport, acceptDownloads: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });

/** Saves a full-page screenshot into e2e/screenshots/<name>.png. */
export const screenshot = async (page: Page, name: string) => {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
};

/** Signs in through the login form and waits for the home page. */
export const signIn = async (page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD) => {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#login-username').fill(username);
  await page.locator('#login-password').fill(password);
  await page.locator('button[type=submit]').click();
};

/** Signs in and waits until the app shell shows the officer's office in the header. */
export const signInToHome = async (page: Page, baseUrl: string, username: string) => {
  await signIn(page, baseUrl, username);
  await page.getByTestId('header-office').waitFor();
};

/** Runs `fn` on a new page in its own context; on failure saves `failed-<name>.png` before rethrowing. */
export const withPage = async (
  browser: Browser,
  name: string,
  fn: (page: Page, context: BrowserContext) => Promise<void>,
  viewport?: { width: number; height: number },
) => {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  try {
    await fn(page, context);
  } catch (error) {
    await screenshot(page, `failed-${name}`).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
};

/** The real server and a headless browser for one test file (its `before`). */
export const startSuite = async (): Promise<{ server: TestServer; browser: Browser }> => ({
  server: await startServer(),
  browser: await launchBrowser(),
});

/** Closes the browser and stops the server (its `after`); either may be missing when `before` failed. */
export const stopSuite = async (server: TestServer | undefined, browser: Browser | undefined) => {
  await browser?.close();
  await server?.stop();
};

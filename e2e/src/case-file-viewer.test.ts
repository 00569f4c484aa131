import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { renderTextPages } from '../../apps/server/src/modules/case-files/digitise/test-scans/render-pages.ts';
import { writeScanPdf, writeTextPdf } from '../../apps/server/src/modules/case-files/digitise/test-scans/scan-files.ts';
import { skipWithoutOcr } from '../../apps/server/src/modules/case-files/digitise/test-scans/skips.ts';
import { searchAndPick } from './antd.ts';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;
let folder: string;

before(async () => {
  ({ server, browser } = await startSuite());
  folder = await mkdtemp(path.join(tmpdir(), 'case-file-viewer-'));
});
after(async () => {
  await stopSuite(server, browser);
  if (folder) await rm(folder, { recursive: true, force: true });
});

const TITLE = 'Biên bản ghi lời khai bị can Hoàng Văn Quýt (kiểm thử trình xem)';
const PAGE_ONE =
  'Bị can Hoàng Văn Quýt khai nhận đã nhận số tiền hai mươi triệu đồng của người bị hại vào chiều ngày 12 tháng 3.';
const PAGE_TWO =
  'Sau khi nhận tiền, bị can đã cất giấu tang vật trong vườn chuối sau nhà ở thôn Đông Hải, xã Hải Lạng.';
const SCAN_TITLE = 'Biên bản khám xét chỗ ở (bản quét, kiểm thử trình xem)';
const SCAN_TEXT =
  'Cơ quan điều tra Công an tỉnh Quảng Ninh tiến hành khám xét chỗ ở của bị can, thu giữ một điện thoại di động và tang vật của vụ án.';

/** The page's words as one line: text extracted from a PDF keeps the line breaks of its layout. */
const oneLine = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A demo case assigned to the signed-in prosecutor, unclassified and not merged into another. */
const findOwnCase = async (page: Page): Promise<string> => {
  const list = await page.request.get(`${server.url}/api/cases?mine=true&limit=50`);
  assert.ok(list.ok(), await list.text());
  for (const item of ((await list.json()) as { items: { id: string; secrecy: string }[] }).items) {
    if (item.secrecy !== 'normal') continue;
    const detail = (await (await page.request.get(`${server.url}/api/cases/${item.id}`)).json()) as {
      mergedInto: unknown;
    };
    if (!detail.mergedInto) return item.id;
  }
  throw new Error('the demo has no open unclassified case assigned to ksv.quangninh');
};

/** Waits until no dialog is still animating in. */
const shown = (page: Page) =>
  page.waitForFunction(() => document.querySelector('[class*="-appear"], [class*="-enter"]') === null);

const viewer = (page: Page) => page.getByRole('dialog').filter({ has: page.getByTestId('viewer-page-number') });
const pageText = (page: Page) => page.getByTestId('viewer-page-text');

/** Waits until the page image shown is loaded (the server renders it on demand) and returns its sizes. */
const loadedImage = async (page: Page) => {
  const image = page.getByTestId('viewer-page-image');
  await image.waitFor();
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('[data-testid="viewer-page-image"]');
    return img?.complete && img.naturalWidth > 0;
  });
  return image.evaluate((img: HTMLImageElement) => ({
    natural: img.naturalWidth,
    shown: img.clientWidth,
    src: img.getAttribute('src') ?? '',
  }));
};

const zoomPercent = async (dialog: Locator) =>
  Number(/(\d+)%/.exec((await dialog.getByTestId('viewer-zoom').textContent()) ?? '')?.[1]);

/** Files a scan through the API and waits until OCR has digitised it. */
const fileScan = async (page: Page, caseId: string, file: Buffer): Promise<string> => {
  const { token } = (await (await page.request.get(`${server.url}/api/auth/csrf`)).json()) as { token: string };
  const reply = await page.request.post(`${server.url}/api/cases/${caseId}/files`, {
    headers: { 'x-csrf-token': token },
    multipart: {
      type: 'investigation_record',
      title: SCAN_TITLE,
      file: { name: 'kham-xet.pdf', mimeType: 'application/pdf', buffer: file },
    },
  });
  assert.equal(reply.status(), 201, await reply.text());
  const documentId = ((await reply.json()) as { id: string }).id;
  const deadline = Date.now() + 240_000;
  for (;;) {
    const detail = await page.request.get(`${server.url}/api/cases/${caseId}/files/${documentId}`);
    const { digitisation } = (await detail.json()) as { digitisation: { status: string; error: string | null } };
    if (digitisation.status === 'done') return documentId;
    assert.notEqual(digitisation.status, 'failed', digitisation.error ?? 'digitisation failed');
    assert.ok(Date.now() < deadline, `OCR still ${digitisation.status} after 240 s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
};

test('a prosecutor reads a typed PDF page by page beside its text, zooms, and finds a word typed without diacritics', () =>
  withPage(browser, 'case-file-viewer', async (page, context) => {
    await signInToHome(page, server.url, 'ksv.quangninh');
    const caseId = await findOwnCase(page);
    const pdfFile = path.join(folder, 'loi-khai.pdf');
    await writeTextPdf({ pages: [[PAGE_ONE], [PAGE_TWO]], outFile: pdfFile });

    await page.goto(`${server.url}/cases/${caseId}?tab=files`);
    await page.getByTestId('case-files-tab').waitFor();
    await page.getByRole('button', { name: 'Tải tài liệu lên' }).click();
    const upload = page.getByRole('dialog', { name: 'Tải tài liệu vào hồ sơ' });
    await searchAndPick(page, upload, 'Loại tài liệu', 'ghi loi khai', 'Biên bản ghi lời khai');
    await upload.getByLabel('Tên tài liệu', { exact: true }).fill(TITLE);
    await upload
      .locator('input[type=file]')
      .setInputFiles({ name: 'loi-khai.pdf', mimeType: 'application/pdf', buffer: await readFile(pdfFile) });
    await upload.getByText('loi-khai.pdf').waitFor();
    await upload.getByRole('button', { name: 'Tải lên' }).click();
    await upload.waitFor({ state: 'hidden' });

    // The index polls the digitisation; a typed PDF's text is read without OCR.
    const row = page.getByTestId('case-file-table').locator('tr.ant-table-row', { hasText: TITLE });
    await row.getByTestId('digitisation-status').filter({ hasText: 'Đã số hóa' }).waitFor({ timeout: 120_000 });
    await row.getByRole('button', { name: TITLE }).click();
    const drawer = page.getByTestId('document-drawer');
    await drawer.getByRole('button', { name: 'Xem các trang' }).click();

    const dialog = viewer(page);
    await dialog.waitFor();
    assert.equal(new URL(page.url()).searchParams.get('page'), '1', 'the page is in the address');
    await dialog.getByTestId('viewer-page-number').filter({ hasText: 'Trang 1/2' }).waitFor();
    const first = await loadedImage(page);
    assert.match(first.src, /\/pages\/1\/image\?version=1$/);
    assert.ok(first.natural > 1000, `a page rendered at 150 dpi, got ${first.natural} px`);
    assert.equal(await dialog.getByTestId('viewer-text-status').textContent(), 'Chữ có sẵn trong tệp (không qua OCR)');
    assert.equal(oneLine(await pageText(page).textContent()), PAGE_ONE);
    assert.equal(await dialog.getByTestId('viewer-thumbnails').getByRole('button').count(), 2);
    await dialog.getByRole('link', { name: 'Tải bản gốc' }).waitFor();
    await shown(page);
    await screenshot(page, 'case-file-viewer-page-1');

    // The arrow key moves to page 2: its image, its text, and the address.
    await page.keyboard.press('ArrowRight');
    await dialog.getByTestId('viewer-page-number').filter({ hasText: 'Trang 2/2' }).waitFor();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await pageText(page).filter({ hasText: 'vườn chuối' }).waitFor();
    assert.equal(oneLine(await pageText(page).textContent()), PAGE_TWO);
    const second = await loadedImage(page);
    assert.match(second.src, /\/pages\/2\/image\?version=1$/);
    assert.ok(
      await dialog
        .getByTestId('viewer-thumbnails')
        .getByRole('button', { name: 'Trang 2' })
        .getAttribute('aria-current'),
    );

    // Zoom: fitted to the pane, then larger, then actual size, then a step smaller by the keyboard.
    const fitted = await zoomPercent(dialog);
    assert.ok(Math.abs(second.shown - second.natural * (fitted / 100)) <= second.natural * 0.01 + 2);
    await dialog.getByRole('button', { name: 'Phóng to' }).click();
    const larger = await zoomPercent(dialog);
    assert.ok(larger > fitted, `zoomed in from ${fitted}% to ${larger}%`);
    assert.ok((await loadedImage(page)).shown > second.shown);
    await dialog.getByRole('button', { name: 'Cỡ thật (100%)' }).click();
    assert.equal(await zoomPercent(dialog), 100);
    const actual = await loadedImage(page);
    assert.equal(actual.shown, actual.natural);
    await screenshot(page, 'case-file-viewer-page-2-actual-size');
    await page.keyboard.press('-');
    assert.equal(await zoomPercent(dialog), 75);
    await dialog.getByRole('button', { name: 'Vừa chiều rộng' }).click();
    assert.equal(await zoomPercent(dialog), fitted);

    // Closing the viewer leaves the tab; a search without diacritics lands on page 2 with the words marked.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(new URL(page.url()).searchParams.get('document'), null);
    const box = page.getByLabel('Tìm trong hồ sơ này', { exact: true });
    await box.fill('vuon chuoi');
    await box.press('Enter');
    const hit = page.getByTestId('find-hit');
    await hit.first().waitFor();
    assert.equal(await hit.count(), 1, 'only page 2 holds the words');
    assert.equal(await page.getByTestId('find-count').textContent(), '1 trang khớp');
    assert.deepEqual(await hit.locator('mark').allTextContents(), ['vườn', 'chuối']);
    await screenshot(page, 'case-file-viewer-find');
    await hit.getByRole('button', { name: `Mở trang 2 của ${TITLE}` }).click();
    await dialog.getByTestId('viewer-page-number').filter({ hasText: 'Trang 2/2' }).waitFor();
    await pageText(page).locator('mark').first().waitFor();
    assert.deepEqual(await pageText(page).locator('mark').allTextContents(), ['vườn', 'chuối']);
    assert.equal(await dialog.getByTestId('viewer-hit-count').textContent(), '2 từ khớp trên trang này');
    await loadedImage(page);
    await shown(page);
    await screenshot(page, 'case-file-viewer-highlight');

    // A link from the search page (document and page in the address) opens the viewer at that page, in English too.
    const documentId = new URL(page.url()).searchParams.get('document');
    assert.ok(documentId);
    await context.addCookies([{ name: 'lang', value: 'en', url: server.url }]);
    await page.goto(`${server.url}/cases/${caseId}?tab=files&document=${documentId}&page=2`);
    await viewer(page).getByTestId('viewer-page-number').filter({ hasText: 'Page 2 of 2' }).waitFor();
    assert.equal(oneLine(await pageText(page).textContent()), PAGE_TWO);
    await viewer(page).getByText('Text carried by the file (no OCR)').waitFor();
    await loadedImage(page);
    await shown(page);
    await screenshot(page, 'case-file-viewer-deep-link-en');
  }));

test(
  'a scanned page is OCR’d and shown with its confidence, the searched words marked in the OCR text',
  { skip: skipWithoutOcr },
  () =>
    withPage(browser, 'case-file-viewer-scan', async (page) => {
      await signInToHome(page, server.url, 'ksv.quangninh');
      const caseId = await findOwnCase(page);
      const [scanned] = await renderTextPages({ paragraphs: [SCAN_TEXT] });
      assert.ok(scanned);
      const scanFile = path.join(folder, 'kham-xet.pdf');
      await writeScanPdf({ pages: [scanned.png], outFile: scanFile });
      const documentId = await fileScan(page, caseId, await readFile(scanFile));

      await page.goto(`${server.url}/cases/${caseId}?tab=files&find=tang+vat&document=${documentId}&page=1`);
      const dialog = viewer(page);
      await dialog.getByTestId('viewer-page-number').filter({ hasText: 'Trang 1/1' }).waitFor();
      await dialog
        .getByTestId('viewer-text-status')
        .filter({ hasText: /^Độ tin cậy OCR \d+%$/ })
        .waitFor();
      assert.match(oneLine(await pageText(page).textContent()), /khám xét chỗ ở của bị can/);
      assert.deepEqual(await pageText(page).locator('mark').allTextContents(), ['tang', 'vật']);
      await dialog.getByTestId('viewer-thumbnails').locator('img').waitFor();
      await dialog.getByRole('link', { name: 'Tải PDF có lớp chữ' }).waitFor();
      await loadedImage(page);
      await shown(page);
      await screenshot(page, 'case-file-viewer-scan');
    }),
);

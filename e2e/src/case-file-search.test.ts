import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { screenshot, signInToHome, startSuite, stopSuite, withPage } from './browser.ts';
import type { TestServer } from './server.ts';

let server: TestServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startSuite());
});
after(() => stopSuite(server, browser));

const TITLE = 'Biên bản ghi lời khai bị can (kiểm thử tìm kiếm)';
const TEXT = 'Bị can Hoàng Văn Quýt khai đã cất giấu tang vật trong vườn chuối sau nhà.';

/** A born-digital Word document holding `text`: its text is extracted without OCR. */
const makeDocx = (text: string): Buffer =>
  Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
          `<w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
      ),
    }),
  );

/** A demo case assigned to the signed-in prosecutor, unclassified. */
const findOwnCase = async (page: Page): Promise<string> => {
  const list = await page.request.get(`${server.url}/api/cases?mine=true&limit=50`);
  assert.ok(list.ok(), await list.text());
  const own = ((await list.json()) as { items: { id: string; secrecy: string }[] }).items.find(
    (item) => item.secrecy === 'normal',
  );
  if (!own) throw new Error('the demo has no unclassified case assigned to ksv.quangninh');
  return own.id;
};

/** Files the Word document through the API, then waits until the digitisation jobs have extracted its text. */
const fileDocument = async (page: Page, caseId: string): Promise<string> => {
  const { token } = (await (await page.request.get(`${server.url}/api/auth/csrf`)).json()) as { token: string };
  const reply = await page.request.post(`${server.url}/api/cases/${caseId}/files`, {
    headers: { 'x-csrf-token': token },
    multipart: {
      type: 'statement_record',
      title: TITLE,
      file: {
        name: 'loi-khai.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: makeDocx(TEXT),
      },
    },
  });
  assert.equal(reply.status(), 201, await reply.text());
  const documentId = ((await reply.json()) as { id: string }).id;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const detail = await page.request.get(`${server.url}/api/cases/${caseId}/files/${documentId}`);
    const { digitisation } = (await detail.json()) as { digitisation: { status: string; error: string | null } };
    if (digitisation.status === 'done') return documentId;
    assert.notEqual(digitisation.status, 'failed', digitisation.error ?? 'digitisation failed');
    assert.ok(Date.now() < deadline, `digitisation still ${digitisation.status} after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};

const searchFor = async (page: Page, words: string) => {
  const box = page.getByLabel('Từ cần tìm', { exact: true });
  await box.fill(words);
  await box.press('Enter');
};

test('a prosecutor finds a filed page by words typed without diacritics and opens it in the case file', () =>
  withPage(browser, 'case-file-search', async (page) => {
    await signInToHome(page, server.url, 'ksv.quangninh');
    const caseId = await findOwnCase(page);
    const documentId = await fileDocument(page, caseId);

    await page.getByTestId('side-menu').getByText('Tìm trong hồ sơ').click();
    await page.getByTestId('case-file-search-page').waitFor();
    await searchFor(page, '"vuon chuoi" quyt');
    assert.match(new URL(page.url()).searchParams.get('q') ?? '', /vuon chuoi/, 'the search is in the address');

    const hit = page.getByTestId('search-hit').filter({ hasText: TITLE });
    await hit.waitFor();
    assert.equal(await page.getByTestId('search-total').textContent(), '1 trang khớp');
    // The hits are marked on the text as filed, with its diacritics.
    assert.deepEqual(await hit.locator('mark').allTextContents(), ['Quýt', 'vườn', 'chuối']);
    assert.match((await hit.getByTestId('snippet').textContent()) ?? '', /cất giấu tang vật trong vườn chuối/);

    await screenshot(page, 'case-file-search');
    await hit.getByRole('link').click();
    await page.waitForURL(/\/cases\//);
    const url = new URL(page.url());
    assert.equal(url.pathname, `/cases/${caseId}`);
    assert.equal(url.searchParams.get('tab'), 'files');
    assert.equal(url.searchParams.get('document'), documentId);
    assert.equal(url.searchParams.get('page'), '1');
    await page.getByTestId('case-files-tab').waitFor();

    // Another province's prosecutor finds nothing of this case file.
    await withPage(browser, 'case-file-search-stranger', async (stranger) => {
      await signInToHome(stranger, server.url, 'ksv.travinh');
      await stranger.goto(`${server.url}/case-file-search`);
      await searchFor(stranger, '"vuon chuoi" quyt');
      await stranger.getByText('Không có trang nào khớp').waitFor();
    });
  }));

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CaseDetail, CaseDocumentDetail, CaseFileIndex } from '@eprocuracy/domain';
import { asc, eq } from 'drizzle-orm';
import { createStore, type Store } from '../../../test/scratch.ts';
import { type ServerProcess, spawnServer, stopProcess } from '../../../test/server-process.ts';
import { caseInput } from '../../cases/case-test-fixtures.ts';
import { DEMO_PASSWORD } from '../../identity/seed.ts';
import { caseDocumentPages, caseDocumentVersions } from '../case-files.schema.ts';
import { renderTextPages } from '../digitise/test-scans/render-pages.ts';
import { writeScanPdf } from '../digitise/test-scans/scan-files.ts';
import { skipWithoutOcr, skipWithoutPoppler, skipWithoutQpdf } from '../digitise/test-scans/skips.ts';
import { SAMPLE_PARAGRAPHS } from '../digitise/test-scans/vietnamese-text.ts';

/** Small pages (about a third of A4, a few lines each): 50 of them OCR in well under a minute on 2 cores. */
const PAGES = 50;
const KILL_AFTER_PAGES = 12;

type Server = ServerProcess & { base: string };
type Send = (url: string, init?: RequestInit) => Promise<Response>;

/** The real server with its worker; a 1 s lease, so the killed job is taken up a second after the restart. */
const startServer = async (store: Store): Promise<Server> => {
  const server = spawnServer({
    ...{ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '100000', DEMO_CASES: '0' },
    ...{ WORKER: 'true', JOB_LEASE_SECONDS: '1', JOB_POLL_MS: '50' },
    ...store.env,
  });
  const ready = new Promise<string>((resolve) =>
    server.child.stdout?.on('data', (chunk: Buffer) => {
      const found = /eProcuracy is ready at (http:\/\/\S+?)\/?(\s|$)/.exec(String(chunk));
      if (found?.[1]) resolve(found[1]);
    }),
  );
  await server.waitForLog(/eProcuracy is ready at/);
  return { ...server, base: await ready };
};

/** A signed-in session over fetch: cookies and the CSRF token, as a browser keeps them. */
const signIn = async (base: string, username: string): Promise<Send> => {
  const cookies = new Map<string, string>();
  const send: Send = async (url, init = {}) => {
    const response = await fetch(`${base}${url}`, {
      ...init,
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(init.headers ?? {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    return response;
  };
  const { token } = (await (await send('/api/auth/csrf')).json()) as { token: string };
  const withToken: Send = (url, init = {}) =>
    send(url, { ...init, headers: { 'x-csrf-token': token, ...(init.headers ?? {}) } });
  const login = await withToken('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  assert.equal(login.status, 200);
  return withToken;
};

const uploadScan = async (send: Send, caseId: string, pdf: Buffer, title: string) => {
  const form = new FormData();
  form.set('type', 'other');
  form.set('title', title);
  form.set('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), `${title}.pdf`);
  const reply = await send(`/api/cases/${caseId}/files`, { method: 'POST', body: form });
  assert.equal(reply.status, 201, await reply.clone().text());
  return (await reply.json()) as CaseDocumentDetail;
};

/** Polls the file index until `isTime` holds for the document's digitisation. */
const waitFor = async (
  send: Send,
  caseId: string,
  documentId: string,
  isTime: (d: CaseFileIndex['items'][number]['digitisation']) => boolean,
) => {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    const index = (await (await send(`/api/cases/${caseId}/files`)).json()) as CaseFileIndex;
    const item = index.items.find((row) => row.id === documentId);
    assert.notEqual(item?.digitisation.status, 'failed', item?.digitisation.error ?? '');
    if (item && isTime(item.digitisation)) return item.digitisation;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('digitisation did not get there in time');
};

describe('kill -9 during OCR of a 50-page scan', {
  timeout: 900_000,
  skip: skipWithoutOcr || skipWithoutPoppler || skipWithoutQpdf,
}, () => {
  let store: Store;
  let server: Server | undefined;
  let work: string;
  before(async () => {
    store = await createStore('digitise-crash');
    work = await mkdtemp(path.join(tmpdir(), 'eproc-digitise-crash-'));
  });
  after(async () => {
    if (server) await stopProcess(server.child);
    await store?.drop();
    await rm(work, { recursive: true, force: true });
  });

  /** Pages and searchable PDF of a document, straight from the database. */
  const storedResult = async (documentId: string) => {
    const database = await store.open();
    try {
      const [version] = await database.db
        .select()
        .from(caseDocumentVersions)
        .where(eq(caseDocumentVersions.documentId, documentId));
      assert.ok(version);
      const pages = await database.db
        .select()
        .from(caseDocumentPages)
        .where(eq(caseDocumentPages.versionId, version.id))
        .orderBy(asc(caseDocumentPages.pageNo));
      return { version, pages };
    } finally {
      await database.close();
    }
  };

  test('the job resumes after the restart: every page once, the same content as an uninterrupted run', async () => {
    const scans = [];
    for (let page = 1; page <= PAGES; page++) {
      const text = `Trang ${page}. ${SAMPLE_PARAGRAPHS[page % SAMPLE_PARAGRAPHS.length]?.slice(0, 160)}`;
      const [scan] = await renderTextPages({ paragraphs: [text], layout: { width: 1240, height: 420, margin: 60 } });
      assert.ok(scan);
      scans.push(scan.png);
    }
    const pdfFile = path.join(work, 'scan.pdf');
    await writeScanPdf({ pages: scans, outFile: pdfFile });
    const pdf = await readFile(pdfFile);

    server = await startServer(store);
    let send = await signIn(server.base, 'ksv.quangninh');
    const caseId = (
      (await (
        await send('/api/cases', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(caseInput()),
        })
      ).json()) as CaseDetail
    ).id;
    const started = Date.now();
    const killed = await uploadScan(send, caseId, pdf, 'bi-ngat');
    await waitFor(send, caseId, killed.id, (d) => d.pagesDone >= KILL_AFTER_PAGES);
    await stopProcess(server.child);
    const atKill = await storedResult(killed.id);
    assert.ok(
      atKill.pages.length >= KILL_AFTER_PAGES && atKill.pages.length < PAGES,
      `${atKill.pages.length} pages at the kill`,
    );
    assert.equal(atKill.version.pagesDone, atKill.pages.length, 'the progress counter is committed with its pages');

    server = await startServer(store);
    send = await signIn(server.base, 'ksv.quangninh');
    await waitFor(send, caseId, killed.id, (d) => d.status === 'done');
    const resumedMs = Date.now() - started;
    const whole = await uploadScan(send, caseId, pdf, 'lien-mach');
    const wholeStarted = Date.now();
    await waitFor(send, caseId, whole.id, (d) => d.status === 'done');
    const wholeMs = Date.now() - wholeStarted;
    await stopProcess(server.child, 'SIGTERM');
    server = undefined;

    const resumed = await storedResult(killed.id);
    const uninterrupted = await storedResult(whole.id);
    assert.deepEqual(
      resumed.pages.map((page) => page.pageNo),
      Array.from({ length: PAGES }, (_, i) => i + 1),
    );
    assert.equal(resumed.version.pagesDone, PAGES);
    // The pages committed before the kill were kept, not done again.
    const kept = new Map(resumed.pages.map((page) => [page.pageNo, page.id]));
    for (const page of atKill.pages) assert.equal(kept.get(page.pageNo), page.id, `page ${page.pageNo} was redone`);
    const content = (result: typeof resumed) => ({
      pages: result.pages.map((page) => [
        page.pageNo,
        page.status,
        page.text,
        page.meanConfidence,
        page.thumbnailSha256,
      ]),
      pageCount: result.version.pageCount,
      textSource: result.version.textSource,
      searchablePdf: [result.version.searchablePdfSha256, result.version.searchablePdfSize],
    });
    assert.deepEqual(content(resumed), content(uninterrupted));
    assert.ok(
      resumed.pages.every((page, i) => page.text?.startsWith(`Trang ${i + 1}.`)),
      'each page carries its own text',
    );
    console.log(
      `# ${PAGES} pages: uninterrupted run ${wholeMs} ms; killed at ${atKill.pages.length} pages, done ${resumedMs} ms after upload`,
    );
  });
});

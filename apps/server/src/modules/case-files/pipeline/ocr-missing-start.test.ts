import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createStore, type Store } from '../../../test/scratch.ts';
import { type ServerProcess, spawnServer, stopProcess } from '../../../test/server-process.ts';

describe('a server without the OCR tools', () => {
  let store: Store;
  let noTools: string;
  let server: ServerProcess | undefined;
  before(async () => {
    store = await createStore('no-ocr-tools');
    noTools = await mkdtemp(path.join(tmpdir(), 'eproc-no-tools-'));
  });
  after(async () => {
    if (server) await stopProcess(server.child);
    await store?.drop();
    await rm(noTools, { recursive: true, force: true });
  });

  test('starts, says once in the log that scans wait, and reports the tools in /api/health', async () => {
    server = spawnServer({
      ...{ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DEMO_CASES: '0', SEED_DEMO: 'false' },
      ...store.env,
      // Nothing on the PATH: tesseract, poppler and qpdf are all "not installed" (node is started by its full path).
      PATH: noTools,
    });
    const base = new Promise<string>((resolve) =>
      server?.child.stdout?.on('data', (chunk: Buffer) => {
        const found = /eProcuracy is ready at (http:\/\/\S+?)\/?(\s|$)/.exec(String(chunk));
        if (found?.[1]) resolve(found[1]);
      }),
    );
    await server.waitForLog(/OCR unavailable: tesseract-ocr is not installed.*Uploaded scans stay queued/);
    const health = (await (await fetch(`${await base}/api/health`)).json()) as {
      status: string;
      ocr: { canOcr: boolean; canReadPdf: boolean; problems: { code: string }[] };
    };
    assert.equal(health.status, 'ok');
    assert.deepEqual([health.ocr.canOcr, health.ocr.canReadPdf], [false, false]);
    assert.deepEqual(
      health.ocr.problems.map((problem) => problem.code),
      ['tesseract_missing', 'poppler_missing', 'qpdf_missing'],
    );
    assert.equal(server.hasLogged(/OCR unavailable[\s\S]*OCR unavailable/), false, 'said once');
  });
});

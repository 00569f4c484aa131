import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { after, before, describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { CaseDetail, CaseDocumentDetail } from '@eprocuracy/domain';
import { blobKey } from '../../platform/blobs/blob-store.ts';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { caseInput } from '../cases/case-test-fixtures.ts';

// Garbage collected as the upload runs, so the samples show what is held, not what is waiting to be freed.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

const FILE_BYTES = 64 * 1024 * 1024;
const CHUNK = 64 * 1024;

/** A multipart body whose file is a PDF of `FILE_BYTES` made as it is sent, hashing the file on the way. */
const streamedBody = (boundary: string, bytes: number) => {
  const hash = createHash('sha256');
  const head = Buffer.from('%PDF-1.4\n', 'latin1');
  const end = Buffer.from('\n%%EOF\n', 'latin1');
  const filler = randomBytes(CHUNK);
  async function* parts() {
    yield Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nother\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nHồ sơ lưu trữ (bản quét lớn)\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="luu-tru.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    );
    let left = bytes - head.length - end.length;
    hash.update(head);
    yield head;
    while (left > 0) {
      const chunk = Buffer.from(filler.subarray(0, Math.min(CHUNK, left)));
      chunk.writeUInt32LE(left, 0);
      hash.update(chunk);
      left -= chunk.length;
      yield chunk;
    }
    hash.update(end);
    yield Buffer.concat([end, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  }
  return { body: Readable.from(parts(), { objectMode: false }), sha256: () => hash.digest('hex') };
};

describe('streamed upload memory', () => {
  let t: TestApp;
  let dataDir: string;
  let prosecutor: TestClient;
  let caseId: string;
  let port: number;

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'eproc-upload-memory-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    caseId = ((await prosecutor.post('/api/cases', caseInput())).body as CaseDetail).id;
    await prosecutor.get('/api/auth/csrf').then((reply) => {
      prosecutor.csrf = reply.body.token;
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  after(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Streams a multipart body to the listening server, as a browser would. */
  const send = (boundary: string, body: Readable) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/cases/${caseId}/files`,
          headers: {
            'content-type': `multipart/form-data; boundary=${boundary}`,
            cookie: [...prosecutor.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
            'x-csrf-token': prosecutor.csrf ?? '',
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      pipeline(body, req).catch(reject);
    });

  test(`a ${FILE_BYTES / 1024 / 1024} MB upload over HTTP streams to the store without holding the file in memory`, async (context) => {
    const boundary = `----eproc${randomBytes(8).toString('hex')}`;
    // A first, smaller upload warms the allocator up, as on a server that has been running a while.
    const warmUp = await send(boundary, streamedBody(boundary, 8 * 1024 * 1024).body);
    assert.equal(warmUp.status, 201, warmUp.text);
    const { body, sha256 } = streamedBody(boundary, FILE_BYTES);
    gc();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    let samples = 0;
    const sampler = setInterval(() => {
      // Scavenges free the chunks that have passed through; a full collection each time would stall the server.
      samples += 1;
      gc({ type: samples % 10 === 0 ? 'major' : 'minor' });
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const reply = await send(boundary, body);
    clearInterval(sampler);
    assert.equal(reply.status, 201, reply.text);
    const doc = JSON.parse(reply.text) as CaseDocumentDetail;
    assert.equal(doc.original.size, FILE_BYTES);
    assert.equal(doc.original.sha256, sha256());
    assert.equal((await stat(path.join(dataDir, 'blobs', blobKey(doc.original)))).size, FILE_BYTES);
    const growth = peak - baseline;
    context.diagnostic(`RSS growth during the upload: ${(growth / 1024 / 1024).toFixed(1)} MB`);
    assert.ok(growth < FILE_BYTES / 4, `RSS grew ${(growth / 1024 / 1024).toFixed(1)} MB for a 64 MB upload`);
  });
});

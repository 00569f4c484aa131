import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { after, before, describe, test } from 'node:test';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { parseConfig } from '../../config.ts';
import { type BlobStore, BlobTooLargeError, blobKey, createBlobStore } from './blob-store.ts';
import { localBackend } from './local-backend.ts';
import { openBlobStore } from './open-blob-store.ts';
import { s3Backend } from './s3-backend.ts';

const KEY = randomBytes(32);
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** `size` deterministic pseudo-random bytes, generated as they are read. */
const generated = (size: number, seed = 1) => {
  let left = size;
  let state = seed;
  return new Readable({
    read() {
      if (left === 0) return this.push(null);
      const n = Math.min(left, 256 * 1024);
      const chunk = Buffer.allocUnsafe(n + 3);
      for (let i = 0; i < n; i += 4) {
        state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
        chunk.writeUInt32LE(state, i);
      }
      left -= n;
      this.push(chunk.subarray(0, n));
    },
  });
};

/** A source that sends some bytes and then fails, like a client that disconnects mid-upload. */
const failingAfter = (bytes: number) =>
  Readable.from(
    (async function* () {
      yield randomBytes(bytes);
      throw new Error('client went away');
    })(),
    { objectMode: false },
  );

type Fixture = {
  store: BlobStore;
  /** Objects under the staging area and under blobs, as the provider holds them. */
  staged: () => Promise<string[]>;
  stored: () => Promise<string[]>;
  /** What `stored` puts before a blob's key. */
  storedPrefix: string;
  /** Reads or replaces an object's raw bytes behind the store's back (bit rot, tampering). */
  rawGet: (key: string) => Promise<Buffer>;
  rawPut: (key: string, data: Buffer) => Promise<void>;
  close: () => Promise<void>;
};

const localFixture = async (): Promise<Fixture> => {
  const root = await mkdtemp(path.join(tmpdir(), 'eproc-blobs-'));
  const list = async (dir: string): Promise<string[]> =>
    (await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
  return {
    store: createBlobStore(localBackend(root), KEY),
    staged: () => list(path.join(root, '.staging')),
    stored: async () => (await list(root)).filter((name) => !name.startsWith('.staging')),
    storedPrefix: '',
    rawGet: (key) => readFile(path.join(root, key)),
    rawPut: async (key, data) => {
      await chmod(path.join(root, key), 0o640);
      await writeFile(path.join(root, key), data);
    },
    close: () => rm(root, { recursive: true, force: true }),
  };
};

const s3Fixture = async (): Promise<Fixture> => {
  const directory = await mkdtemp(path.join(tmpdir(), 'eproc-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: 'blobs', configs: [] }],
  });
  const { port } = await server.run();
  const options = {
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    bucket: 'blobs',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  };
  const client = new S3Client({ ...options, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  const list = async (Prefix: string) =>
    ((await client.send(new ListObjectsV2Command({ Bucket: 'blobs', Prefix }))).Contents ?? []).map((o) => o.Key ?? '');
  return {
    store: createBlobStore(s3Backend(options), KEY),
    staged: () => list('staging/'),
    stored: () => list('blobs/'),
    storedPrefix: 'blobs/',
    rawGet: async (key) =>
      buffer((await client.send(new GetObjectCommand({ Bucket: 'blobs', Key: `blobs/${key}` }))).Body as Readable),
    rawPut: async (key, data) => {
      await client.send(new PutObjectCommand({ Bucket: 'blobs', Key: `blobs/${key}`, Body: data }));
    },
    close: async () => {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
};

const PROVIDERS = [
  { name: 'local folder', open: localFixture },
  { name: 'S3-compatible (s3rver in process)', open: s3Fixture },
];

for (const provider of PROVIDERS) {
  describe(`blob store: ${provider.name}`, () => {
    let f: Fixture;
    before(async () => {
      f = await provider.open();
    });
    after(() => f.close());

    test('a streamed put is addressed by the SHA-256 of its content, read back and verified', async () => {
      // Larger than one multipart part, so S3 takes the multipart path.
      const size = 20 * 1024 * 1024 + 123;
      const content = await buffer(generated(size, 7));
      const ref = await f.store.put(generated(size, 7));
      assert.deepEqual(ref, { sha256: sha256(content), size, encrypted: false, created: true });
      assert.equal(await f.store.exists(ref), true);
      assert.deepEqual(await buffer((await f.store.open(ref)) as Readable), content);
      assert.deepEqual(await f.store.verify(ref), { state: 'ok' });
      assert.deepEqual(await f.staged(), [], 'no staging object left');
    });

    test('the same content is stored once; an existing blob is never overwritten, even when damaged', async () => {
      const content = randomBytes(5000);
      const first = await f.store.put(Readable.from([content]));
      const again = await f.store.put(Readable.from([content]));
      assert.equal(first.created, true);
      assert.equal(again.created, false);
      const key = blobKey(first);
      const damaged = Buffer.from(content);
      damaged[100] = (damaged[100] as number) ^ 0xff;
      await f.rawPut(key, damaged);
      assert.equal((await f.store.verify(first)).state, 'mismatch');
      const third = await f.store.put(Readable.from([content]));
      assert.equal(third.created, false);
      assert.deepEqual(await f.rawGet(key), damaged, 'the stored object was left as it was');
      assert.deepEqual(await f.staged(), []);
    });

    test('encrypted at rest: addressed by the plaintext, unreadable on disk, beside a plain copy', async () => {
      const content = Buffer.from('Kết luận giám định — TUYỆT MẬT. '.repeat(5000));
      const plain = await f.store.put(Readable.from([content]));
      const sealed = await f.store.put(Readable.from([content]), { encrypt: true });
      assert.equal(sealed.sha256, plain.sha256);
      assert.equal(sealed.size, content.length);
      assert.equal(sealed.created, true, 'a separate object from the plain copy');
      const raw = await f.rawGet(blobKey(sealed));
      assert.equal(raw.includes(Buffer.from('TUYỆT MẬT')), false);
      assert.deepEqual(await buffer((await f.store.open(sealed)) as Readable), content);
      assert.deepEqual(await buffer((await f.store.open(plain)) as Readable), content);
      assert.deepEqual(await f.store.verify(sealed), { state: 'ok' });

      const altered = Buffer.from(raw);
      altered[raw.length >> 1] = (altered[raw.length >> 1] as number) ^ 0x01;
      await f.rawPut(blobKey(sealed), altered);
      assert.equal((await f.store.verify(sealed)).state, 'unreadable');
      await f.rawPut(blobKey(sealed), raw.subarray(0, 44 + 3 * (64 * 1024 + 28)));
      assert.equal((await f.store.verify(sealed)).state, 'unreadable', 'cut at a chunk boundary');
      assert.deepEqual(await f.store.verify(plain), { state: 'ok' }, 'the plain copy is untouched');
    });

    test('an upload that breaks off or is too large leaves nothing behind', async () => {
      const before = await f.stored();
      await assert.rejects(f.store.stage(failingAfter(9 * 1024 * 1024)), /client went away/);
      await assert.rejects(f.store.stage(failingAfter(1000), { encrypt: true }), /client went away/);
      await assert.rejects(f.store.stage(generated(300_000), { maxBytes: 100_000 }), BlobTooLargeError);
      assert.deepEqual(await f.staged(), []);
      assert.deepEqual(await f.stored(), before);
    });

    test('a staged blob is invisible until committed, and gone when discarded', async () => {
      const staged = await f.store.stage(Readable.from([randomBytes(777)]));
      assert.equal(await f.store.exists(staged), false);
      assert.equal((await f.staged()).length, 1);
      await staged.discard();
      assert.deepEqual(await f.staged(), []);
      assert.equal(await f.store.exists(staged), false);
      assert.equal(await f.store.open(staged), null);
      assert.deepEqual(await f.store.verify(staged), { state: 'missing' });
    });

    test('a removed blob is gone; its twin in the other form stays; removing again is no error', async () => {
      const content = Buffer.from('Biên bản khám xét — bản rõ trước khi nâng độ mật. '.repeat(300));
      const plain = await f.store.put(Readable.from([content]));
      const sealed = await f.store.put(Readable.from([content]), { encrypt: true });
      await f.store.remove(plain);
      assert.equal(await f.store.exists(plain), false);
      assert.equal(await f.store.open(plain), null);
      assert.equal((await f.stored()).includes(`${f.storedPrefix}${blobKey(plain)}`), false);
      assert.deepEqual(await buffer((await f.store.open(sealed)) as Readable), content, 'the encrypted twin stays');
      await f.store.remove(plain);
      const again = await f.store.put(Readable.from([content]));
      assert.equal(again.created, true, 'the address can be stored again');
      assert.deepEqual(await f.store.verify(again), { state: 'ok' });
    });

    test('staging left by a crash is swept', async () => {
      await f.store.stage(Readable.from([randomBytes(10)]));
      assert.equal(await f.store.sweepStaging(60_000), 0, 'recent staging is kept: an upload may be running');
      assert.equal(await f.store.sweepStaging(-60_000), 1);
      assert.deepEqual(await f.staged(), []);
    });
  });
}

describe('blob store configuration', () => {
  test('local by default under DATA_DIR; S3 needs its bucket and keys; the key must be 32 bytes', async () => {
    const config = parseConfig({});
    assert.equal(config.BLOB_STORE, 'local');
    assert.equal(config.UPLOAD_MAX_MB, 2048);
    assert.equal(openBlobStore(config).canEncrypt, false);
    assert.throws(() => parseConfig({ BLOB_STORE: 's3' }), /S3_BUCKET: required when BLOB_STORE=s3/);
    assert.throws(() => parseConfig({ BLOB_ENCRYPTION_KEY: 'c2hvcnQ=' }), /BLOB_ENCRYPTION_KEY="c2hvcnQ=": must be/);
    const s3 = parseConfig({
      BLOB_STORE: 's3',
      S3_BUCKET: 'b',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
      BLOB_ENCRYPTION_KEY: KEY.toString('base64'),
    });
    assert.equal(openBlobStore(s3).canEncrypt, true);
    await assert.rejects(
      createBlobStore(localBackend(path.join(tmpdir(), 'never-created')), null).stage(Readable.from([]), {
        encrypt: true,
      }),
      /BLOB_ENCRYPTION_KEY is not configured/,
    );
  });
});

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, test } from 'node:test';
import { BlobDecryptError, createDecryptor, createEncryptor, parseEncryptionKey } from './blob-crypto.ts';

const KEY = randomBytes(32);
const CHUNK = 16;
const HEADER = 44;
const SEALED = 12 + CHUNK + 16;

/** Feeds `data` in pieces of varying sizes, as a network would. */
const piecewise = (data: Buffer) => {
  const pieces: Buffer[] = [];
  for (let at = 0, step = 1; at < data.length; at += step, step = (step % 7) + 1)
    pieces.push(data.subarray(at, at + step));
  return Readable.from(pieces, { objectMode: false });
};

const encrypt = (plain: Buffer, key = KEY) => buffer(piecewise(plain).pipe(createEncryptor(key, CHUNK)));
const decrypt = (sealed: Buffer, key = KEY) => buffer(piecewise(sealed).pipe(createDecryptor(key)));

const rejectsAsTampered = (promise: Promise<unknown>, what: string) => assert.rejects(promise, BlobDecryptError, what);

describe('encrypted blob format', () => {
  test('round trip at every size around the chunk boundaries', async () => {
    for (const size of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 5]) {
      const plain = randomBytes(size);
      const sealed = await encrypt(plain);
      const chunks = Math.max(1, Math.ceil(size / CHUNK));
      assert.equal(sealed.length, HEADER + size + chunks * 28, `size ${size}`);
      assert.deepEqual(await decrypt(sealed), plain, `size ${size}`);
    }
  });

  test('the same content encrypts differently each time and never shows in clear', async () => {
    const plain = Buffer.from('Biên bản hỏi cung bị can Nguyễn Văn A — tuyệt mật'.repeat(4));
    const [a, b] = [await encrypt(plain), await encrypt(plain)];
    assert.notDeepEqual(a, b);
    assert.equal(a.includes(plain.subarray(0, 12)), false);
  });

  test('any altered byte is detected', async () => {
    const sealed = await encrypt(randomBytes(2 * CHUNK + 3));
    for (let i = 0; i < sealed.length; i += 1) {
      const altered = Buffer.from(sealed);
      altered[i] = (altered[i] as number) ^ 0x01;
      await rejectsAsTampered(decrypt(altered), `byte ${i}`);
    }
  });

  test('a blob cut short anywhere, even at a chunk boundary, is detected', async () => {
    const sealed = await encrypt(randomBytes(3 * CHUNK));
    for (let length = 0; length < sealed.length; length += 1)
      await rejectsAsTampered(decrypt(sealed.subarray(0, length)), `cut at ${length}`);
    assert.equal((await decrypt(sealed)).length, 3 * CHUNK);
  });

  test('chunks swapped, repeated, or taken from another blob are detected', async () => {
    const sealed = await encrypt(randomBytes(3 * CHUNK));
    const chunk = (i: number) => sealed.subarray(HEADER + i * SEALED, HEADER + (i + 1) * SEALED);
    const header = sealed.subarray(0, HEADER);
    await rejectsAsTampered(decrypt(Buffer.concat([header, chunk(1), chunk(0), chunk(2)])), 'swapped');
    await rejectsAsTampered(decrypt(Buffer.concat([header, chunk(0), chunk(1), chunk(2), chunk(2)])), 'extended');
    const other = await encrypt(randomBytes(3 * CHUNK));
    const foreign = other.subarray(HEADER, HEADER + SEALED);
    await rejectsAsTampered(decrypt(Buffer.concat([header, foreign, chunk(1), chunk(2)])), 'foreign chunk');
  });

  test('another key cannot read it; the key must be 32 bytes of base64', async () => {
    const sealed = await encrypt(randomBytes(40));
    await rejectsAsTampered(decrypt(sealed, randomBytes(32)), 'wrong key');
    await rejectsAsTampered(decrypt(Buffer.from('not an encrypted blob at all, just text that is long')), 'not ours');
    assert.equal(parseEncryptionKey(KEY.toString('base64')).length, 32);
    assert.throws(() => parseEncryptionKey(randomBytes(16).toString('base64')));
  });
});

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/*
 * Encrypted blob format, version 1 (AES-256-GCM in authenticated chunks):
 *
 *   header  = "EPBE" | version u8 = 1 | 3 zero bytes | chunk size u32 BE | salt (32 random bytes)   (44 bytes)
 *   chunk i = nonce (12 random bytes) | ciphertext of up to `chunk size` plaintext bytes | GCM tag (16 bytes)
 *
 * Every chunk but the last holds exactly `chunk size` plaintext bytes; the last holds 0..chunk size and
 * there is always one. Each blob has its own key, HKDF-SHA256(master key, salt, "eprocuracy/blob/v1"),
 * and each chunk is authenticated with AAD = header | chunk index u64 BE | final flag u8. So an altered
 * byte, chunks swapped or moved between blobs, a blob cut at a chunk boundary (its new last chunk was
 * sealed as not final) or extended (its old last chunk was sealed as final) all fail to decrypt.
 * Memory is one chunk, whatever the size of the blob.
 */

const MAGIC = Buffer.from('EPBE', 'latin1');
const VERSION = 1;
const HEADER_BYTES = 44;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const INFO = Buffer.from('eprocuracy/blob/v1', 'latin1');
export const DEFAULT_CHUNK_BYTES = 64 * 1024;
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;

/** Thrown when an encrypted blob is not in the format, was altered, or was cut short. */
export class BlobDecryptError extends Error {}

const fileKey = (masterKey: Buffer, salt: Buffer) => Buffer.from(hkdfSync('sha256', masterKey, salt, INFO, 32));

const aad = (header: Buffer, index: bigint, final: boolean) => {
  const tail = Buffer.alloc(9);
  tail.writeBigUInt64BE(index, 0);
  tail[8] = final ? 1 : 0;
  return Buffer.concat([header, tail]);
};

/** Collects bytes and hands them out in pieces, without copying on every write. */
class ByteQueue {
  private parts: Buffer[] = [];
  length = 0;
  push(chunk: Buffer) {
    this.parts.push(chunk);
    this.length += chunk.length;
  }
  take(n: number): Buffer {
    const all = this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts);
    const head = all.subarray(0, n);
    const rest = all.subarray(n);
    this.parts = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
    return head;
  }
}

/** A stream that encrypts plaintext into the format above. */
export const createEncryptor = (masterKey: Buffer, chunkBytes = DEFAULT_CHUNK_BYTES): Transform => {
  const salt = randomBytes(32);
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header[4] = VERSION;
  header.writeUInt32BE(chunkBytes, 8);
  salt.copy(header, 12);
  const key = fileKey(masterKey, salt);
  const queue = new ByteQueue();
  let index = 0n;
  const seal = (plain: Buffer, final: boolean) => {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(aad(header, index, final));
    index += 1n;
    return Buffer.concat([nonce, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  };
  return new Transform({
    construct(callback) {
      this.push(header);
      callback();
    },
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      queue.push(chunk);
      // Strictly more than a chunk: a full chunk may turn out to be the last one.
      while (queue.length > chunkBytes) this.push(seal(queue.take(chunkBytes), false));
      callback();
    },
    flush(callback: TransformCallback) {
      this.push(seal(queue.take(queue.length), true));
      callback();
    },
  });
};

/** A stream that decrypts the format above and fails with BlobDecryptError on any alteration. */
export const createDecryptor = (masterKey: Buffer): Transform => {
  const queue = new ByteQueue();
  let header: Buffer | null = null;
  let key: Buffer | null = null;
  let sealedBytes = 0;
  let index = 0n;
  const open = (sealed: Buffer, final: boolean) => {
    if (!header || !key || sealed.length < NONCE_BYTES + TAG_BYTES)
      throw new BlobDecryptError('Encrypted blob cut short');
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, NONCE_BYTES));
    decipher.setAAD(aad(header, index, final));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    index += 1n;
    try {
      return Buffer.concat([
        decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      throw new BlobDecryptError('Encrypted blob failed authentication (altered or cut short)');
    }
  };
  const readHeader = () => {
    const candidate = queue.take(HEADER_BYTES);
    const chunkBytes = candidate.readUInt32BE(8);
    if (
      !candidate.subarray(0, 4).equals(MAGIC) ||
      candidate[4] !== VERSION ||
      chunkBytes < 1 ||
      chunkBytes > MAX_CHUNK_BYTES
    )
      throw new BlobDecryptError('Not an encrypted blob of a known format');
    header = Buffer.from(candidate);
    key = fileKey(masterKey, header.subarray(12, 44));
    sealedBytes = NONCE_BYTES + chunkBytes + TAG_BYTES;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        queue.push(chunk);
        if (!header && queue.length >= HEADER_BYTES) readHeader();
        while (header && queue.length > sealedBytes) this.push(open(queue.take(sealedBytes), false));
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        if (!header) throw new BlobDecryptError('Encrypted blob cut short');
        this.push(open(queue.take(queue.length), true));
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
  });
};

/** Parses BLOB_ENCRYPTION_KEY: base64 of exactly 32 bytes. */
export const parseEncryptionKey = (base64: string): Buffer => {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('BLOB_ENCRYPTION_KEY must be the base64 of 32 bytes');
  return key;
};

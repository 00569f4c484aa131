import { createHash } from 'node:crypto';
import { PassThrough, pipeline as pipeThrough, type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobDecryptError, createDecryptor, createEncryptor } from './blob-crypto.ts';

/**
 * Where a blob lives: the SHA-256 of its plaintext content, and whether it is stored encrypted.
 * The plain and the encrypted copy of the same content are two objects under two keys ("<sha>" and
 * "<sha>.enc"): uploading a classified copy of a file that is already stored in clear (or the reverse)
 * stores a second object rather than changing or reusing the first, so the row that points at a blob
 * always knows how to read it, and a plain copy is never silently replaced by one the reader cannot
 * decrypt. Deduplication is within each form.
 */
export type BlobAddress = { sha256: string; encrypted: boolean };
export type BlobRef = BlobAddress & { size: number };

/** A blob written to the staging area, hashed, not yet visible under its address. */
export type StagedBlob = BlobRef & {
  /** Moves it to its address; `created` is false when an identical blob was already there (it is kept). */
  commit: () => Promise<BlobRef & { created: boolean }>;
  /** Removes the staged bytes. */
  discard: () => Promise<void>;
};

export type BlobVerdict =
  | { state: 'ok' }
  | { state: 'missing' }
  | { state: 'mismatch'; actualSha256: string; actualSize: number }
  | { state: 'unreadable'; reason: string };

/** What a storage provider does with raw bytes; the store adds hashing, encryption and addressing. */
export type BlobBackend = {
  /** Writes the whole body to a new staging object; on any error leaves nothing and rethrows. */
  stage: (body: Readable) => Promise<string>;
  /** Makes a staging object visible under `key` unless `key` exists; the staging object is gone afterwards. */
  promote: (stagingId: string, key: string) => Promise<boolean>;
  discard: (stagingId: string) => Promise<void>;
  /** The stored bytes, or null when the object does not exist. */
  read: (key: string) => Promise<Readable | null>;
  has: (key: string) => Promise<boolean>;
  /** Deletes the stored object under `key`; no error when there is none (a delete may be run again). */
  remove: (key: string) => Promise<void>;
  /** Removes staging objects older than `ms` (left by a crash mid-upload); returns how many. */
  sweepStaging: (olderThanMs: number) => Promise<number>;
};

export type BlobStore = {
  /** Streams `source` into staging while hashing it (and encrypting it when asked); memory stays bounded. */
  stage: (source: Readable, options?: { encrypt?: boolean; maxBytes?: number }) => Promise<StagedBlob>;
  put: (
    source: Readable,
    options?: { encrypt?: boolean; maxBytes?: number },
  ) => Promise<BlobRef & { created: boolean }>;
  /** The plaintext content, decrypted as it streams; null when there is no such blob. */
  open: (address: BlobAddress) => Promise<Readable | null>;
  exists: (address: BlobAddress) => Promise<boolean>;
  /** Re-reads the blob, re-hashes the plaintext and compares it with the address. */
  verify: (address: BlobAddress) => Promise<BlobVerdict>;
  /**
   * Deletes the blob at `address` (no error when it is already gone). Blobs are shared by content: only the
   * caller knows that nothing points at it any more, and must hold that true until the delete is done.
   */
  remove: (address: BlobAddress) => Promise<void>;
  sweepStaging: (olderThanMs: number) => Promise<number>;
  readonly canEncrypt: boolean;
};

/** Thrown by `stage` when the content is larger than `maxBytes`. */
export class BlobTooLargeError extends Error {}

/** Thrown when an encrypted blob is written or read without a configured key. */
export class BlobKeyMissingError extends Error {}

const SHA256 = /^[0-9a-f]{64}$/;

/** The object key of an address: fanned out by the first bytes so no folder grows too large. */
export const blobKey = ({ sha256, encrypted }: BlobAddress): string => {
  if (!SHA256.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}${encrypted ? '.enc' : ''}`;
};

const meter = (maxBytes: number) => {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) return callback(new BlobTooLargeError(`Content larger than ${maxBytes} bytes`));
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  return { stream, result: () => ({ sha256: hash.digest('hex'), size }) };
};

const isPrematureClose = (error: unknown) => (error as { code?: string })?.code === 'ERR_STREAM_PREMATURE_CLOSE';

/** The cause of a failed staging: the source's error, unless it only saw the provider give up. */
const stagingFailure = (piped: PromiseSettledResult<unknown>, staged: PromiseSettledResult<unknown>) => {
  if (piped.status === 'rejected' && !(staged.status === 'rejected' && isPrematureClose(piped.reason)))
    return piped.reason;
  return staged.status === 'rejected' ? staged.reason : undefined;
};

/** The content-addressed store over one provider; `encryptionKey` enables encrypted blobs. */
export const createBlobStore = (backend: BlobBackend, encryptionKey: Buffer | null): BlobStore => {
  const keyOrThrow = () => {
    if (!encryptionKey) throw new BlobKeyMissingError('BLOB_ENCRYPTION_KEY is not configured');
    return encryptionKey;
  };

  const stage: BlobStore['stage'] = async (source, options = {}) => {
    const encrypted = options.encrypt ?? false;
    const counter = meter(options.maxBytes ?? Number.POSITIVE_INFINITY);
    const body = new PassThrough();
    const steps = encrypted ? [counter.stream, createEncryptor(keyOrThrow())] : [counter.stream];
    // Wait for both sides: the provider has cleaned up its partial object before the error is reported.
    const [piped, staged] = await Promise.allSettled([pipeline([source, ...steps, body]), backend.stage(body)]);
    if (staged.status === 'fulfilled' && piped.status === 'rejected') await backend.discard(staged.value);
    const failure = stagingFailure(piped, staged);
    if (failure !== undefined || staged.status === 'rejected') throw failure;
    const stagingId = staged.value;
    const ref = { ...counter.result(), encrypted };
    return {
      ...ref,
      commit: async () => ({ ...ref, created: await backend.promote(stagingId, blobKey(ref)) }),
      discard: () => backend.discard(stagingId),
    };
  };

  const open: BlobStore['open'] = async (address) => {
    const raw = await backend.read(blobKey(address));
    if (!raw || !address.encrypted) return raw;
    // Errors reach the reader through the returned stream; destroying it stops the read.
    return pipeThrough(raw, createDecryptor(keyOrThrow()), () => {});
  };

  const verify: BlobStore['verify'] = async (address) => {
    const content = await open(address);
    if (!content) return { state: 'missing' };
    const counter = meter(Number.POSITIVE_INFINITY);
    try {
      await pipeline(content, counter.stream, async (chunks: AsyncIterable<Buffer>) => {
        for await (const _ of chunks);
      });
    } catch (error) {
      if (error instanceof BlobDecryptError) return { state: 'unreadable', reason: error.message };
      throw error;
    }
    const actual = counter.result();
    return actual.sha256 === address.sha256
      ? { state: 'ok' }
      : { state: 'mismatch', actualSha256: actual.sha256, actualSize: actual.size };
  };

  return {
    stage,
    put: async (source, options) => (await stage(source, options)).commit(),
    open,
    exists: (address) => backend.has(blobKey(address)),
    verify,
    remove: (address) => backend.remove(blobKey(address)),
    sweepStaging: (olderThanMs) => backend.sweepStaging(olderThanMs),
    canEncrypt: encryptionKey !== null,
  };
};

import path from 'node:path';
import type { Config } from '../../config.ts';
import { parseEncryptionKey } from './blob-crypto.ts';
import { type BlobBackend, type BlobStore, createBlobStore } from './blob-store.ts';
import { localBackend } from './local-backend.ts';
import type { S3Options } from './s3-backend.ts';

type BlobConfig = Pick<
  Config,
  | 'DATA_DIR'
  | 'BLOB_STORE'
  | 'S3_ENDPOINT'
  | 'S3_BUCKET'
  | 'S3_REGION'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
  | 'BLOB_ENCRYPTION_KEY'
>;

/**
 * The S3 backend, its module imported on first use: the AWS SDK is ~25 MB of a server's resident memory and only
 * deployments with BLOB_STORE=s3 need it (issue 4).
 */
const s3BackendOnFirstUse = (options: S3Options): BlobBackend => {
  let loaded: Promise<BlobBackend> | undefined;
  const backend = () => {
    loaded ??= import('./s3-backend.ts').then(({ s3Backend }) => s3Backend(options));
    return loaded;
  };
  return {
    stage: async (body) => (await backend()).stage(body),
    promote: async (id, key) => (await backend()).promote(id, key),
    discard: async (id) => (await backend()).discard(id),
    read: async (key) => (await backend()).read(key),
    has: async (key) => (await backend()).has(key),
    remove: async (key) => (await backend()).remove(key),
    sweepStaging: async (olderThanMs) => (await backend()).sweepStaging(olderThanMs),
  };
};

const backendOf = (config: BlobConfig): BlobBackend => {
  switch (config.BLOB_STORE) {
    case 'local':
      return localBackend(path.resolve(config.DATA_DIR, 'blobs'));
    case 's3':
      // parseConfig guarantees these when BLOB_STORE=s3.
      return s3BackendOnFirstUse({
        endpoint: config.S3_ENDPOINT,
        region: config.S3_REGION,
        bucket: config.S3_BUCKET as string,
        accessKeyId: config.S3_ACCESS_KEY_ID as string,
        secretAccessKey: config.S3_SECRET_ACCESS_KEY as string,
        forcePathStyle: config.S3_FORCE_PATH_STYLE,
      });
  }
};

/** The blob store the configuration names (BLOB_STORE, S3_*, BLOB_ENCRYPTION_KEY); opening touches nothing. */
export const openBlobStore = (config: BlobConfig): BlobStore =>
  createBlobStore(
    backendOf(config),
    config.BLOB_ENCRYPTION_KEY ? parseEncryptionKey(config.BLOB_ENCRYPTION_KEY) : null,
  );

import path from 'node:path';
import type { Config } from '../../config.ts';
import { parseEncryptionKey } from './blob-crypto.ts';
import { type BlobBackend, type BlobStore, createBlobStore } from './blob-store.ts';
import { localBackend } from './local-backend.ts';
import { s3Backend } from './s3-backend.ts';

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

const backendOf = (config: BlobConfig): BlobBackend => {
  switch (config.BLOB_STORE) {
    case 'local':
      return localBackend(path.resolve(config.DATA_DIR, 'blobs'));
    case 's3':
      // parseConfig guarantees these when BLOB_STORE=s3.
      return s3Backend({
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

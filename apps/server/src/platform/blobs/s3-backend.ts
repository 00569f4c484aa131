import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { BlobBackend } from './blob-store.ts';

export type S3Options = {
  /** Omitted for AWS itself; the URL of MinIO, Ceph RGW or another S3-compatible server otherwise. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};

// 8 MiB parts, two in flight: an upload holds at most ~16 MiB whatever the file size.
const PART_BYTES = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

const isNotFound = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
};

/**
 * Blobs as objects of one bucket: `blobs/<key>` for stored blobs, `staging/<uuid>` while uploading.
 * The upload streams as a multipart upload (aborted on error), is then copied server-side to its address
 * unless an object is already there, and the staging object deleted. Two uploads of the same content at
 * the same instant may both copy; the objects are then the same plaintext. Give the bucket a lifecycle
 * rule that aborts incomplete multipart uploads after a day (a crash mid-upload leaves parts behind).
 */
export const s3Backend = (options: S3Options): BlobBackend => {
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // S3-compatible servers do not all know the SDK's newer default checksums; our SHA-256 covers integrity.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = options.bucket;
  const stagingKey = (id: string) => `staging/${id}`;
  const blobKey = (key: string) => `blobs/${key}`;

  const exists = async (Key: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  };
  const remove = async (Key: string) => {
    await client.send(new DeleteObjectCommand({ Bucket, Key }));
  };

  return {
    stage: async (body: Readable) => {
      const id = randomUUID();
      const upload = new Upload({
        client,
        params: { Bucket, Key: stagingKey(id), Body: body },
        partSize: PART_BYTES,
        queueSize: PARTS_IN_FLIGHT,
        leavePartsOnError: false,
      });
      await upload.done();
      return id;
    },
    promote: async (id, key) => {
      const created = !(await exists(blobKey(key)));
      if (created) {
        await client.send(
          new CopyObjectCommand({ Bucket, Key: blobKey(key), CopySource: `${Bucket}/${stagingKey(id)}` }),
        );
      }
      await remove(stagingKey(id));
      return created;
    },
    discard: (id) => remove(stagingKey(id)),
    read: async (key) => {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: blobKey(key) }));
        return object.Body as Readable;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    has: (key) => exists(blobKey(key)),
    // S3 answers a delete of a missing key with success. In a versioned bucket a delete only hides the object
    // behind a delete marker: expire noncurrent versions with a lifecycle rule, or old plain copies remain.
    remove: (key) => remove(blobKey(key)),
    sweepStaging: async (olderThanMs) => {
      const cutoff = Date.now() - olderThanMs;
      let removed = 0;
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: 'staging/', ContinuationToken }));
        for (const object of page.Contents ?? []) {
          if (!object.Key || (object.LastModified?.getTime() ?? 0) >= cutoff) continue;
          await remove(object.Key);
          removed += 1;
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return removed;
    },
  };
};

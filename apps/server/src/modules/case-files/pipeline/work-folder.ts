import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BlobAddress, BlobRef, BlobStore } from '../../../platform/blobs/blob-store.ts';

export const workFolderPath = (dataDir: string, versionId: string) => path.resolve(dataDir, 'digitise', versionId);

/**
 * A version's work folder under DATA_DIR. It outlives a crash on purpose: a restarted job finds the
 * per-page PDFs of the pages it already did there; when it does not (another machine took the job over),
 * those pages are OCR'd again, which gives the same bytes.
 */
export const workFolder = async (dataDir: string, versionId: string): Promise<string> => {
  const folder = workFolderPath(dataDir, versionId);
  await mkdir(folder, { recursive: true });
  return folder;
};

export const removeWorkFolder = (folder: string) => rm(folder, { recursive: true, force: true });

/** Whether a regular file is there. */
export const fileExists = async (file: string) => (await stat(file).catch(() => null))?.isFile() ?? false;

/** The original copied out of the store (decrypted) into the work folder, once per folder. */
export const fetchOriginal = async (store: BlobStore, address: BlobAddress, folder: string): Promise<string> => {
  const file = path.join(folder, 'original');
  if (await fileExists(file)) return file;
  const content = await store.open(address);
  if (!content) throw new Error(`The original ${address.sha256} is missing from the blob store`);
  const partial = `${file}.partial`;
  await pipeline(content, createWriteStream(partial));
  await rename(partial, file);
  return file;
};

/** Stores a file the pipeline produced, encrypted like its original. */
export const storeFile = (store: BlobStore, file: string, encrypt: boolean): Promise<BlobRef> =>
  store.put(createReadStream(file), { encrypt });

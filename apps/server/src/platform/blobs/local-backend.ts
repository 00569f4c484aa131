import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { link, mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlobBackend } from './blob-store.ts';

const isCode = (error: unknown, code: string) => (error as { code?: string })?.code === code;

/** Makes a new directory entry durable (the file's own data was synced before it was linked). */
const syncDirectory = async (dir: string) => {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
};

const exists = async (file: string) => {
  try {
    return (await stat(file)).isFile();
  } catch (error) {
    if (isCode(error, 'ENOENT')) return false;
    throw error;
  }
};

/**
 * Blobs as files in a folder (DATA_DIR/blobs by default). An upload is written and fsynced under
 * `.staging/` in the same folder, then hard-linked to its address: `link` is atomic and fails when the
 * target exists, so a stored blob is never overwritten, and a reader never sees a half-written one.
 * Needs a filesystem with hard links (ext4, xfs, zfs, btrfs…). Nothing is created until the first write.
 */
export const localBackend = (root: string): BlobBackend => {
  const stagingDir = path.join(root, '.staging');
  const stagingPath = (id: string) => path.join(stagingDir, id);

  return {
    stage: async (body: Readable) => {
      await mkdir(stagingDir, { recursive: true });
      const id = `${randomUUID()}.part`;
      try {
        // Stored blobs are read-only (nothing writes one twice); `flush` fsyncs before the file is closed.
        await pipeline(body, createWriteStream(stagingPath(id), { flags: 'wx', mode: 0o440, flush: true }));
      } catch (error) {
        await rm(stagingPath(id), { force: true });
        throw error;
      }
      return id;
    },
    promote: async (id, key) => {
      const target = path.join(root, key);
      await mkdir(path.dirname(target), { recursive: true });
      let created = true;
      try {
        await link(stagingPath(id), target);
      } catch (error) {
        if (!isCode(error, 'EEXIST')) throw error;
        created = false;
      }
      await rm(stagingPath(id), { force: true });
      if (created) await syncDirectory(path.dirname(target));
      return created;
    },
    discard: (id) => rm(stagingPath(id), { force: true }),
    read: async (key) => {
      try {
        const handle = await open(path.join(root, key), 'r');
        return handle.createReadStream();
      } catch (error) {
        if (isCode(error, 'ENOENT')) return null;
        throw error;
      }
    },
    has: (key) => exists(path.join(root, key)),
    remove: async (key) => {
      const target = path.join(root, key);
      if (!(await exists(target))) return;
      // The blob is read-only, but unlinking needs only the folder's permission. Unlinking frees the name,
      // not the disk blocks: a reader holding the file open finishes its read, and the bytes stay on the
      // device until overwritten (erasing the medium is the storage's concern, not this store's).
      await rm(target, { force: true });
      await syncDirectory(path.dirname(target));
    },
    sweepStaging: async (olderThanMs) => {
      let names: string[];
      try {
        names = await readdir(stagingDir);
      } catch (error) {
        if (isCode(error, 'ENOENT')) return 0;
        throw error;
      }
      const cutoff = Date.now() - olderThanMs;
      let removed = 0;
      for (const name of names) {
        const info = await stat(stagingPath(name)).catch(() => null);
        if (!info || info.mtimeMs >= cutoff) continue;
        await rm(stagingPath(name), { force: true });
        removed += 1;
      }
      return removed;
    },
  };
};

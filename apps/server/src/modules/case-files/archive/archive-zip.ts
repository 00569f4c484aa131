import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { archivePath } from './manifest-row.ts';

/**
 * A ZIP on local disk, read with yauzl: its entries come from the central directory (the ZIP's own table of
 * contents, so entries written with data descriptors, ZIP64 and repeated names are read as the archive
 * means them), and each entry is decompressed as a stream on demand, so no file is held whole in memory.
 */
export type OpenedZip = {
  /** Files (not folders) by their normalised path inside the archive. */
  files: Map<string, Entry>;
  open: (entry: Entry) => Promise<Readable>;
  close: () => void;
};

export class ZipReadError extends Error {}

const openFile = (file: string) =>
  new Promise<ZipFile>((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) reject(new ZipReadError(error?.message ?? 'cannot open'));
      else resolve(zip);
    });
  });

const listEntries = (zip: ZipFile, maxEntries: number) =>
  new Promise<Map<string, Entry>>((resolve, reject) => {
    const files = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      const name = archivePath(entry.fileName);
      if (!entry.fileName.endsWith('/') && name !== null) files.set(name, entry);
      if (files.size > maxEntries) return reject(new ZipReadError(`more than ${maxEntries} files`));
      zip.readEntry();
    });
    zip.once('end', () => resolve(files));
    zip.once('error', (error: Error) => reject(new ZipReadError(error.message)));
    zip.readEntry();
  });

/** Opens a ZIP file and reads its table of contents; a damaged or unsafe ZIP is a ZipReadError. */
export const openZip = async (file: string, maxEntries: number): Promise<OpenedZip> => {
  const zip = await openFile(file);
  try {
    const files = await listEntries(zip, maxEntries);
    return {
      files,
      open: (entry) =>
        new Promise((resolve, reject) => {
          zip.openReadStream(entry, (error, stream) => {
            if (error || !stream) reject(new ZipReadError(error?.message ?? 'cannot read entry'));
            else resolve(stream);
          });
        }),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
};

/** The whole content of a small entry (the manifest), refused past `maxBytes`. */
export const readEntry = async (zip: OpenedZip, entry: Entry, maxBytes: number): Promise<Buffer> => {
  if (entry.uncompressedSize > maxBytes) throw new ZipReadError('entry too large');
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.open(entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

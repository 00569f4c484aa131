import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BlobAddress, BlobStore } from '../../../platform/blobs/blob-store.ts';
import { loadSharp } from '../../../platform/heavy-libraries.ts';
import { renderScanPage, type ScanFormat } from '../digitise/scan-pages.ts';

/** Resolution of the page shown in the viewer: readable when zoomed, an A4 page about 1 MB as PNG. */
const VIEWER_DPI = 150;

const FORMATS: Record<string, ScanFormat> = {
  'application/pdf': 'pdf',
  'image/tiff': 'tif',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/**
 * Renders page `pageNo` of an original as PNG in a private temporary folder removed afterwards. Null when
 * the store has no such blob.
 */
export const renderPageImage = async (options: {
  store: BlobStore;
  original: BlobAddress;
  mime: string;
  pageNo: number;
}): Promise<Buffer | null> => {
  const format = FORMATS[options.mime];
  if (!format) return null;
  const content = await options.store.open(options.original);
  if (!content) return null;
  const folder = await mkdtemp(path.join(tmpdir(), 'eproc-page-'));
  try {
    const file = path.join(folder, 'original');
    await pipeline(content, createWriteStream(file));
    const outFile = path.join(folder, 'page.tif');
    const page = await renderScanPage({ file, format, page: options.pageNo, outFile, dpi: VIEWER_DPI });
    const sharp = await loadSharp();
    return await sharp(page.file).png({ compressionLevel: 6 }).toBuffer();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};

import { copyFile } from 'node:fs/promises';
import type { Metadata } from 'sharp';
import { loadSharp } from '../../../platform/heavy-libraries.ts';
import { DigitiseError, noSuchPage, unreadableFile } from './digitise-error.ts';
import { pdfPageCount, renderPdfPage } from './pdf-pages.ts';

/** The scan formats the case file takes, named as the upload's content sniffer names them. */
export type ScanFormat = 'pdf' | 'tif' | 'jpg' | 'png';

/**
 * A page as a raster image in the work folder, with the resolution it was scanned or rendered at. A scanner's
 * JPEG (a JPEG upload, or the one image of a scanner's PDF page) is kept as it is; anything else is written
 * as uncompressed TIFF whatever the file is called: it is a working file, and compressing a noisy A4 scan as
 * PNG took 0.85 CPU-seconds against 0.07 for raw TIFF, half as much again as its OCR.
 */
export type PageImage = { file: string; dpi: number; width: number; height: number };

/** Resolution OCR is done at: Tesseract is trained for about 300 dpi. */
export const OCR_DPI = 300;
/** Scans above this are brought down to OCR_DPI: more pixels cost time and add nothing to recognition. */
const MAX_SCAN_DPI = 400;
/** Densities outside this range are placeholders (a camera's 72 dpi), not a real measurement. */
const PLAUSIBLE_DPI = { min: 100, max: 1200 };

const plausibleDpi = (density: number | undefined): number =>
  density !== undefined && density >= PLAUSIBLE_DPI.min && density <= PLAUSIBLE_DPI.max ? density : OCR_DPI;

const readImage = async <T>(format: ScanFormat, read: () => Promise<T>): Promise<T> => {
  try {
    return await read();
  } catch (error) {
    throw unreadableFile(format, error instanceof Error ? error.message : String(error), error);
  }
};

/** A JPEG whose pixels are the page as they are: grey or RGB, upright, nothing to flatten. */
const isPlainJpeg = (metadata: Metadata): boolean =>
  (metadata.orientation ?? 1) === 1 &&
  !metadata.hasAlpha &&
  ((metadata.space === 'b-w' && metadata.channels === 1) || (metadata.space === 'srgb' && metadata.channels === 3));

/** Number of pages in a scan: PDF pages, TIFF directories, 1 for JPEG and PNG. */
export const countScanPages = async ({ file, format }: { file: string; format: ScanFormat }): Promise<number> => {
  if (format === 'pdf') return pdfPageCount(file);
  const sharp = await loadSharp();
  const metadata = await readImage(format, () => sharp(file).metadata());
  return format === 'tif' ? (metadata.pages ?? 1) : 1;
};

/**
 * Writes page `page` (1-based) of a scan as a page image: PDF pages rendered at 300 dpi by pdftoppm (or a
 * scanner's JPEG taken out as it is, see `extractScannerJpeg`), an upright JPEG upload copied as it is, TIFF pages
 * and single images decoded by sharp (camera EXIF orientation applied, transparency flattened onto white).
 * Each page is rendered on its own so a long file can be resumed page by page.
 */
export const renderScanPage = async (options: {
  file: string;
  format: ScanFormat;
  page: number;
  outFile: string;
  /** Lower for previews of born-digital pages; scans for OCR use the default. */
  dpi?: number;
  /**
   * The PDF page carries no text of its own (pdftotext found none), so when it is nothing but one scanner's
   * JPEG that JPEG is the page: it is extracted as it is, at its own resolution, instead of being rendered.
   * Left off for previews, where the page must look exactly as a viewer draws it.
   */
  extractScannerJpeg?: boolean;
}): Promise<PageImage> => {
  const { file, format, page, outFile } = options;
  if (format === 'pdf') {
    const extractScannerJpeg = options.extractScannerJpeg ?? false;
    return renderPdfPage({ file, page, outFile, dpi: options.dpi ?? OCR_DPI, extractScannerJpeg });
  }
  const pageCount = await countScanPages({ file, format });
  if (!Number.isInteger(page) || page < 1 || page > pageCount) throw noSuchPage(page, pageCount);
  const sharp = await loadSharp();
  const input = () => sharp(file, format === 'tif' ? { page: page - 1 } : {});
  const metadata = await readImage(format, () => input().metadata());
  const scannedDpi = plausibleDpi(metadata.density);
  const wantedDpi = options.dpi ?? (scannedDpi > MAX_SCAN_DPI ? OCR_DPI : scannedDpi);
  const scale = Math.min(1, wantedDpi / scannedDpi);
  const image = input().autoOrient().flatten({ background: '#ffffff' });
  if (scale < 1) image.resize({ width: Math.round((metadata.autoOrient?.width ?? metadata.width) * scale) });
  const dpi = scale < 1 ? wantedDpi : scannedDpi;
  if (format === 'jpg' && scale === 1 && isPlainJpeg(metadata)) {
    await copyFile(file, outFile);
    return { file: outFile, dpi, width: metadata.width, height: metadata.height };
  }
  const written = await readImage(format, () => image.withDensity(dpi).tiff({ compression: 'none' }).toFile(outFile));
  if (written.width * written.height === 0) throw new DigitiseError('unreadable_file', emptyPage);
  return { file: outFile, dpi, width: written.width, height: written.height };
};

const emptyPage = { vi: 'Trang ảnh trống (0 điểm ảnh)', en: 'The page image is empty (0 pixels)' };

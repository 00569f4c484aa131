import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { readScanPage } from '../digitise/read-scan-page.ts';
import { renderScanPage, type ScanFormat } from '../digitise/scan-pages.ts';
import { makeThumbnail } from '../digitise/thumbnail.ts';
import type { PagePlan } from './page-plan.ts';

/** What one page gave: its text and confidence, and its thumbnail file (none for a DOCX page). */
export type PageResult = { text: string; meanConfidence: number | null; thumbnailFile: string | null };

/** Enough resolution for a 240-px thumbnail of an A4 page, rendered in a fraction of the OCR resolution's time. */
const THUMBNAIL_RENDER_DPI = 40;

/** The searchable one-page PDF of OCR'd page `pageNo` in the work folder; kept until the document is assembled. */
export const pagePdfFile = (folder: string, pageNo: number) => path.join(folder, `page-${pageNo}.pdf`);

/**
 * Scratch files of one run of one page. Named per run because the tesseract of a killed server can outlive
 * it and still be writing its files while the resumed job does the same page; only the rename to
 * page-<n>.pdf, which is atomic, publishes a result.
 */
const scratchBase = (folder: string, pageNo: number) =>
  path.join(folder, `p${pageNo}-${randomBytes(4).toString('hex')}`);

const removeScratch = (base: string) =>
  Promise.all(
    ['.tif', '.jpg', '.tsv', '.txt', '.pdf', '-turned.jpg', '-turned.tsv', '-turned.txt', '-turned.pdf'].map((suffix) =>
      rm(`${base}${suffix}`, { force: true }),
    ),
  );

/**
 * Renders, straightens and OCRs a scanned page (Vietnamese, one tesseract thread), keeping its searchable
 * PDF as page-<n>.pdf. Same page in, same files out, so a page redone after a crash is identical.
 */
export const ocrScanPage = async (options: {
  original: string;
  format: ScanFormat;
  pageNo: number;
  folder: string;
  /** The PDF page has text of its own: it is rendered, never taken as its bare scanner's JPEG. */
  hasOwnText: boolean;
  withThumbnail: boolean;
  signal: AbortSignal;
}): Promise<PageResult> => {
  const { original, format, pageNo, folder, signal } = options;
  const base = scratchBase(folder, pageNo);
  try {
    const image = await renderScanPage({
      file: original,
      format,
      page: pageNo,
      outFile: `${base}.tif`,
      extractScannerJpeg: !options.hasOwnText,
    });
    const reading = await readScanPage({ page: image, outBase: base, signal });
    await rename(reading.ocr.pdfFile, pagePdfFile(folder, pageNo));
    const thumbnailFile = options.withThumbnail ? `${base}.webp` : null;
    if (thumbnailFile) await makeThumbnail({ image: reading.page.file, outFile: thumbnailFile });
    return { text: reading.ocr.text, meanConfidence: reading.ocr.meanConfidence, thumbnailFile };
  } finally {
    await removeScratch(base);
  }
};

/** A page whose text the file carries: that text, and a thumbnail rendered from the PDF page. */
const textPage = async (options: {
  original: string;
  format: ScanFormat | 'docx';
  plan: Extract<PagePlan, { how: 'text' }>;
  folder: string;
}): Promise<PageResult> => {
  const { original, format, plan, folder } = options;
  if (!plan.hasImage || format === 'docx') return { text: plan.text, meanConfidence: null, thumbnailFile: null };
  const base = scratchBase(folder, plan.pageNo);
  try {
    const image = await renderScanPage({
      file: original,
      format,
      page: plan.pageNo,
      outFile: `${base}.tif`,
      dpi: THUMBNAIL_RENDER_DPI,
    });
    await makeThumbnail({ image: image.file, outFile: `${base}.webp` });
    return { text: plan.text, meanConfidence: null, thumbnailFile: `${base}.webp` };
  } finally {
    await rm(`${base}.tif`, { force: true });
  }
};

/** Produces one page of the plan. */
export const producePage = (options: {
  original: string;
  format: ScanFormat | 'docx';
  plan: PagePlan;
  folder: string;
  signal: AbortSignal;
}): Promise<PageResult> => {
  const { original, format, plan, folder, signal } = options;
  if (plan.how === 'text') return textPage({ original, format, plan, folder });
  if (format === 'docx') throw new Error('A DOCX page is never OCR-ed');
  const { pageNo, hasOwnText } = plan;
  return ocrScanPage({ original, format, pageNo, folder, hasOwnText, withThumbnail: true, signal });
};

import { ocrPage, type PageOcr } from './ocr-page.ts';
import { detectOrientation, type Orientation } from './page-orientation.ts';
import type { PageImage } from './scan-pages.ts';
import { type StraightPage, straightenPage } from './straighten-page.ts';
import type { WordStats } from './tesseract-tsv.ts';

/** A scanned page made upright and straight, and what OCR read on it. */
export type ScanPageReading = {
  page: StraightPage;
  ocr: PageOcr;
  /** Tesseract's orientation verdict when the first reading looked wrong; null when it was not asked or unsure. */
  orientation: Orientation | null;
  isOrientationChecked: boolean;
};

/**
 * OSD confidence below which a page is left as scanned: a wrong quarter turn ruins a good page, so the bar is
 * well above the 2 where tesseract starts guessing, and below what a text page scores (9–19 measured on
 * generated A4 pages at 150 dpi, clean and noisy).
 */
export const DEFAULT_ROTATION_CONFIDENCE = 5;
/** An upright page reads at 90+ (generated scans); upside-down or sideways pages read as garbage near 45. */
const MIN_UPRIGHT_CONFIDENCE = 70;
/** Most long words standing taller than wide: tesseract read a page lying on its side. */
const MAX_TALL_WORD_SHARE = 0.5;
/** Confidence points the turned page's reading may lose against the first and still be the one kept. */
const TURNED_READING_TOLERANCE = 5;

/**
 * Whether the reading suggests the page is not upright. Tesseract reads a page turned 90° clockwise well (it
 * finds the vertical lines) but leaves it sideways; upside-down and 270° pages come out as low-confidence
 * garbage. A page with no words at all (a photo) has nothing to orient by.
 */
export const looksMisoriented = (stats: WordStats): boolean =>
  stats.wordCount > 0 &&
  ((stats.meanConfidence ?? 0) < MIN_UPRIGHT_CONFIDENCE || (stats.tallWordShare ?? 0) > MAX_TALL_WORD_SHARE);

/**
 * Straightens and OCRs a page; only when that reading looks misoriented does it ask tesseract's orientation
 * detection (a second pass costing about half an OCR), turn the page and read it again, keeping that
 * reading unless it is clearly worse. Most archive pages are upright, so most pages cost one OCR. Files are `<outBase>.jpg|pdf|tsv|txt`
 * for the first reading and `<outBase>-turned.*` for the second; the result names the ones that count.
 * Deterministic: the same page always takes the same path to the same files.
 */
export const readScanPage = async (options: {
  page: PageImage;
  outBase: string;
  language?: string;
  minRotationConfidence?: number;
  signal?: AbortSignal;
}): Promise<ScanPageReading> => {
  const { page, outBase, language, signal } = options;
  const read = async (base: string, quarterTurn: Orientation['rotate']) => {
    const straight = await straightenPage({ page, outFile: `${base}.jpg`, quarterTurn });
    return { page: straight, ocr: await ocrPage({ page: straight, outBase: base, language, signal }) };
  };
  const first = await read(outBase, 0);
  if (!looksMisoriented(first.ocr)) return { ...first, orientation: null, isOrientationChecked: false };
  const orientation = await detectOrientation(first.page, signal);
  const minConfidence = options.minRotationConfidence ?? DEFAULT_ROTATION_CONFIDENCE;
  if (!orientation || orientation.rotate === 0 || orientation.confidence < minConfidence) {
    return { ...first, orientation, isOrientationChecked: true };
  }
  const turned = await read(`${outBase}-turned`, orientation.rotate);
  // A page tesseract read sideways reads as well upright; the upright one is kept unless clearly worse.
  const isKept = (turned.ocr.meanConfidence ?? 0) >= (first.ocr.meanConfidence ?? 0) - TURNED_READING_TOLERANCE;
  return { ...(isKept ? turned : first), orientation, isOrientationChecked: true };
};

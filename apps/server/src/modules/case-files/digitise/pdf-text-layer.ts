import { DigitiseError, unreadableFile } from './digitise-error.ts';
import { pdfPageCount } from './pdf-pages.ts';
import { runTool } from './run-tool.ts';

/** A page's own text as pdftotext reads it, and whether that text is good enough to skip OCR. */
export type PdfPageText = { page: number; text: string; hasTextLayer: boolean };

/** Fewer letters than this is a scan with a stamp or a page number, not a page of text. */
const MIN_LETTERS = 20;
/**
 * Legacy Vietnamese fonts (TCVN3 ".VnTime", VNI) map letters to Latin-1 symbols, so their text layer reads as
 * "Bé luËt h×nh sù": letters enough, but unsearchable. Symbols of U+0080–U+00BF (bar the no-break space), the replacement character
 * and private-use code points mark such a layer; above this share the page is OCR'd instead.
 */
const MAX_GARBLED_SHARE = 0.02;

/** Whether extracted text reads as real text: enough letters, almost no symbols of a legacy 8-bit font. */
export const isUsableTextLayer = (text: string): boolean => {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return false;
  const garbled = text.match(/[\u0080-\u009f\u00a1-\u00bf\ufffd\ue000-\uf8ff]/gu)?.length ?? 0;
  return garbled / letters <= MAX_GARBLED_SHARE;
};

/**
 * Reads the text layer of every page of a PDF in one pdftotext run (pages end with a form feed). Pages whose
 * text is usable need no OCR: a born-digital PDF is read whole without it, a mixed one only OCRs its scans.
 */
export const readPdfTextLayer = async (file: string): Promise<PdfPageText[]> => {
  const pageCount = await pdfPageCount(file);
  let stdout: string;
  try {
    ({ stdout } = await runTool('pdftotext', ['-enc', 'UTF-8', file, '-'], { timeoutMs: 300_000 }));
  } catch (error) {
    if (error instanceof DigitiseError && error.reason === 'tool_failed') throw unreadableFile('pdf', error.en, error);
    throw error;
  }
  const pages = stdout.split('\f');
  return Array.from({ length: pageCount }, (_, index) => {
    const text = (pages[index] ?? '').normalize('NFC').trim();
    return { page: index + 1, text, hasTextLayer: isUsableTextLayer(text) };
  });
};

import { readFile, writeFile } from 'node:fs/promises';
import { runTool, TESSERACT_ENV } from './run-tool.ts';
import type { PageImage } from './scan-pages.ts';
import { readWordStats, type WordStats } from './tesseract-tsv.ts';

/** What OCR of one page produced: its text, how sure tesseract was, and the page as a searchable PDF. */
export type PageOcr = WordStats & {
  text: string;
  /** One-page PDF: the page image with an invisible text layer over it. */
  pdfFile: string;
  tsvFile: string;
};

/**
 * Tesseract stamps its PDF with the time of the run. Blanking the entry (same length, so the cross-reference
 * offsets stay right) makes a re-run byte-identical; the case file keeps its own dates.
 */
export const blankPdfCreationDate = (pdf: Buffer): Buffer => {
  const start = pdf.indexOf('/CreationDate (');
  if (start < 0) return pdf;
  const end = pdf.indexOf(')', start);
  if (end < 0) return pdf;
  const copy = Buffer.from(pdf);
  copy.fill(' ', start, end + 1);
  return copy;
};

/**
 * OCRs one straightened page with a single tesseract run (`-l vie`, one thread) that writes the searchable PDF
 * page, the TSV of words with confidences and the plain text together as `<outBase>.pdf|.tsv|.txt`. Same page
 * in, same files out.
 */
export const ocrPage = async (options: {
  page: PageImage;
  outBase: string;
  /** Tesseract language(s), e.g. `vie` or `vie+eng`. */
  language?: string;
  signal?: AbortSignal;
}): Promise<PageOcr> => {
  const { page, outBase } = options;
  const args = [page.file, outBase, '-l', options.language ?? 'vie', '--dpi', String(Math.round(page.dpi))];
  await runTool('tesseract', [...args, 'pdf', 'tsv', 'txt'], {
    env: TESSERACT_ENV,
    timeoutMs: 600_000,
    signal: options.signal,
  });
  const pdfFile = `${outBase}.pdf`;
  const tsvFile = `${outBase}.tsv`;
  await writeFile(pdfFile, blankPdfCreationDate(await readFile(pdfFile)));
  const [tsv, text] = await Promise.all([readFile(tsvFile, 'utf8'), readFile(`${outBase}.txt`, 'utf8')]);
  // Tesseract ends each page with a form feed; the page boundary is ours to keep, not part of the text.
  return { text: text.replace(/\f/g, '').trim().normalize('NFC'), pdfFile, tsvFile, ...readWordStats(tsv) };
};

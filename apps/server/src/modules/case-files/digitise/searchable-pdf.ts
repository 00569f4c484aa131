import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DigitiseError } from './digitise-error.ts';
import { runTool } from './run-tool.ts';

/** A page of the result: a one-page PDF from OCR, or a page of a PDF whose own text layer was good enough. */
export type PdfPageSource = string | { file: string; page: number };

/**
 * Joins per-page PDFs, in order, into the document's searchable PDF. qpdf copies the pages' objects without
 * decoding images, so memory stays small for any page count (80 A4 pages: 15 MB), and `--deterministic-id`
 * gives the same bytes for the same pages: a resumed job yields the same SHA-256 as an uninterrupted one.
 * The result is written next to `outFile` and renamed into place, so a crash never leaves half a PDF.
 */
export const assembleSearchablePdf = async (options: {
  pages: readonly PdfPageSource[];
  outFile: string;
  signal?: AbortSignal;
}): Promise<void> => {
  const { pages, outFile } = options;
  if (pages.length === 0) {
    throw new DigitiseError('no_such_page', {
      vi: 'Không có trang nào để ghép thành tệp PDF',
      en: 'There are no pages to assemble into a PDF',
    });
  }
  const partial = `${outFile}.partial`;
  try {
    // Absolute paths, so no file name can be read as an option; qpdf exits 3 on mere warnings, still a success.
    const selection = pages.flatMap((source) =>
      typeof source === 'string' ? [resolve(source), '1'] : [resolve(source.file), String(source.page)],
    );
    const args = ['--warning-exit-0', '--deterministic-id', '--empty', '--pages', ...selection, '--', partial];
    await runTool('qpdf', args, {
      timeoutMs: 600_000,
      signal: options.signal,
    });
    await rename(partial, outFile);
  } finally {
    await rm(partial, { force: true });
  }
};

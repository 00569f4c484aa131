import type { ExecFileException } from 'node:child_process';
import { rename } from 'node:fs/promises';
import { loadSharp } from '../../../platform/heavy-libraries.ts';
import { DigitiseError, noSuchPage, unreadableFile } from './digitise-error.ts';
import { runTool } from './run-tool.ts';
import type { PageImage } from './scan-pages.ts';

/** A page rendered larger than this (an A0 plan at 300 dpi is 140 MP) gets a lower resolution instead. */
const MAX_PAGE_PIXELS = 40_000_000;

/** Runs a poppler tool on a PDF; its failures are about the file, so they become `unreadable_file`/`encrypted_file`. */
const readPdf = async (tool: 'pdfimages' | 'pdfinfo' | 'pdftoppm' | 'pdftotext', args: string[]) => {
  try {
    return await runTool(tool, args, { timeoutMs: 300_000 });
  } catch (error) {
    if (!(error instanceof DigitiseError) || error.reason !== 'tool_failed') throw error;
    // Killed by a signal (the OOM killer, an operator) says nothing about the file: left retryable.
    if ((error.cause as ExecFileException | undefined)?.signal) throw error;
    if (/password/i.test(error.en)) {
      throw new DigitiseError(
        'encrypted_file',
        { vi: 'Tệp PDF được bảo vệ bằng mật khẩu', en: 'The PDF is password-protected' },
        { cause: error },
      );
    }
    throw unreadableFile('pdf', error.en, error);
  }
};

/** Number of pages of a PDF (pdfinfo). */
export const pdfPageCount = async (file: string): Promise<number> => {
  const { stdout } = await readPdf('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  if (!Number.isInteger(pages) || pages < 1) throw unreadableFile('pdf', 'no pages');
  return pages;
};

/** Size in points (1/72 inch) of one page, after checking the page exists. */
const pdfPageSize = async (file: string, page: number) => {
  const pageCount = await pdfPageCount(file);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) throw noSuchPage(page, pageCount);
  const { stdout } = await readPdf('pdfinfo', ['-f', String(page), '-l', String(page), file]);
  const size = /^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  if (!size) throw unreadableFile('pdf', `no size for page ${page}`);
  return { width: Number(size[1]), height: Number(size[2]) };
};

/**
 * Whether every image on a page is greyscale (pdfimages -list: colour space `gray`, or an ICC space of one
 * component). Such a page is rendered in grey: a third of the pixels to write and straighten, and nothing lost
 * on a scanner's grey or black-and-white pages. A page without images is not a scan and keeps its colours.
 */
export const isGreyScanPage = async (file: string, page: number): Promise<boolean> => {
  const { stdout } = await readPdf('pdfimages', ['-list', '-f', String(page), '-l', String(page), file]);
  // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
  const images = stdout
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((columns) => columns.length >= 7 && columns[2] === 'image');
  return (
    images.length > 0 &&
    images.every(([, , , , , color, components]) => color === 'gray' || (color === 'icc' && components === '1'))
  );
};

/** Renders one PDF page with pdftoppm at `dpi` (lowered for oversized pages so the image stays bounded). */
export const renderPdfPage = async (options: {
  file: string;
  page: number;
  outFile: string;
  dpi: number;
}): Promise<PageImage> => {
  const { file, page, outFile } = options;
  const size = await pdfPageSize(file, page);
  const squareInches = (size.width / 72) * (size.height / 72);
  const dpi = Math.min(options.dpi, Math.floor(Math.sqrt(MAX_PAGE_PIXELS / squareInches)));
  const prefix = `${outFile}.render`;
  const at = String(page);
  const colour = (await isGreyScanPage(file, page)) ? ['-gray'] : [];
  const args = ['-r', String(dpi), '-f', at, '-l', at, ...colour, '-tiff', '-tiffcompression', 'none', '-singlefile'];
  await readPdf('pdftoppm', [...args, file, prefix]);
  await rename(`${prefix}.tif`, outFile);
  const sharp = await loadSharp();
  const { width, height } = await sharp(outFile).metadata();
  return { file: outFile, dpi, width, height };
};

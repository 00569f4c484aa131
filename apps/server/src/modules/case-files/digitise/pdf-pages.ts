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

/** Size in points (1/72 inch) and rotation of one page. */
type PdfPageBox = { width: number; height: number; rotation: number };

/**
 * One `pdfinfo -f p -l p` gives the page count, the page's size and its rotation. A page past the end makes
 * pdfinfo fail; only then is the page count asked for, to say how many pages there are.
 */
const pdfPageBox = async (file: string, page: number): Promise<PdfPageBox> => {
  if (!Number.isInteger(page) || page < 1) throw noSuchPage(page, await pdfPageCount(file));
  const { stdout } = await readPdf('pdfinfo', ['-f', String(page), '-l', String(page), file]).catch(async (error) => {
    if (error instanceof DigitiseError && /wrong page range/i.test(error.en)) {
      throw noSuchPage(page, await pdfPageCount(file));
    }
    throw error;
  });
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  if (!Number.isInteger(pageCount) || pageCount < 1) throw unreadableFile('pdf', 'no pages');
  if (page > pageCount) throw noSuchPage(page, pageCount);
  const size = /^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  if (!size) throw unreadableFile('pdf', `no size for page ${page}`);
  const rotation = Number(/^Page\s+\d+\s+rot:\s+(-?\d+)/m.exec(stdout)?.[1] ?? 0);
  return { width: Number(size[1]), height: Number(size[2]), rotation };
};

/** One line of `pdfimages -list`. */
type ListedImage = {
  type: string;
  width: number;
  height: number;
  color: string;
  components: number;
  bitsPerComponent: number;
  encoding: string;
  xPpi: number;
  yPpi: number;
};

/** The images (and masks) drawn on a page, as `pdfimages -list` sees them. */
const listPageImages = async (file: string, page: number): Promise<ListedImage[]> => {
  const { stdout } = await readPdf('pdfimages', ['-list', '-f', String(page), '-l', String(page), file]);
  // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((columns) => columns.length >= 14)
    .map((columns) => ({
      type: columns[2] ?? '',
      width: Number(columns[3]),
      height: Number(columns[4]),
      color: columns[5] ?? '',
      components: Number(columns[6]),
      bitsPerComponent: Number(columns[7]),
      encoding: columns[8] ?? '',
      xPpi: Number(columns[12]),
      yPpi: Number(columns[13]),
    }));
};

/**
 * Whether every image on a page is greyscale (colour space `gray`, or an ICC space of one component). Such a
 * page is rendered in grey: a third of the pixels to write and straighten, and nothing lost on a scanner's grey
 * or black-and-white pages. A page without images is not a scan and keeps its colours.
 */
const isGreyScan = (images: readonly ListedImage[]): boolean => {
  const pictures = images.filter((image) => image.type === 'image');
  return (
    pictures.length > 0 &&
    pictures.every((image) => image.color === 'gray' || (image.color === 'icc' && image.components === 1))
  );
};

/** Resolutions at which a scanner's own JPEG is OCR'd as it is; outside them the page is rendered at `dpi`. */
const KEPT_SCAN_PPI = { min: 150, max: 600 };
/** How far the image's size at its resolution may differ from the page's and still count as covering it. */
const COVER_TOLERANCE = 0.01;

/**
 * The resolution of a page that is nothing but one scanner's JPEG — one 8-bit grey or RGB image, no mask,
 * square pixels at 150–600 ppi, as large as the unrotated page — or null when the page must be rendered.
 * In doubt it renders: a page with two images, a mask, a turn or an image smaller than the page has more on
 * it than the JPEG. (Vector drawing over a full-page image is not listed by pdfimages and would be missed;
 * scanners do not write it.)
 */
const scannerJpegPpi = (box: PdfPageBox, images: readonly ListedImage[]): number | null => {
  const [image] = images;
  if (images.length !== 1 || !image || box.rotation % 360 !== 0) return null;
  const isPlainColour =
    image.color === 'gray' || image.color === 'rgb' || (image.color === 'icc' && [1, 3].includes(image.components));
  if (image.type !== 'image' || image.encoding !== 'jpeg' || !isPlainColour || image.bitsPerComponent !== 8) {
    return null;
  }
  const ppi = image.xPpi;
  if (!(ppi >= KEPT_SCAN_PPI.min && ppi <= KEPT_SCAN_PPI.max) || Math.abs(image.yPpi - ppi) > 1) return null;
  if (image.width * image.height > MAX_PAGE_PIXELS) return null;
  const covers = (pixels: number, points: number) => Math.abs((pixels * 72) / ppi - points) <= COVER_TOLERANCE * points;
  return covers(image.width, box.width) && covers(image.height, box.height) ? ppi : null;
};

/**
 * Writes one PDF page as an image. With `extractScannerJpeg`, a scanner's page (one JPEG covering it) is
 * extracted as it is (pdfimages -j copies the JPEG's bytes): OCR reads the scanner's own pixels at their own
 * resolution, without a render to an 8.7 MB TIFF. Any other page is rendered with pdftoppm at `dpi` (lowered
 * for oversized pages so the image stays bounded), in grey when all its images are grey.
 */
export const renderPdfPage = async (options: {
  file: string;
  page: number;
  outFile: string;
  dpi: number;
  extractScannerJpeg: boolean;
}): Promise<PageImage> => {
  const { file, page, outFile } = options;
  const at = String(page);
  const box = await pdfPageBox(file, page);
  const images = await listPageImages(file, page);
  const scanPpi = options.extractScannerJpeg ? scannerJpegPpi(box, images) : null;
  const prefix = `${outFile}.render`;
  const [image] = images;
  if (scanPpi !== null && image) {
    await readPdf('pdfimages', ['-j', '-f', at, '-l', at, file, prefix]);
    await rename(`${prefix}-000.jpg`, outFile);
    return { file: outFile, dpi: scanPpi, width: image.width, height: image.height };
  }
  const squareInches = (box.width / 72) * (box.height / 72);
  const dpi = Math.min(options.dpi, Math.floor(Math.sqrt(MAX_PAGE_PIXELS / squareInches)));
  const colour = isGreyScan(images) ? ['-gray'] : [];
  const args = ['-r', String(dpi), '-f', at, '-l', at, ...colour, '-tiff', '-tiffcompression', 'none', '-singlefile'];
  await readPdf('pdftoppm', [...args, file, prefix]);
  await rename(`${prefix}.tif`, outFile);
  const sharp = await loadSharp();
  const { width, height } = await sharp(outFile).metadata();
  return { file: outFile, dpi, width, height };
};

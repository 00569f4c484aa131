import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import sharp from 'sharp';
import { detectOcrTools } from '../ocr-tools.ts';
import { vietnameseFont } from './fonts.ts';

const report = await detectOcrTools();

const missing = (codes: readonly string[]): string | false => {
  const problems = report.problems.filter((problem) => codes.includes(problem.code));
  return problems.length === 0 ? false : `skipped: ${problems.map((problem) => problem.en).join('; ')}`;
};

const noFont = vietnameseFont() ? false : 'skipped: no Vietnamese font to render test pages (install fonts-noto-core)';

/** Skip reason (shown by the test runner) when scans cannot be OCR'd here, false when they can. */
export const skipWithoutOcr =
  noFont || missing(['tesseract_missing', 'tesseract_too_old', 'vie_missing', 'osd_missing']);
/** Skip reason when PDFs cannot be rendered or read (poppler-utils). */
export const skipWithoutPoppler = noFont || missing(['poppler_missing']);
/** Skip reason when PDFs cannot be joined (qpdf). */
export const skipWithoutQpdf = missing(['qpdf_missing']);
/** Skip reason when test pages cannot be rendered. */
export const skipWithoutFont = noFont;

/** A fresh work folder for this test file, removed when the file's tests end; call it at the file's top level. */
export const makeWorkFolder = async (): Promise<string> => {
  const folder = await mkdtemp(join(tmpdir(), 'digitise-test-'));
  after(() => rm(folder, { recursive: true, force: true }));
  return folder;
};

/** Mean absolute grey-level difference of two images of the same size (0 = identical, 255 = inverted). */
export const meanGreyDifference = async (a: string | Buffer, b: string | Buffer): Promise<number> => {
  const [left, right] = await Promise.all(
    [a, b].map((image) => sharp(image).greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true })),
  );
  if (!left || !right || left.info.width !== right.info.width || left.info.height !== right.info.height) {
    throw new Error(
      `sizes differ: ${left?.info.width}×${left?.info.height} vs ${right?.info.width}×${right?.info.height}`,
    );
  }
  let sum = 0;
  for (let index = 0; index < left.data.length; index++)
    sum += Math.abs((left.data[index] ?? 0) - (right.data[index] ?? 0));
  return sum / left.data.length;
};

import { copyFile } from 'node:fs/promises';
import { loadSharp } from '../../../platform/heavy-libraries.ts';
import { estimateSkewDegrees } from './estimate-skew.ts';
import type { QuarterTurn } from './page-orientation.ts';
import type { PageImage } from './scan-pages.ts';

/** The page as OCR'd and shown in the searchable PDF, and what was done to it. */
export type StraightPage = PageImage & {
  /** Quarter turns applied clockwise. */
  rotatedBy: QuarterTurn;
  /** Degrees turned back to straighten skewed lines (0 when none were measured). */
  deskewedBy: number;
  isColour: boolean;
};

/** Skew smaller than this is not worth resampling the whole page for. */
const MIN_DESKEW_DEGREES = 0.1;
/** Width the skew is measured at: line spacing survives, and the estimate takes milliseconds. */
const SKEW_PROBE_WIDTH = 800;
/** JPEG quality of the page kept in the searchable PDF: text edges stay clean at a tenth of the PNG's size. */
const PAGE_JPEG_QUALITY = 85;
/**
 * A page counts as colour when more than COLOURED_SHARE of its pixels differ between channels by more than
 * COLOUR_SPREAD. The share is low on purpose: a seal ring is about 0.5% of an A4 page, and keeping a grey page
 * in colour only costs file size, while losing a seal's red loses evidence.
 */
const COLOUR_SPREAD = 24;
const COLOURED_SHARE = 0.002;

type Probe = { skew: number; isColour: boolean };

/**
 * One small decode of the page serves both questions: its grey levels for the skew estimate, its channels
 * for whether the page has colour worth keeping (a red seal, a photo).
 */
const probePage = async (file: string, turn: QuarterTurn): Promise<Probe> => {
  const sharp = await loadSharp();
  const { data, info } = await sharp(file)
    .rotate(turn)
    .resize({ width: SKEW_PROBE_WIDTH, withoutEnlargement: true })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const pixels = new Uint8Array(info.width * info.height);
  let coloured = 0;
  for (let pixel = 0, index = 0; pixel < pixels.length; pixel++, index += info.channels) {
    const r = data[index] ?? 255;
    if (info.channels < 3) {
      pixels[pixel] = r;
      continue;
    }
    const [g = 255, b = 255] = [data[index + 1], data[index + 2]];
    pixels[pixel] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    if (Math.max(r, g, b) - Math.min(r, g, b) > COLOUR_SPREAD) coloured++;
  }
  const skew = estimateSkewDegrees({ pixels, width: info.width, height: info.height });
  return {
    skew: skew !== null && Math.abs(skew) >= MIN_DESKEW_DEGREES ? skew : 0,
    isColour: coloured / pixels.length > COLOURED_SHARE,
  };
};

/**
 * Whether the page image is a JPEG tesseract can read and embed as it is: grey or RGB, with no EXIF turn
 * (tesseract would ignore it; PDF viewers ignore it too, so a scanner's JPEG in a PDF never relies on it).
 */
const isPlainJpeg = async (file: string): Promise<boolean> => {
  const sharp = await loadSharp();
  const { format, orientation, space, channels } = await sharp(file).metadata();
  return (
    format === 'jpeg' &&
    (orientation ?? 1) === 1 &&
    ((space === 'b-w' && channels === 1) || (space === 'srgb' && channels === 3))
  );
};

/**
 * Turns a page by `quarterTurn`, straightens skewed lines (projection-profile estimate within ±5°), keeps
 * colour only when the page has some, and writes it as a JPEG at the page's resolution — the image tesseract
 * reads and embeds in the searchable PDF. A JPEG page (a scanner's own) with nothing to turn or straighten is
 * copied as it is: decoding and re-encoding it would cost time and lose a little of the scanner's detail.
 * The same input always gives the same bytes.
 */
export const straightenPage = async (options: {
  page: PageImage;
  outFile: string;
  quarterTurn?: QuarterTurn;
}): Promise<StraightPage> => {
  const { page, outFile } = options;
  const turn = options.quarterTurn ?? 0;
  const { skew, isColour } = await probePage(page.file, turn);
  if (turn === 0 && skew === 0 && (await isPlainJpeg(page.file))) {
    await copyFile(page.file, outFile);
    return { ...page, file: outFile, rotatedBy: 0, deskewedBy: 0, isColour };
  }
  const sharp = await loadSharp();
  const turned = sharp(page.file).rotate(turn - skew, { background: '#ffffff' });
  const { data, info } = await (isColour ? turned : turned.greyscale()).raw().toBuffer({ resolveWithObject: true });
  // Turning by a fraction of a degree grows the canvas; cut back to the page's own (quarter-turned) size.
  const [width, height] = turn % 180 === 0 ? [page.width, page.height] : [page.height, page.width];
  const crop = {
    left: Math.max(0, Math.floor((info.width - width) / 2)),
    top: Math.max(0, Math.floor((info.height - height) / 2)),
    width: Math.min(width, info.width),
    height: Math.min(height, info.height),
  };
  const straight = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).extract(
    crop,
  );
  await (isColour ? straight : straight.toColourspace('b-w'))
    .withDensity(page.dpi)
    .jpeg({ quality: PAGE_JPEG_QUALITY })
    .toFile(outFile);
  return {
    file: outFile,
    dpi: page.dpi,
    width: crop.width,
    height: crop.height,
    rotatedBy: turn,
    deskewedBy: skew,
    isColour,
  };
};

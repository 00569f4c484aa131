import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import {
  damagePage,
  type ScanDamage,
} from '../../apps/server/src/modules/case-files/digitise/test-scans/damage-page.ts';
import { renderTextPages } from '../../apps/server/src/modules/case-files/digitise/test-scans/render-pages.ts';
import { writeScanPdf } from '../../apps/server/src/modules/case-files/digitise/test-scans/scan-files.ts';
import {
  hasLegalTexts,
  loadLegalParagraphs,
} from '../../apps/server/src/modules/case-files/digitise/test-scans/vietnamese-text.ts';

/** How a test page is spoiled; every page gets one level, in turn. */
export const DISTORTIONS = ['clean', 'noisy', 'skewed', 'blurred', 'combined'] as const;
export type Distortion = (typeof DISTORTIONS)[number];

/** One generated scan: the JPEG every OCR run reads, and the text printed on it. */
export type TestPage = { pageNo: number; distortion: Distortion; skewDegrees: number; jpegFile: string; text: string };
export type TestScan = { pages: TestPage[]; pdfFile: string; pdfBytes: number };

const LAWS = [
  'to-tung-hinh-su.md',
  'hinh-su.md',
  'thi-hanh-tam-giu-tam-giam.md',
  'to-chuc-vien-kiem-sat-nhan-dan.md',
  'cong-tac-van-thu.md',
];
/** A 12-pt A4 page of the renderer holds about 2,300 characters; a little more so every page is full. */
const PAGE_CHARS = 2_800;
/** Quality of a typical office scanner's greyscale JPEG. */
const SCAN_JPEG_QUALITY = 85;

/** Small seeded PRNG (mulberry32), so the same seed gives the same pages. */
const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Skew of ±0.8–2°, either way: small enough for a sheet fed by hand, large enough to matter to OCR. */
const damageFor = (distortion: Distortion, random: () => number, seed: number): ScanDamage => {
  const skewDegrees = (random() < 0.5 ? -1 : 1) * (0.8 + 1.2 * random());
  switch (distortion) {
    case 'clean':
      return {};
    case 'noisy':
      return { noise: 22, speckles: 0.002, seed };
    case 'skewed':
      return { skewDegrees };
    case 'blurred':
      return { blur: 1.4 };
    case 'combined':
      return { noise: 15, speckles: 0.001, skewDegrees, blur: 1, seed };
  }
};

/** Paragraphs of the laws taken in turn, each law from a seeded place, about `chars` characters in all. */
const pickParagraphs = async (chars: number, random: () => number): Promise<string[]> => {
  const perLaw = Math.ceil(chars / LAWS.length / 200);
  const laws = await Promise.all(
    LAWS.map((file) => loadLegalParagraphs({ file, count: perLaw, skip: Math.floor(random() * 200) })),
  );
  return Array.from({ length: perLaw }, (_, index) => laws.map((paragraphs) => paragraphs[index] ?? '')).flat();
};

/** The JPEG a scanner would make of the page, encoded exactly as writeScanPdf embeds it (so same pixels). */
const scannerJpeg = (png: Buffer) => sharp(png).toColourspace('b-w').jpeg({ quality: SCAN_JPEG_QUALITY }).toBuffer();

/**
 * Renders `count` A4 pages at 300 dpi of Vietnamese legal prose from ../shared/data/legal, spoiled in turn
 * clean, noisy, skewed, blurred and all three together; writes each page as the JPEG a scanner would make and
 * one scanner PDF of them all (the same JPEG bytes inside). Null when the legal texts are absent.
 */
export const generateTestScan = async (options: {
  count: number;
  seed: number;
  folder: string;
}): Promise<TestScan | null> => {
  if (!hasLegalTexts()) return null;
  const random = seededRandom(options.seed);
  await mkdir(options.folder, { recursive: true });
  const paragraphs = await pickParagraphs((options.count + 1) * PAGE_CHARS, random);
  const rendered = await renderTextPages({ paragraphs: paragraphs.filter((text) => text !== '') });
  // The last page is cut short wherever the text ends; only full pages are kept.
  if (rendered.length <= options.count) throw new Error(`only ${rendered.length - 1} full pages of legal text`);
  const pages: TestPage[] = [];
  const pngs: Buffer[] = [];
  for (const [index, page] of rendered.slice(0, options.count).entries()) {
    const pageNo = index + 1;
    const distortion = DISTORTIONS[index % DISTORTIONS.length] as Distortion;
    const damage = damageFor(distortion, random, options.seed * 1000 + pageNo);
    const png = await damagePage(page.png, damage);
    const jpeg = await scannerJpeg(png);
    const jpegFile = path.join(options.folder, `page-${String(pageNo).padStart(3, '0')}.jpg`);
    await writeFile(jpegFile, jpeg);
    pngs.push(png);
    pages.push({ pageNo, distortion, skewDegrees: damage.skewDegrees ?? 0, jpegFile, text: page.text });
  }
  const pdfFile = path.join(options.folder, 'scan.pdf');
  await writeScanPdf({ pages: pngs, outFile: pdfFile });
  return { pages, pdfFile, pdfBytes: (await stat(pdfFile)).size };
};

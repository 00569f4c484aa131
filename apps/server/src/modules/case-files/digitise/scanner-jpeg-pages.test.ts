import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { before, describe, test } from 'node:test';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { ocrPage } from './ocr-page.ts';
import { renderScanPage } from './scan-pages.ts';
import { straightenPage } from './straighten-page.ts';
import { type GeneratedPage, renderTextPages } from './test-scans/render-pages.ts';
import { writeScanPdf } from './test-scans/scan-files.ts';
import {
  makeWorkFolder,
  meanGreyDifference,
  skipWithoutOcr,
  skipWithoutPoppler,
  skipWithoutQpdf,
} from './test-scans/skips.ts';
import { SAMPLE_PARAGRAPHS } from './test-scans/vietnamese-text.ts';

const work = await makeWorkFolder();

/** The JPEG writeScanPdf embeds for a page: the same sharp call gives the same bytes. */
const scannerJpeg = (png: Buffer) => sharp(png).toColourspace('b-w').jpeg({ quality: 85 }).toBuffer();

/** A PDF page as the OCR of a page without text of its own renders it. */
const renderForOcr = (file: string, page: number, name: string) =>
  renderScanPage({ file, format: 'pdf', page, outFile: join(work, name), extractScannerJpeg: true });

/** A one-page PDF drawn by `draw` on a page of `size` points. */
const writePdf = async (outFile: string, size: [number, number], draw: (doc: PDFKit.PDFDocument) => void) => {
  const doc = new PDFDocument({ autoFirstPage: false });
  const done = finished(doc.pipe(createWriteStream(outFile)));
  doc.addPage({ size, margin: 0 });
  draw(doc);
  doc.end();
  await done;
};

describe("a scanner's JPEG pages reach OCR as the scanner wrote them", { skip: skipWithoutPoppler }, () => {
  let pages: GeneratedPage[] = [];
  let jpegs: Buffer[] = [];
  before(async () => {
    pages = (
      await Promise.all(
        SAMPLE_PARAGRAPHS.slice(0, 2).map((paragraph) =>
          renderTextPages({ paragraphs: [paragraph], layout: { height: 900 } }),
        ),
      )
    ).flat();
    jpegs = await Promise.all(pages.map((page) => scannerJpeg(page.png)));
  });

  test('a page that is one JPEG is extracted byte for byte, at its own resolution, and straightened as is', async () => {
    const file = join(work, 'scanner.pdf');
    await writeScanPdf({ pages: pages.map((page) => page.png), outFile: file, dpi: 200 });
    const image = await renderForOcr(file, 2, 'scanner-2.tif');
    assert.deepEqual(
      { dpi: image.dpi, width: image.width, height: image.height },
      { dpi: 200, width: 2480, height: 900 },
    );
    assert.deepEqual(await readFile(image.file), jpegs[1]);
    const straight = await straightenPage({ page: image, outFile: join(work, 'scanner-2.jpg') });
    assert.deepEqual({ turned: straight.rotatedBy, deskewed: straight.deskewedBy }, { turned: 0, deskewed: 0 });
    assert.deepEqual(await readFile(straight.file), jpegs[1]);
  });

  test("the searchable page embeds the scanner's JPEG as is, at the original page's size", {
    skip: skipWithoutOcr,
  }, async () => {
    const file = join(work, 'scanner-200.pdf');
    await writeScanPdf({ pages: [pages[0]?.png ?? Buffer.alloc(0)], outFile: file, dpi: 200 });
    const image = await renderForOcr(file, 1, 'scanner-200-1.tif');
    const straight = await straightenPage({ page: image, outFile: join(work, 'scanner-200-1.jpg') });
    const ocr = await ocrPage({ page: straight, outBase: join(work, 'scanner-200-1') });
    assert.ok(ocr.wordCount > 10, `${ocr.wordCount} words`);
    const info = execFileSync('pdfinfo', [ocr.pdfFile], { encoding: 'utf8' });
    // 2480 x 900 pixels at 200 ppi: 892.8 x 324 pt, the scanner's page.
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
    assert.ok(Math.abs(Number(width) - 892.8) < 1 && Math.abs(Number(height) - 324) < 1, `${width} x ${height} pt`);
    execFileSync('pdfimages', ['-j', ocr.pdfFile, join(work, 'embedded')]);
    assert.deepEqual(await readFile(join(work, 'embedded-000.jpg')), jpegs[0]);
  });

  test('a skewed JPEG page is still straightened, not copied', async () => {
    const [skewed] = await renderTextPages({
      paragraphs: SAMPLE_PARAGRAPHS,
      layout: { height: 1800 },
      damage: { skewDegrees: 1.5 },
    });
    assert.ok(skewed);
    const file = join(work, 'skewed.pdf');
    await writeScanPdf({ pages: [skewed.png], outFile: file });
    const image = await renderForOcr(file, 1, 'skewed-1.tif');
    const straight = await straightenPage({ page: image, outFile: join(work, 'skewed-1.jpg') });
    assert.ok(Math.abs(straight.deskewedBy) > 1, `deskewed by ${straight.deskewedBy}`);
    assert.notDeepEqual(await readFile(straight.file), await readFile(image.file));
  });

  test('a JPEG upload with nothing to turn is kept as it is', async () => {
    const file = join(work, 'upload.jpg');
    await writeFile(file, jpegs[0] ?? Buffer.alloc(0));
    const image = await renderScanPage({ file, format: 'jpg', page: 1, outFile: join(work, 'upload-1.tif') });
    assert.deepEqual(await readFile(image.file), jpegs[0]);
    assert.deepEqual([image.width, image.height], [2480, 900]);
  });

  test('a preview renders even a scanner page, as a viewer draws it', async () => {
    const file = join(work, 'scanner.pdf');
    const image = await renderScanPage({
      file,
      format: 'pdf',
      page: 2,
      outFile: join(work, 'preview-2.tif'),
      dpi: 100,
    });
    assert.equal((await sharp(image.file).metadata()).format, 'tiff');
    assert.deepEqual({ dpi: image.dpi, width: image.width }, { dpi: 100, width: 1240 });
  });

  test('a page with two images is rendered, not extracted', async () => {
    const file = join(work, 'two-images.pdf');
    const [top = Buffer.alloc(0), bottom = Buffer.alloc(0)] = jpegs;
    // Each 2480 x 900 image at 300 ppi is 595.2 x 216 pt; stacked they fill the page.
    await writePdf(file, [595.2, 432], (doc) => {
      doc.image(top, 0, 0, { width: 595.2, height: 216 });
      doc.image(bottom, 0, 216, { width: 595.2, height: 216 });
    });
    const image = await renderForOcr(file, 1, 'two-1.tif');
    assert.equal((await sharp(image.file).metadata()).format, 'tiff');
    assert.deepEqual(
      { dpi: image.dpi, width: image.width, height: image.height },
      { dpi: 300, width: 2480, height: 1800 },
    );
  });

  test('a JPEG smaller than its page is rendered with the rest of the page', async () => {
    const file = join(work, 'small-image.pdf');
    await writePdf(file, [595.2, 432], (doc) => doc.image(jpegs[0] ?? Buffer.alloc(0), 0, 0, { width: 595.2 }));
    const image = await renderForOcr(file, 1, 'small-1.tif');
    assert.equal((await sharp(image.file).metadata()).format, 'tiff');
    assert.deepEqual([image.width, image.height], [2480, 1800]);
  });

  test('a rotated page is rendered turned, as a viewer shows it', { skip: skipWithoutQpdf }, async () => {
    const upright = join(work, 'upright.pdf');
    await writeScanPdf({ pages: [pages[0]?.png ?? Buffer.alloc(0)], outFile: upright });
    const rotated = join(work, 'rotated.pdf');
    execFileSync('qpdf', ['--rotate=+90:1', upright, rotated]);
    const image = await renderForOcr(rotated, 1, 'rotated-1.tif');
    assert.equal((await sharp(image.file).metadata()).format, 'tiff');
    assert.deepEqual([image.width, image.height], [900, 2480]);
    const turnedBack = await sharp(image.file).rotate(-90).toBuffer();
    const difference = await meanGreyDifference(turnedBack, jpegs[0] ?? Buffer.alloc(0));
    assert.ok(difference < 3, `differs from the page by ${difference}`);
  });
});

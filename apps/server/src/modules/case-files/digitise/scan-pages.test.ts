import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { DigitiseError } from './digitise-error.ts';
import { countScanPages, renderScanPage, type ScanFormat } from './scan-pages.ts';
import { type GeneratedPage, renderTextPages } from './test-scans/render-pages.ts';
import { writeScanPdf, writeScanTiff } from './test-scans/scan-files.ts';
import {
  makeWorkFolder,
  meanGreyDifference,
  skipWithoutFont,
  skipWithoutPoppler,
  skipWithoutQpdf,
} from './test-scans/skips.ts';
import { SAMPLE_PARAGRAPHS } from './test-scans/vietnamese-text.ts';

const rejectsWith = (promise: Promise<unknown>, reason: DigitiseError['reason']) =>
  assert.rejects(promise, (error) => error instanceof DigitiseError && error.reason === reason);

const work = await makeWorkFolder();

describe('splitting scans into pages', { skip: skipWithoutFont }, () => {
  let pages: GeneratedPage[] = [];
  before(async () => {
    // One paragraph per short page, so each page is different from the others.
    pages = (
      await Promise.all(
        SAMPLE_PARAGRAPHS.map((paragraph) => renderTextPages({ paragraphs: [paragraph], layout: { height: 900 } })),
      )
    ).flat();
    assert.equal(pages.length, 3);
  });

  /** Page 2 of the file is page 2 of what was scanned, not page 1 or 3. */
  const assertIsSecondPage = async (file: string) => {
    const toSecond = await meanGreyDifference(file, pages[1]?.png ?? Buffer.alloc(0));
    const toFirst = await meanGreyDifference(file, pages[0]?.png ?? Buffer.alloc(0));
    assert.ok(toSecond < 2.5 && toFirst > 2 * toSecond, `difference to page 2: ${toSecond}, to page 1: ${toFirst}`);
  };

  test('a 3-page PDF: 3 pages, each rendered alone at 300 dpi', { skip: skipWithoutPoppler }, async () => {
    const file = join(work, 'scan.pdf');
    await writeScanPdf({ pages: pages.map((page) => page.png), outFile: file });
    assert.equal(await countScanPages({ file, format: 'pdf' }), 3);
    const image = await renderScanPage({ file, format: 'pdf', page: 2, outFile: join(work, 'pdf-2.tif') });
    assert.deepEqual(
      { dpi: image.dpi, width: image.width, height: image.height },
      { dpi: 300, width: 2480, height: 900 },
    );
    await assertIsSecondPage(image.file);
    await rejectsWith(renderScanPage({ file, format: 'pdf', page: 4, outFile: join(work, 'x.tif') }), 'no_such_page');
  });

  test('a 3-page TIFF: 3 pages, each decoded alone', async () => {
    const file = join(work, 'scan.tif');
    await writeScanTiff({ pages: pages.map((page) => page.png), outFile: file });
    assert.equal(await countScanPages({ file, format: 'tif' }), 3);
    const image = await renderScanPage({ file, format: 'tif', page: 2, outFile: join(work, 'tif-2.tif') });
    assert.deepEqual(
      { dpi: image.dpi, width: image.width, height: image.height },
      { dpi: 300, width: 2480, height: 900 },
    );
    await assertIsSecondPage(image.file);
    await rejectsWith(renderScanPage({ file, format: 'tif', page: 0, outFile: join(work, 'x.tif') }), 'no_such_page');
  });

  test("JPEG and PNG are one page; a camera's orientation is applied; a 600-dpi scan comes down to 300", async () => {
    const png = join(work, 'photo.png');
    await writeFile(png, pages[0]?.png ?? Buffer.alloc(0));
    assert.equal(await countScanPages({ file: png, format: 'png' }), 1);
    const jpg = join(work, 'photo.jpg');
    // EXIF orientation 6: the camera was turned; viewers show the picture turned 90° clockwise.
    await sharp(png).withMetadata({ orientation: 6 }).jpeg().toFile(jpg);
    const photo = await renderScanPage({ file: jpg, format: 'jpg', page: 1, outFile: join(work, 'jpg-1.tif') });
    assert.deepEqual([photo.width, photo.height], [900, 2480]);
    const fine = join(work, 'fine.tif');
    await sharp(png).resize({ width: 4960 }).withDensity(600).tiff().toFile(fine);
    const scaled = await renderScanPage({ file: fine, format: 'tif', page: 1, outFile: join(work, 'fine-1.tif') });
    assert.deepEqual({ dpi: scaled.dpi, width: scaled.width }, { dpi: 300, width: 2480 });
  });

  test('damaged, disguised and password-protected files fail as such', { skip: skipWithoutPoppler }, async () => {
    const whole = await readFile(join(work, 'scan.pdf'));
    const truncated = join(work, 'truncated.pdf');
    await writeFile(truncated, whole.subarray(0, 1500));
    await rejectsWith(countScanPages({ file: truncated, format: 'pdf' }), 'unreadable_file');
    const notTiff = join(work, 'not.tif');
    await writeFile(notTiff, 'II*\0 this is not really a TIFF');
    for (const format of ['tif', 'png', 'jpg'] as ScanFormat[]) {
      await rejectsWith(countScanPages({ file: notTiff, format }), 'unreadable_file');
    }
    if (skipWithoutQpdf) return;
    const locked = join(work, 'locked.pdf');
    execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', join(work, 'scan.pdf'), locked]);
    await rejectsWith(countScanPages({ file: locked, format: 'pdf' }), 'encrypted_file');
  });

  test('an A0 page is rendered at a lower resolution that keeps it under 40 megapixels', {
    skip: skipWithoutPoppler,
  }, async () => {
    const file = join(work, 'plan.pdf');
    const doc = new PDFDocument({ size: 'A0' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve) => doc.on('end', resolve));
    doc.text('Sơ đồ hiện trường');
    doc.end();
    await ended;
    await writeFile(file, Buffer.concat(chunks));
    const image = await renderScanPage({ file, format: 'pdf', page: 1, outFile: join(work, 'plan-1.tif') });
    assert.ok(image.dpi < 300 && image.dpi > 150, `dpi ${image.dpi}`);
    assert.ok(image.width * image.height <= 40_000_000);
  });
});

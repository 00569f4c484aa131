import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { characterErrorRate } from '@eprocuracy/domain/case-files/cer';
import { ocrPage } from './ocr-page.ts';
import { readScanPage } from './read-scan-page.ts';
import { renderScanPage } from './scan-pages.ts';
import type { ScanDamage } from './test-scans/damage-page.ts';
import { renderTextPages } from './test-scans/render-pages.ts';
import { makeWorkFolder, skipWithoutOcr } from './test-scans/skips.ts';
import { hasLegalTexts, loadLegalParagraphs, SAMPLE_PARAGRAPHS } from './test-scans/vietnamese-text.ts';

const work = await makeWorkFolder();

/** Generates a page, then takes it through the pipeline as an uploaded PNG scan: render, straighten, OCR. */
const scanAndRead = async (name: string, paragraphs: readonly string[], damage: ScanDamage, height?: number) => {
  const [generated, ...more] = await renderTextPages({ paragraphs, damage, layout: height ? { height } : {} });
  assert.ok(generated && more.length === 0, 'the text fits on one page');
  const upload = join(work, `${name}.png`);
  await writeFile(upload, generated.png);
  const image = await renderScanPage({ file: upload, format: 'png', page: 1, outFile: join(work, `${name}.tif`) });
  const { page, ocr } = await readScanPage({ page: image, outBase: join(work, name) });
  return { generated, page, ocr, cer: characterErrorRate(generated.text, ocr.text) };
};

describe('OCR of a page (tesseract, Vietnamese)', { skip: skipWithoutOcr }, () => {
  test('a clean Vietnamese page reads back almost exactly, with high confidence, the same every run', async () => {
    const { ocr, page, cer, generated } = await scanAndRead('clean', SAMPLE_PARAGRAPHS, {}, 1800);
    assert.ok(cer < 0.02, `CER ${cer}: ${ocr.text}`);
    assert.ok((ocr.meanConfidence ?? 0) > 85, `mean confidence ${ocr.meanConfidence}`);
    const words = generated.text.split(/\s+/).length;
    assert.ok(Math.abs(ocr.wordCount - words) <= words * 0.05, `${ocr.wordCount} words read, ${words} printed`);
    assert.match((await readFile(ocr.pdfFile)).subarray(0, 5).toString(), /^%PDF-/);
    const again = await ocrPage({ page, outBase: join(work, 'clean-again') });
    assert.equal(again.text, ocr.text);
    assert.deepEqual(await readFile(again.pdfFile), await readFile(ocr.pdfFile));
    assert.deepEqual(await readFile(again.tsvFile), await readFile(ocr.tsvFile));
  });

  test('a noisy, blurred page fed 1.5° crooked is straightened and read with CER below 0.1', async () => {
    const damage = { noise: 20, blur: 0.8, speckles: 0.001, skewDegrees: 1.5, seed: 7 };
    const { ocr, page, cer } = await scanAndRead('noisy', SAMPLE_PARAGRAPHS.slice(0, 2), damage, 1400);
    assert.ok(Math.abs(page.deskewedBy - 1.5) < 0.2, `deskewed by ${page.deskewedBy}`);
    assert.ok(cer < 0.1, `CER ${cer}: ${ocr.text}`);
  });

  test('a full A4 page of the Criminal Procedure Code from ../shared reads with CER below 0.1', async (t) => {
    if (!hasLegalTexts()) {
      t.skip('../shared/data/legal not present: skipping the legal-text page');
      return;
    }
    const paragraphs = await loadLegalParagraphs({ file: 'to-tung-hinh-su.md', skip: 40, count: 5 });
    assert.equal(paragraphs.length, 5);
    const { ocr, cer } = await scanAndRead('legal', paragraphs, { noise: 12, blur: 0.6, skewDegrees: -0.8, seed: 3 });
    assert.ok(cer < 0.1, `CER ${cer}: ${ocr.text.slice(0, 300)}`);
  });
});

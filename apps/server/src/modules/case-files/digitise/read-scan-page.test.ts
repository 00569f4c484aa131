import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { characterErrorRate } from '@eprocuracy/domain/case-files/cer';
import sharp from 'sharp';
import { detectOrientation } from './page-orientation.ts';
import { DEFAULT_ROTATION_CONFIDENCE, looksMisoriented, readScanPage } from './read-scan-page.ts';
import { renderScanPage } from './scan-pages.ts';
import { straightenPage } from './straighten-page.ts';
import type { ScanDamage } from './test-scans/damage-page.ts';
import { type GeneratedPage, renderTextPages } from './test-scans/render-pages.ts';
import { makeWorkFolder, meanGreyDifference, skipWithoutOcr } from './test-scans/skips.ts';
import { SAMPLE_PARAGRAPHS } from './test-scans/vietnamese-text.ts';
import { makeThumbnail } from './thumbnail.ts';

const work = await makeWorkFolder();

/** Writes `png` as an uploaded scan and renders its only page. */
const upload = async (name: string, png: Buffer) => {
  const file = join(work, `${name}.png`);
  await writeFile(file, png);
  return renderScanPage({ file, format: 'png', page: 1, outFile: join(work, `${name}.tif`) });
};

const generate = async (damage: ScanDamage): Promise<GeneratedPage> => {
  const [page] = await renderTextPages({ paragraphs: SAMPLE_PARAGRAPHS, layout: { height: 1800 }, damage });
  assert.ok(page);
  return page;
};

describe('misorientation is judged from the first reading', () => {
  test('low confidence or tall words call for OSD; a page without words does not', () => {
    assert.equal(looksMisoriented({ wordCount: 400, meanConfidence: 96, tallWordShare: 0.01 }), false);
    assert.equal(looksMisoriented({ wordCount: 400, meanConfidence: 45, tallWordShare: 0.1 }), true);
    assert.equal(looksMisoriented({ wordCount: 400, meanConfidence: 96, tallWordShare: 0.9 }), true);
    assert.equal(looksMisoriented({ wordCount: 0, meanConfidence: null, tallWordShare: null }), false);
  });
});

describe('reading a scanned page: upright, straight, OCR', { skip: skipWithoutOcr }, () => {
  let upright: GeneratedPage;
  before(async () => {
    upright = await generate({});
  });

  for (const turn of [90, 180, 270] as const) {
    test(`a page scanned turned ${turn}° is turned upright and read`, async () => {
      const reading = await readScanPage({
        page: await upload(`turned-${turn}`, (await generate({ quarterTurns: turn })).png),
        outBase: join(work, `turned-${turn}`),
      });
      assert.equal(reading.isOrientationChecked, true);
      assert.equal(reading.page.rotatedBy, (360 - turn) % 360);
      assert.deepEqual([reading.page.width, reading.page.height], [2480, 1800]);
      const difference = await meanGreyDifference(reading.page.file, upright.png);
      assert.ok(difference < 3, `differs from the upright page by ${difference}`);
      const cer = characterErrorRate(upright.text, reading.ocr.text);
      assert.ok(cer < 0.02, `CER ${cer}`);
    });
  }

  test('an upright page is read once, without asking OSD, and gives the same bytes every time', async () => {
    const page = await upload('upright', upright.png);
    const first = await readScanPage({ page, outBase: join(work, 'upright') });
    const second = await readScanPage({ page, outBase: join(work, 'upright-again') });
    assert.deepEqual(
      { rotatedBy: first.page.rotatedBy, deskewedBy: first.page.deskewedBy, checked: first.isOrientationChecked },
      { rotatedBy: 0, deskewedBy: 0, checked: false },
    );
    assert.deepEqual(await readFile(first.page.file), await readFile(second.page.file));
    assert.deepEqual(await readFile(first.ocr.pdfFile), await readFile(second.ocr.pdfFile));
    const { channels, density, format } = await sharp(first.page.file).metadata();
    assert.deepEqual(
      { channels, density, format, isColour: first.page.isColour },
      { channels: 1, density: 300, format: 'jpeg', isColour: false },
    );
  });

  test('OSD is confident on a text page and unsure on a picture, which is not turned or straightened', async () => {
    const text = await straightenPage({
      page: await upload('osd-text', upright.png),
      outFile: join(work, 'osd-text.jpg'),
    });
    assert.ok(((await detectOrientation(text))?.confidence ?? 0) >= DEFAULT_ROTATION_CONFIDENCE);
    const picture = await sharp({
      create: {
        width: 1200,
        height: 900,
        channels: 3,
        background: '#8a9a5b',
        noise: { type: 'gaussian', mean: 120, sigma: 40 },
      },
    })
      .png()
      .toBuffer();
    const reading = await readScanPage({ page: await upload('picture', picture), outBase: join(work, 'picture') });
    assert.deepEqual(
      { rotatedBy: reading.page.rotatedBy, deskewedBy: reading.page.deskewedBy },
      { rotatedBy: 0, deskewedBy: 0 },
    );
    assert.ok(
      (reading.orientation?.confidence ?? 0) < DEFAULT_ROTATION_CONFIDENCE,
      `confidence ${reading.orientation?.confidence}`,
    );
  });

  test('a page with a red seal keeps its colour; its thumbnail is a small WebP', async () => {
    const seal = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><circle cx="200" cy="200" r="180" fill="none" stroke="#d01010" stroke-width="24"/></svg>',
    );
    const sealed = await sharp(upright.png)
      .toColourspace('srgb')
      .composite([{ input: seal, left: 1800, top: 1300 }])
      .png()
      .toBuffer();
    const page = await straightenPage({ page: await upload('sealed', sealed), outFile: join(work, 'sealed.jpg') });
    assert.equal(page.isColour, true);
    assert.equal((await sharp(page.file).metadata()).channels, 3);
    const thumbnail = await makeThumbnail({ image: page.file, outFile: join(work, 'sealed.webp') });
    assert.deepEqual(thumbnail, { width: 240, height: Math.round((240 * 1800) / 2480) });
    assert.equal((await sharp(join(work, 'sealed.webp')).metadata()).format, 'webp');
    assert.ok((await readFile(join(work, 'sealed.webp'))).length < 30_000);
  });
});

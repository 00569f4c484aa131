import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { characterErrorRate } from '@eprocuracy/domain/case-files/cer';
import { strToU8, zipSync } from 'fflate';
import { DigitiseError } from './digitise-error.ts';
import { extractDocxPages } from './docx-text.ts';
import { readPdfTextLayer } from './pdf-text-layer.ts';
import { writeDocx } from './test-scans/docx-file.ts';
import { renderTextPages } from './test-scans/render-pages.ts';
import { writeScanPdf, writeTextPdf } from './test-scans/scan-files.ts';
import { makeWorkFolder, skipWithoutPoppler } from './test-scans/skips.ts';
import { SAMPLE_PARAGRAPHS } from './test-scans/vietnamese-text.ts';

const work = await makeWorkFolder();
const PAGES = [SAMPLE_PARAGRAPHS.slice(0, 2), SAMPLE_PARAGRAPHS.slice(2)];

const isUnreadable = (error: unknown) => error instanceof DigitiseError && error.reason === 'unreadable_file';

describe('born-digital files: text without OCR', () => {
  test('a DOCX gives its text page by page, as typed', async () => {
    const file = join(work, 'bien-ban.docx');
    await writeDocx({ pages: PAGES, outFile: file });
    assert.deepEqual(
      await extractDocxPages(file),
      PAGES.map((paragraphs) => paragraphs.join('\n')),
    );
  });

  test('a file that is not a zip, or a zip without a Word body, is unreadable', async () => {
    const notZip = join(work, 'not.docx');
    await writeFile(notZip, 'PK\u0003\u0004 but then nothing a zip reader can use');
    await assert.rejects(extractDocxPages(notZip), isUnreadable);
    const noBody = join(work, 'no-body.docx');
    await writeFile(noBody, zipSync({ 'word/styles.xml': strToU8('<w:styles/>') }));
    await assert.rejects(extractDocxPages(noBody), isUnreadable);
  });

  test('a Word body that inflates past 64 MB is refused without being held whole', async () => {
    const bomb = join(work, 'bomb.docx');
    const body = new Uint8Array(70 * 1024 * 1024).fill(0x20);
    await writeFile(bomb, zipSync({ 'word/document.xml': [body, { level: 9 }] }));
    await assert.rejects(
      extractDocxPages(bomb),
      (error) => error instanceof DigitiseError && error.reason === 'too_large',
    );
  });

  test('a PDF with a text layer is read page by page and needs no OCR', { skip: skipWithoutPoppler }, async () => {
    const file = join(work, 'typed.pdf');
    await writeTextPdf({ pages: PAGES, outFile: file });
    const pages = await readPdfTextLayer(file);
    assert.deepEqual(
      pages.map((page) => page.hasTextLayer),
      [true, true],
    );
    for (const [index, paragraphs] of PAGES.entries()) {
      const cer = characterErrorRate(paragraphs.join(' '), pages[index]?.text ?? '');
      assert.ok(cer < 0.01, `page ${index + 1}: CER ${cer}`);
    }
  });

  test('a scanned PDF has no text layer, so every page goes to OCR', { skip: skipWithoutPoppler }, async () => {
    const file = join(work, 'scanned.pdf');
    const scans = await renderTextPages({ paragraphs: SAMPLE_PARAGRAPHS, layout: { height: 1200 } });
    await writeScanPdf({ pages: scans.map((page) => page.png), outFile: file });
    const pages = await readPdfTextLayer(file);
    assert.equal(pages.length, scans.length);
    assert.ok(pages.every((page) => !page.hasTextLayer && page.text === ''));
  });
});

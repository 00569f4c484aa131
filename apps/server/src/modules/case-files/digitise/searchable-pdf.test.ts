import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { characterErrorRate } from '@eprocuracy/domain/case-files/cer';
import { DigitiseError } from './digitise-error.ts';
import { pdfPageCount } from './pdf-pages.ts';
import { readPdfTextLayer } from './pdf-text-layer.ts';
import { readScanPage } from './read-scan-page.ts';
import { runTool } from './run-tool.ts';
import { renderScanPage } from './scan-pages.ts';
import { assembleSearchablePdf } from './searchable-pdf.ts';
import { renderTextPages } from './test-scans/render-pages.ts';
import { makeWorkFolder, skipWithoutOcr, skipWithoutPoppler, skipWithoutQpdf } from './test-scans/skips.ts';
import { SAMPLE_PARAGRAPHS } from './test-scans/vietnamese-text.ts';

const work = await makeWorkFolder();
const skip = skipWithoutOcr || skipWithoutPoppler || skipWithoutQpdf;

describe('searchable PDF of a document', { skip }, () => {
  const pagePdfs: string[] = [];
  before(async () => {
    // Three short scanned pages, one article each, through the pipeline page by page as a job would.
    for (const [index, paragraph] of SAMPLE_PARAGRAPHS.entries()) {
      const [generated] = await renderTextPages({ paragraphs: [paragraph], layout: { height: 900 } });
      const upload = join(work, `scan-${index + 1}.png`);
      await writeFile(upload, generated?.png ?? Buffer.alloc(0));
      const image = await renderScanPage({
        file: upload,
        format: 'png',
        page: 1,
        outFile: join(work, `p${index + 1}.tif`),
      });
      pagePdfs.push((await readScanPage({ page: image, outBase: join(work, `p${index + 1}`) })).ocr.pdfFile);
    }
  });

  test('has one page per scanned page, in order, and pdftotext finds each page’s words on it', async () => {
    const file = join(work, 'document.pdf');
    await assembleSearchablePdf({ pages: pagePdfs, outFile: file });
    assert.equal(await pdfPageCount(file), 3);
    const { stdout } = await runTool('pdfinfo', ['-f', '1', '-l', '3', file]);
    assert.equal(stdout.match(/size:\s+595\.2 x 216 pts/g)?.length, 3, stdout);
    const pages = await readPdfTextLayer(file);
    for (const [index, paragraph] of SAMPLE_PARAGRAPHS.entries()) {
      assert.equal(pages[index]?.hasTextLayer, true);
      const cer = characterErrorRate(paragraph, pages[index]?.text ?? '');
      assert.ok(cer < 0.05, `page ${index + 1}: CER ${cer}`);
    }
    const page2 = await runTool('pdftotext', ['-f', '2', '-l', '2', file, '-']);
    assert.match(page2.stdout.normalize('NFC'), /giải quyết nguồn tin về tội phạm/);
    assert.doesNotMatch(page2.stdout.normalize('NFC'), /công lý/);
  });

  test('the same pages give the same bytes (a resumed job stores the same blob)', async () => {
    await assembleSearchablePdf({ pages: pagePdfs, outFile: join(work, 'first.pdf') });
    await assembleSearchablePdf({ pages: pagePdfs, outFile: join(work, 'second.pdf') });
    assert.deepEqual(await readFile(join(work, 'first.pdf')), await readFile(join(work, 'second.pdf')));
  });

  test('pages can come from an existing PDF and from OCR, in the order given', async () => {
    const document = join(work, 'first.pdf');
    const mixed = join(work, 'mixed.pdf');
    await assembleSearchablePdf({ pages: [{ file: document, page: 3 }, pagePdfs[0] ?? ''], outFile: mixed });
    const pages = await readPdfTextLayer(mixed);
    assert.equal(pages.length, 2);
    assert.match(pages[0]?.text ?? '', /tôn trọng và bảo vệ quyền con người/);
    assert.match(pages[1]?.text ?? '', /bảo vệ công lý/);
  });

  test('nothing to assemble is an error, not an empty PDF', async () => {
    await assert.rejects(
      assembleSearchablePdf({ pages: [], outFile: join(work, 'empty.pdf') }),
      (error) => error instanceof DigitiseError && error.reason === 'no_such_page',
    );
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { blankPdfCreationDate } from './ocr-page.ts';
import { parseOsd } from './page-orientation.ts';
import { isUsableTextLayer } from './pdf-text-layer.ts';
import { readWordStats } from './tesseract-tsv.ts';

describe('reading what the tools print', () => {
  test('OSD: the clockwise turn and its confidence; nothing when either is missing', () => {
    const output =
      'Page number: 0\nOrientation in degrees: 90\nRotate: 270\nOrientation confidence: 12.93\nScript: Latin\n';
    assert.deepEqual(parseOsd(output), { rotate: 270, confidence: 12.93 });
    assert.equal(parseOsd('Rotate: 45\nOrientation confidence: 3\n'), null);
    assert.equal(parseOsd('Too few characters. Skipping this page\n'), null);
  });

  test('TSV: mean confidence over words (not layout rows, blanks, -1), and how many long words stand tall', () => {
    const header = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
    const rows = [
      '1\t1\t0\t0\t0\t0\t0\t0\t2480\t1800\t-1\t',
      '4\t1\t1\t1\t1\t0\t236\t240\t1990\t60\t-1\t',
      '5\t1\t1\t1\t1\t1\t236\t240\t80\t60\t96.5\tBộ',
      '5\t1\t1\t1\t1\t2\t330\t240\t90\t60\t90.5\tluật',
      '5\t1\t1\t1\t1\t3\t430\t240\t90\t60\t12\t ',
      '5\t1\t1\t1\t1\t4\t530\t240\t90\t60\t-1\ttố',
      '5\t1\t1\t1\t1\t5\t630\t240\t60\t200\t93\ttụng',
    ];
    assert.deepEqual(readWordStats([header, ...rows].join('\n')), {
      wordCount: 3,
      meanConfidence: 93.33,
      tallWordShare: 0.5,
    });
    assert.deepEqual(readWordStats(header), { wordCount: 0, meanConfidence: null, tallWordShare: null });
  });

  test("blanking tesseract's creation date keeps the PDF's length and every other byte", () => {
    const pdf = Buffer.from(
      "%PDF-1.5\n<< /Producer (Tesseract 5.3.0)\n/CreationDate (D:20261122075829Z00'00')\n>>\nxref",
    );
    const blanked = blankPdfCreationDate(pdf);
    assert.equal(blanked.length, pdf.length);
    assert.ok(!blanked.includes('CreationDate'));
    assert.ok(!blanked.includes('2026'));
    assert.ok(blanked.toString().startsWith('%PDF-1.5\n<< /Producer (Tesseract 5.3.0)\n'));
    assert.ok(blanked.toString().endsWith('\n>>\nxref'));
    assert.equal(blankPdfCreationDate(Buffer.from('%PDF no date')).toString(), '%PDF no date');
  });

  test('a text layer is usable with enough letters and no legacy-font symbols', () => {
    assert.equal(isUsableTextLayer('Bộ luật tố tụng hình sự quy định trình tự, thủ tục'), true);
    assert.equal(isUsableTextLayer('Trang 3'), false);
    // TCVN3 (.VnTime) text extracted without a Unicode map.
    assert.equal(isUsableTextLayer('Bé luËt tè tông h×nh sù quy ®Þnh tr×nh tù, thñ tôc tiÕp nhËn'), false);
    assert.equal(isUsableTextLayer('Điều\u00a02. Nhiệm vụ của Bộ luật tố tụng hình sự'), true);
  });
});

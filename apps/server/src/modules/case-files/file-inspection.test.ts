import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { unzipSync, zipSync } from 'fflate';
import { makeDocx, makePdf, makeTiff } from './case-file-test-files.ts';
import { HEAD_BYTES, isWellFormed, recogniseFile, TailKeeper } from './file-inspection.ts';

const makeDocxContentTypes = (docx: Buffer) => unzipSync(docx)['[Content_Types].xml'] as Uint8Array;

describe('recognising and checking uploads', () => {
  test('the tail keeper holds exactly the last bytes, whatever the chunking', () => {
    const data = randomBytes(10_000);
    for (const step of [1, 7, 100, 4096, 20_000]) {
      const tail = new TailKeeper(1000);
      for (let at = 0; at < data.length; at += step) tail.add(data.subarray(at, at + step));
      assert.deepEqual(tail.bytes(), data.subarray(-1000), `step ${step}`);
    }
    const short = new TailKeeper(1000);
    short.add(Buffer.from('abc'));
    assert.equal(short.bytes().toString(), 'abc');
  });

  test('a DOCX is told from any ZIP by its word/ folder, even after a large first entry', async () => {
    const docx = makeDocx();
    assert.equal((await recogniseFile(docx)).accepted?.ext, 'docx');
    const zip = Buffer.from(zipSync({ 'notes.txt': randomBytes(100) }));
    assert.deepEqual(await recogniseFile(zip), { accepted: null, detected: 'zip' });
    // LibreOffice writes [Content_Types].xml last; only the first megabyte is looked at.
    const contentTypes = makeDocxContentTypes(docx);
    const large = Buffer.from(
      zipSync(
        {
          '_rels/.rels': Buffer.from('<Relationships/>'),
          'docProps/thumbnail.jpeg': randomBytes(200_000),
          'word/document.xml': Buffer.from('<w:document/>'),
          'word/media/image1.png': randomBytes(3 * 1024 * 1024),
          '[Content_Types].xml': contentTypes,
        },
        { level: 0 },
      ),
    );
    assert.ok(large.length > HEAD_BYTES);
    assert.equal((await recogniseFile(large.subarray(0, HEAD_BYTES))).accepted?.ext, 'docx');
  });

  test('structure checks refuse files cut short', async () => {
    const pdf = makePdf();
    const pdfType = { ext: 'pdf', mime: 'application/pdf', kind: 'pdf' } as const;
    assert.equal(isWellFormed(pdfType, pdf, pdf, pdf.length), true);
    assert.equal(isWellFormed(pdfType, pdf, pdf.subarray(0, -8), pdf.length - 8), false);
    const tiff = await makeTiff();
    const tifType = { ext: 'tif', mime: 'image/tiff', kind: 'image' } as const;
    assert.equal(isWellFormed(tifType, tiff, tiff, tiff.length), true);
    assert.equal(isWellFormed(tifType, tiff, tiff, 8), false, 'first directory beyond the end');
    const docx = makeDocx();
    const docxType = { ext: 'docx', mime: 'x', kind: 'docx' } as const;
    assert.equal(isWellFormed(docxType, docx, docx, docx.length), true);
    assert.equal(isWellFormed(docxType, docx, docx.subarray(0, -22), docx.length - 22), false);
  });
});

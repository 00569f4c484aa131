import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attachmentHeader, cleanFileName } from './file-names.ts';

describe('file names', () => {
  test('the client’s name without folders or control characters, NFC, or a default', () => {
    assert.equal(cleanFileName('C:\\Users\\ksv\\Biên bản.pdf', 'pdf'), 'Biên bản.pdf');
    assert.equal(cleanFileName('/tmp/../a/b.tif', 'tif'), 'b.tif');
    assert.equal(cleanFileName('bie\u0302\u0300n\u0000\u001f\u007f.pdf', 'pdf'), 'biền.pdf');
    assert.equal(cleanFileName('', 'docx'), 'document.docx');
    assert.equal(cleanFileName(undefined, 'mp4'), 'document.mp4');
    assert.equal(cleanFileName('..', 'pdf'), 'document.pdf');
    assert.equal(cleanFileName('x'.repeat(400), 'pdf').length, 255);
  });

  test('Content-Disposition carries an ASCII fallback and the exact UTF-8 name (RFC 6266, RFC 5987)', () => {
    assert.equal(
      attachmentHeader('Đơn tố giác "gốc" (1).pdf'),
      `attachment; filename="Don to giac _goc_ (1).pdf"; filename*=UTF-8''%C4%90%C6%A1n%20t%E1%BB%91%20gi%C3%A1c%20%22g%E1%BB%91c%22%20%281%29.pdf`,
    );
    assert.equal(
      attachmentHeader("it's*.pdf", 'inline'),
      `inline; filename="it's*.pdf"; filename*=UTF-8''it%27s%2A.pdf`,
    );
    const header = attachmentHeader('Kết luận 漢字.pdf');
    assert.ok(!/[^\x20-\x7e]/.test(header), 'the header itself is ASCII');
    assert.equal(decodeURIComponent(header.split("UTF-8''")[1] ?? ''), 'Kết luận 漢字.pdf');
  });
});

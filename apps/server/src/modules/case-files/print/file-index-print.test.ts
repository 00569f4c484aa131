import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { CaseDetail } from '@eprocuracy/domain';
import ExcelJS from 'exceljs';
import { signedIn, type TestClient } from '../../../test/client.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { caseInput } from '../../cases/case-test-fixtures.ts';
import { download, upload } from '../case-file-test-client.ts';
import { makePdf, makePng } from '../case-file-test-files.ts';
import { HEADER_ROW } from './file-index-xlsx.ts';

const run = promisify(execFile);

describe('printable file index (bảng kê tài liệu)', () => {
  let t: TestApp;
  let dataDir: string;
  let prosecutor: TestClient;
  let stranger: TestClient;
  let caseDetail: CaseDetail;

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'eproc-file-index-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    stranger = await signedIn(t.app, 'ksv.travinh');
    caseDetail = (await prosecutor.post('/api/cases', caseInput())).body as CaseDetail;
    const url = `/api/cases/${caseDetail.id}/files`;
    const first = await upload(
      prosecutor,
      url,
      {
        type: 'decision',
        title: 'Quyết định khởi tố vụ án',
        documentDate: '2026-03-05',
        authorBody: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
        folioFrom: '1',
        folioTo: '3',
      },
      { name: 'qd.pdf', data: makePdf() },
    );
    assert.equal(first.status, 201, first.text);
    const second = await upload(
      prosecutor,
      url,
      { type: 'photo', title: 'Ảnh hiện trường vụ trộm', folioFrom: '4', secrecy: 'secret' },
      { name: 'anh.png', data: await makePng() },
    );
    assert.equal(second.status, 201, second.text);
  });
  after(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('the XLSX has the heading, the case and one row per document in index order', async () => {
    const reply = await download(prosecutor, `/api/cases/${caseDetail.id}/files/index.xlsx`);
    assert.equal(reply.status, 200);
    assert.match(String(reply.headers['content-type']), /spreadsheetml/);
    assert.match(String(reply.headers['content-disposition']), /bang-ke-/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(reply.data as unknown as ArrayBuffer);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const text = (address: string) => String(sheet.getCell(address).value ?? '');
    assert.equal(text('A4'), 'BẢNG KÊ TÀI LIỆU HỒ SƠ VỤ ÁN');
    assert.equal(text('A5'), `Vụ án: ${caseDetail.title}`);
    assert.equal(text('A6'), `Số vụ án: ${caseDetail.code}`);
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    assert.deepEqual(row(HEADER_ROW), ['STT', 'Tên tài liệu', 'Ngày', 'Số bút lục', 'Số trang', 'Ghi chú']);
    assert.deepEqual(row(HEADER_ROW + 1).slice(0, 4), [1, 'Quyết định khởi tố vụ án', '05/03/2026', '1–3']);
    assert.equal(row(HEADER_ROW + 1)[5], 'Cơ quan CSĐT Công an tỉnh Quảng Ninh');
    assert.deepEqual(row(HEADER_ROW + 2).slice(0, 4), [2, 'Ảnh hiện trường vụ trộm', '', '4']);
    assert.equal(row(HEADER_ROW + 2)[5], 'Mật');
    assert.match(text(`A${HEADER_ROW + 3}`), /^Tổng cộng: 2 tài liệu/);
  });

  test('the PDF carries the Vietnamese text with its diacritics (read back with pdftotext)', async () => {
    const reply = await download(prosecutor, `/api/cases/${caseDetail.id}/files/index.pdf`);
    assert.equal(reply.status, 200);
    assert.equal(reply.headers['content-type'], 'application/pdf');
    const file = path.join(dataDir, 'index.pdf');
    await writeFile(file, reply.data);
    const { stdout } = await run('pdftotext', ['-layout', file, '-']);
    for (const words of [
      'BẢNG KÊ TÀI LIỆU HỒ SƠ VỤ ÁN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Quyết định khởi tố vụ án',
      'Ảnh hiện trường vụ trộm',
      caseDetail.code,
      'NGƯỜI LẬP BẢNG KÊ',
      '(Ký, ghi rõ họ tên)',
    ]) {
      assert.ok(stdout.normalize('NFC').includes(words), `missing "${words}" in:\n${stdout}`);
    }
  });

  test('English headings follow the language; an officer who cannot read the case gets 404', async () => {
    const english = await prosecutor.app.inject({
      method: 'GET',
      url: `/api/cases/${caseDetail.id}/files/index.xlsx`,
      headers: {
        cookie: `${[...prosecutor.cookies].map(([k, v]) => `${k}=${v}`).join('; ')}; lang=en`,
      },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(english.rawPayload as unknown as ArrayBuffer);
    assert.equal(String(book.worksheets[0]?.getCell('A4').value), 'CASE FILE DOCUMENT INDEX');
    for (const format of ['pdf', 'xlsx']) {
      const refused = await download(stranger, `/api/cases/${caseDetail.id}/files/index.${format}`);
      assert.equal(refused.status, 404);
    }
  });
});

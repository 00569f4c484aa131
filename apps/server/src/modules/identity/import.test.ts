import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

type Upload = { name: string; data: Buffer | string; type?: string };

/** A multipart/form-data body as a browser would send it. */
const multipart = (file: Upload, fields: Record<string, string>) => {
  const boundary = `----eproc${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
        `Content-Type: ${file.type ?? 'text/csv'}\r\n\r\n`,
    ),
    Buffer.isBuffer(file.data) ? file.data : Buffer.from(file.data),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
};

/** Posts a file with the client's session cookie and CSRF token. */
const upload = async (client: TestClient, url: string, file: Upload, fields: Record<string, string> = {}) => {
  const { payload, contentType } = multipart(file, fields);
  const response = await client.app.inject({
    method: 'POST',
    url,
    payload,
    headers: {
      'content-type': contentType,
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'x-csrf-token': client.csrf ?? '',
    },
  });
  return { status: response.statusCode, body: response.json() };
};

const csv = (lines: string[]) => ({ name: 'officers.csv', data: `${lines.join('\r\n')}\r\n` });
const HEADER = 'username,full_name,office_code,position,roles,clearance,email,phone,password';

const countOfficers = async (client: TestClient) => (await client.get('/api/officers?limit=1')).body.total as number;

describe('bulk import of officers', () => {
  let t: TestApp;
  let admin: TestClient;
  before(async () => {
    t = await createTestApp();
    admin = await signedIn(t.app, 'admin');
  });
  after(() => t.close());

  test('a valid CSV imports every officer; generated passwords are returned once and must be changed', async () => {
    const before = await countOfficers(admin);
    const reply = await upload(
      admin,
      '/api/import/officers',
      csv([
        HEADER,
        'csv.one,Nguyễn Thị Một,QNI,prosecutor,prosecutor;leader,normal,mot@vks.gov.vn,0912345678,Strong-Pass-2026',
        'csv.two,Trần Văn Hai,TVH,clerk,,,,,',
      ]),
    );
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.deepEqual([reply.body.total, reply.body.imported, reply.body.failed, reply.body.dryRun], [2, 2, 0, false]);
    assert.deepEqual(
      reply.body.rows.map((r: { row: number; ok: boolean }) => [r.row, r.ok]),
      [
        [2, true],
        [3, true],
      ],
    );
    assert.equal(reply.body.rows[0].temporaryPassword, undefined);
    const temporary = reply.body.rows[1].temporaryPassword;
    assert.ok(temporary && temporary.length >= 12);
    assert.equal(await countOfficers(admin), before + 2);
    const one = await admin.get(`/api/officers/${reply.body.rows[0].id}`);
    assert.deepEqual(
      [one.body.username, one.body.roles, one.body.email],
      ['csv.one', ['prosecutor', 'leader'], 'mot@vks.gov.vn'],
    );
    const two = await signedIn(t.app, 'csv.two', temporary);
    assert.equal((await two.get('/api/me')).body.mustChangePassword, true);
    const audit = await admin.get('/api/audit?action=import.officers');
    assert.equal(audit.body[0].changes.imported.after, 2);
    const created = await admin.get(`/api/audit?action=officer.create&entityId=${reply.body.rows[1].id}`);
    assert.equal(created.body.length, 1);
  });

  test('an XLSX workbook with Vietnamese headers imports', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Cán bộ');
    sheet.addRow(['Tên đăng nhập', 'Họ và tên', 'Mã đơn vị', 'Chức vụ', 'Số điện thoại', 'Mật khẩu']);
    sheet.addRow(['xlsx.one', 'Lê Thị Ba', 'QNI-KV1', 'examiner', '0987654321', 'Strong-Pass-2026']);
    sheet.addRow([]);
    sheet.addRow(['xlsx.two', 'Phạm Văn Bốn', 'HNI', 'statistician', null, 'Strong-Pass-2026']);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const reply = await upload(admin, '/api/import/officers', {
      name: 'can-bo.xlsx',
      data,
      type: 'application/octet-stream',
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.deepEqual(
      reply.body.rows.map((r: { row: number }) => r.row),
      [2, 4],
    );
    const found = await admin.get('/api/officers?q=Phạm Văn Bốn');
    assert.equal(found.body.items[0].position, 'statistician');
  });

  test('one bad row imports nothing and the report names the row and the field', async () => {
    const before = await countOfficers(admin);
    const reply = await upload(
      admin,
      '/api/import/officers',
      csv([
        HEADER,
        'bad.one,Good Row,QNI,prosecutor,,,,,',
        'bad.two,Bad Row,QNI,janitor,,,not-an-email,,',
        'bad.three,X,NOPE,clerk,,,,,',
      ]),
    );
    assert.equal(reply.status, 400);
    assert.equal(reply.body.code, 'INVALID');
    assert.deepEqual([reply.body.total, reply.body.failed], [3, 2]);
    const [good, bad, unknown] = reply.body.rows;
    assert.equal(good.ok, true);
    assert.deepEqual([bad.row, bad.ok], [3, false]);
    assert.deepEqual(bad.errors.map((e: { field: string }) => e.field).sort(), ['email', 'position']);
    assert.ok(bad.errors.every((e: { vi: string; en: string }) => e.vi && e.en));
    assert.deepEqual(unknown.errors, [
      { field: 'office_code', vi: 'Không có đơn vị mã NOPE', en: 'No office with code NOPE' },
    ]);
    assert.equal(await countOfficers(admin), before);
  });

  test('valid_rows imports the good rows and reports the others', async () => {
    const before = await countOfficers(admin);
    const reply = await upload(
      admin,
      '/api/import/officers',
      csv([
        HEADER,
        'part.one,Good,QNI,prosecutor,,,,,',
        'part.two,Bad,QNI,prosecutor,,,,,weak',
        'part.three,Good,TVH,clerk,,,,,',
      ]),
      { mode: 'valid_rows' },
    );
    assert.equal(reply.status, 200);
    assert.deepEqual([reply.body.imported, reply.body.failed], [2, 1]);
    assert.equal(reply.body.rows[1].errors[0].field, 'password');
    assert.equal(reply.body.rows[1].id, undefined);
    assert.equal(await countOfficers(admin), before + 2);
  });

  test('a dry run reports and writes nothing', async () => {
    const before = await countOfficers(admin);
    const reply = await upload(admin, '/api/import/officers', csv([HEADER, 'dry.one,Dry,QNI,clerk,,,,,']), {
      dryRun: 'true',
    });
    assert.equal(reply.status, 200);
    assert.deepEqual([reply.body.dryRun, reply.body.imported, reply.body.rows[0].id], [true, 1, undefined]);
    assert.equal(reply.body.rows[0].temporaryPassword, undefined);
    assert.equal(await countOfficers(admin), before);
  });

  test('a username twice in the file or already taken is a row error', async () => {
    const reply = await upload(
      admin,
      '/api/import/officers',
      csv([HEADER, 'dup.one,A,QNI,clerk,,,,,', 'DUP.ONE,B,QNI,clerk,,,,,', 'ksv.travinh,C,TVH,clerk,,,,,']),
    );
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body.rows[1].errors, [
      { field: 'username', vi: 'Trùng tên đăng nhập với dòng 2', en: 'Same username as row 2' },
    ]);
    assert.equal(reply.body.rows[2].errors[0].en, 'Username already in use');
    assert.equal(reply.body.rows[0].ok, true);
  });

  test('an officer who is not an administrator is refused', async () => {
    const prosecutor = await signedIn(t.app, 'ksv.quangninh');
    const reply = await upload(prosecutor, '/api/import/officers', csv([HEADER, 'no.one,A,QNI,clerk,,,,,']));
    assert.equal(reply.status, 403);
    assert.equal(reply.body.code, 'FORBIDDEN');
  });

  test('the Quảng Ninh administrator cannot import into Trà Vinh', async () => {
    const qt = await signedIn(t.app, 'qt.quangninh');
    const reply = await upload(
      qt,
      '/api/import/officers',
      csv([HEADER, 'qn.own,A,QNI-KV1,clerk,,,,,', 'qn.other,B,TVH,clerk,,,,,']),
      { mode: 'valid_rows' },
    );
    assert.equal(reply.status, 200);
    assert.deepEqual([reply.body.imported, reply.body.failed], [1, 1]);
    assert.deepEqual(reply.body.rows[1].errors, [
      {
        field: 'office_code',
        vi: 'Bạn không có quyền thêm cán bộ vào đơn vị TVH',
        en: 'You may not add officers to office TVH',
      },
    ]);
  });

  test('Vietnamese headers, semicolons and a BOM are read', async () => {
    const reply = await upload(admin, '/api/import/officers', {
      name: 'can-bo.csv',
      data: '\uFEFFTên đăng nhập;Họ và tên;Mã đơn vị;Chức vụ;Vai trò\r\nvi.one;"Đỗ Thị; Năm";QNI;head;"leader;prosecutor"\r\n',
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    const officer = await admin.get(`/api/officers/${reply.body.rows[0].id}`);
    assert.deepEqual([officer.body.fullName, officer.body.roles], ['Đỗ Thị; Năm', ['leader', 'prosecutor']]);
  });

  test('spreadsheet formulas are stored as plain text', async () => {
    const formula = '=HYPERLINK("http://evil.example","Bấm vào")';
    const reply = await upload(admin, '/api/import/officers', {
      name: 'x.csv',
      data: `${HEADER}\r\ninj.one,"${formula.replaceAll('"', '""')}",QNI,clerk,,,,+84 912 345 678,\r\n`,
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    const officer = await admin.get(`/api/officers/${reply.body.rows[0].id}`);
    assert.equal(officer.body.fullName, formula);
    assert.equal(officer.body.phone, '+84 912 345 678');
  });

  test('an unknown column, a missing required column or a non-UTF-8 file is refused as a whole', async () => {
    const unknown = await upload(
      admin,
      '/api/import/officers',
      csv(['username,full_name,office_code,position,salary']),
    );
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.fields[0].field, 'file');
    assert.match(unknown.body.detail_en, /Unsupported column: "salary"/);
    const missing = await upload(admin, '/api/import/officers', csv(['username,full_name', 'a.b,A']));
    assert.match(missing.body.detail_en, /Missing required columns: office_code, position/);
    const latin = await upload(admin, '/api/import/officers', {
      name: 'x.csv',
      data: Buffer.from('username,full_name,office_code,position\r\nx.y,\xd0\xe0,QNI,clerk\r\n', 'latin1'),
    });
    assert.match(latin.body.detail_en, /UTF-8/);
    const pdf = await upload(admin, '/api/import/officers', { name: 'x.pdf', data: '%PDF-1.4' });
    assert.match(pdf.body.detail_en, /Only \.csv and \.xlsx/);
    const badMode = await upload(admin, '/api/import/officers', csv([HEADER]), { mode: 'some' });
    assert.equal(badMode.body.fields[0].field, 'mode');
  });

  test('a file over 10 MB is refused with a clear error', async () => {
    const big = `${HEADER}\r\n${'x'.repeat(10 * 1024 * 1024)}`;
    const reply = await upload(admin, '/api/import/officers', { name: 'big.csv', data: big });
    assert.equal(reply.status, 413);
    assert.match(reply.body.detail_en, /larger than 10 MB/);
  });

  test('the template downloads in the language of the user and imports as is', async () => {
    const vi = await admin.get('/api/import/officers/template.csv');
    assert.equal(vi.status, 200);
    assert.match(vi.text, /^\uFEFFtên đăng nhập,họ và tên,mã đơn vị,chức vụ/);
    const en = await admin.get('/api/import/officers/template.csv', { 'accept-language': 'en' });
    assert.match(en.text, /^\uFEFFusername,full_name,office_code,position/);
    const dry = await upload(admin, '/api/import/officers', { name: 't.csv', data: vi.text }, { dryRun: 'true' });
    assert.equal(dry.status, 200, JSON.stringify(dry.body));
    const offices = await admin.get('/api/import/offices/template.csv');
    const dryOffices = await upload(
      admin,
      '/api/import/offices',
      { name: 't.csv', data: offices.text },
      { dryRun: 'true' },
    );
    assert.equal(dryOffices.status, 200, JSON.stringify(dryOffices.body));
  });
});

describe('bulk import of offices', () => {
  let t: TestApp;
  let admin: TestClient;
  before(async () => {
    t = await createTestApp();
    admin = await signedIn(t.app, 'admin');
  });
  after(() => t.close());

  const HEAD = 'code,name,name_en,address,level,parent_code';

  test('offices import with a parent from the database or from an earlier row', async () => {
    const reply = await upload(admin, '/api/import/offices', {
      name: 'o.csv',
      data: [
        HEAD,
        'CTO,VKSND TP Cần Thơ,Cần Thơ Procuracy,,provincial,VKSTC',
        'CTO-KV1,Khu vực 1,,,regional,CTO',
        '',
      ].join('\n'),
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    const list = await admin.get('/api/offices');
    const cto = list.body.find((o: { code: string }) => o.code === 'CTO');
    const kv1 = list.body.find((o: { code: string }) => o.code === 'CTO-KV1');
    assert.equal(kv1.parentId, cto.id);
    assert.equal(cto.nameEn, 'Cần Thơ Procuracy');
    const audit = await admin.get('/api/audit?action=import.offices');
    assert.equal(audit.body[0].changes.imported.after, 2);
  });

  test('level rule, later parents, unknown parents and duplicates are row errors; nothing is written', async () => {
    const reply = await upload(admin, '/api/import/offices', {
      name: 'o.csv',
      data: [
        HEAD,
        'DNG-KV9,Khu vực 9,,,regional,DNG',
        'DNG,Đà Nẵng,,,provincial,VKSTC',
        'UP,Lên cấp,,,provincial,QNI',
        'QNI,Trùng,,,provincial,VKSTC',
        'ZZ,Cha không có,,,regional,NOWHERE',
        'ZZ,Trùng dòng,,,regional,QNI',
        'lower,Chữ thường,,,regional,QNI',
      ].join('\r\n'),
    });
    assert.equal(reply.status, 400);
    const fields = reply.body.rows.map((r: { errors: { field: string; en: string }[] }) => r.errors.map((e) => e.en));
    assert.deepEqual(fields[0], ['The parent must be on an earlier row']);
    assert.deepEqual(fields[1], []);
    assert.deepEqual(fields[2], ['Level must be below the parent level']);
    assert.deepEqual(fields[3], ['Code already in use']);
    assert.deepEqual(fields[4], ['No office with code NOWHERE']);
    assert.deepEqual(fields[5], ['Same code as row 6']);
    assert.equal(reply.body.rows[6].errors[0].field, 'code');
    const list = await admin.get('/api/offices');
    assert.equal(
      list.body.some((o: { code: string }) => o.code === 'DNG'),
      false,
    );
  });

  test('a child of an invalid row fails too in valid_rows mode', async () => {
    const reply = await upload(
      admin,
      '/api/import/offices',
      {
        name: 'o.csv',
        data: [HEAD, 'BAD,Sai cấp,,,nolevel,VKSTC', 'BAD-KV1,Con,,,regional,BAD', 'GOOD,Tốt,,,provincial,VKSTC'].join(
          '\n',
        ),
      },
      { mode: 'valid_rows' },
    );
    assert.equal(reply.status, 200);
    assert.deepEqual(
      reply.body.rows.map((r: { ok: boolean }) => r.ok),
      [false, false, true],
    );
    assert.equal(reply.body.rows[1].errors[0].en, 'Parent (row 2) is invalid');
  });

  test('the Quảng Ninh administrator may add offices only under Quảng Ninh', async () => {
    const qt = await signedIn(t.app, 'qt.quangninh');
    const reply = await upload(qt, '/api/import/offices', {
      name: 'o.csv',
      data: [HEAD, 'QNI-KV8,Khu vực 8,,,regional,QNI', 'TVH-KV8,Khu vực 8,,,regional,TVH'].join('\n'),
    });
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body.rows[1].errors[0].en, 'You may not add offices under TVH');
    const prosecutor = await signedIn(t.app, 'ksv.quangninh');
    const refused = await upload(prosecutor, '/api/import/offices', { name: 'o.csv', data: HEAD });
    assert.equal(refused.status, 403);
  });
});

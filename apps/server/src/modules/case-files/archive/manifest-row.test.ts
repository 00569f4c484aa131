import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { archivePath, parseManifestRow } from './manifest-row.ts';

const base = { file: 'scans/a.pdf', case_code: '12/2026/qni', document_type: 'decision', title: 'Quyết định' };

test('a row reads its case code, type by code or label, date, folios and secrecy', () => {
  const parsed = parseManifestRow(2, {
    ...base,
    document_type: 'BIEN BAN HOI CUNG BI CAN',
    date: '5/3/2026',
    folio_from: '4',
    folio_to: '9',
    secrecy: 'Tối mật',
  });
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.entry, {
    row: 2,
    file: 'scans/a.pdf',
    case: { code: '12/2026/QNI' },
    type: 'interrogation_record',
    title: 'Quyết định',
    documentDate: '2026-03-05',
    authorBody: null,
    folioFrom: 4,
    folioTo: 9,
    secrecy: 'top_secret',
  });
  const byRef = parseManifestRow(3, { ...base, case_code: undefined as never, case_ref: 'VA-1' });
  assert.ok(byRef.ok);
  assert.deepEqual(byRef.entry.case, { ref: 'VA-1' });
});

test('each problem is named by its column', () => {
  const parsed = parseManifestRow(2, {
    file: '../etc/passwd',
    case_code: '12-2026-QNI',
    document_type: 'thu tu',
    date: '31/02/2026',
    folio_from: '0',
    secrecy: 'bí mật quốc gia',
  });
  assert.ok(!parsed.ok);
  assert.deepEqual(
    parsed.errors.map((e) => e.field),
    ['file', 'case_code', 'document_type', 'title', 'date', 'folio_from', 'secrecy'],
  );
  const backwards = parseManifestRow(2, { ...base, folio_from: '9', folio_to: '4' });
  assert.ok(!backwards.ok);
  assert.deepEqual(
    backwards.errors.map((e) => e.field),
    ['folio_to'],
  );
  const noCase = parseManifestRow(2, { ...base, case_code: undefined as never });
  assert.ok(!noCase.ok);
  assert.deepEqual(
    noCase.errors.map((e) => [e.field, e.en]),
    [['case_code', 'Give the case number or the source case reference (case_ref)']],
  );
});

test('archive paths: Windows separators and NFD names match the ZIP; nothing climbs out', () => {
  assert.equal(archivePath('.\\Hồ sơ\\a.pdf'.normalize('NFD')), 'Hồ sơ/a.pdf');
  assert.equal(archivePath('/x//y/./z.png'), 'x/y/z.png');
  assert.equal(archivePath('a/../../b'), null);
  assert.equal(archivePath('./'), null);
  const segment = fc.stringMatching(/^[\p{L}\d _-]{1,12}$/u).filter((s) => s.trim() !== '' && s !== '..');
  fc.assert(
    fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.boolean(), (parts, windows) => {
      const clean = archivePath(parts.join('/'));
      // The same path written with backslashes or a leading "./" is the same entry, and normalising is stable.
      assert.equal(archivePath(`./${parts.join(windows ? '\\' : '/')}`), clean);
      assert.equal(clean === null ? null : archivePath(clean), clean);
      assert.ok(clean === null || !clean.split('/').includes('..'));
    }),
  );
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addDays } from '@eprocuracy/domain';
import fc from 'fast-check';
import { groupRows } from './import-group.ts';
import { parseRow } from './import-row.ts';
import {
  parseArticle,
  parseClause,
  parseDate,
  parseIdNumber,
  parseMeasureKind,
  parseMoment,
  parsePoint,
  parseSecrecy,
  parseSex,
  parseStage,
} from './import-values.ts';

describe('cells of a legacy register', () => {
  const anyDate = fc.integer({ min: 0, max: 60_000 }).map((n) => addDays('1900-01-01', n));

  test('every real date reads the same written ISO or day-first with /, - or .', () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom('/', '-', '.'), fc.boolean(), (iso, sep, isPadded) => {
        const [y, m, d] = iso.split('-') as [string, string, string];
        const day = isPadded ? d : String(Number(d));
        const month = isPadded ? m : String(Number(m));
        return parseDate(iso) === iso && parseDate(`${day}${sep}${month}${sep}${y}`) === iso;
      }),
      { numRuns: 3000 },
    );
  });

  test('impossible dates and other text are refused', () => {
    for (const text of ['31/02/2024', '29/02/2023', '00/01/2024', '2024-13-01', '12/2024', 'hôm qua', '1/1/24']) {
      assert.equal(parseDate(text), undefined, text);
    }
    assert.equal(parseDate('29/02/2024'), '2024-02-29');
  });

  test('a moment keeps its time; a date alone stays a date', () => {
    assert.equal(parseMoment('05/03/2024 14:30'), '2024-03-05T14:30');
    assert.equal(parseMoment('2024-03-05T08:05'), '2024-03-05T08:05');
    assert.equal(parseMoment('05/03/2024 9h15'), '2024-03-05T09:15');
    assert.equal(parseMoment('05/03/2024'), '2024-03-05');
    assert.equal(parseMoment('05/03/2024 25:00'), undefined);
  });

  test('stages, secrecy, measures and sex by code or Vietnamese or English label, diacritics optional', () => {
    assert.equal(parseStage('Điều tra'), 'investigation');
    assert.equal(parseStage('truy to'), 'prosecution');
    assert.equal(parseStage('first_instance_trial'), 'first_instance_trial');
    assert.equal(parseStage('Tạm đình chỉ'), 'suspended');
    assert.equal(parseStage('giai đoạn lạ'), undefined);
    assert.equal(parseSecrecy('Tối mật'), 'top_secret');
    assert.equal(parseSecrecy('normal'), 'normal');
    assert.equal(parseMeasureKind('Tạm giam'), 'detention');
    assert.equal(parseMeasureKind('cam di khoi noi cu tru'), 'residence_ban');
    assert.equal(parseMeasureKind('Đặt tiền'), 'deposit');
    assert.equal(parseSex('Nữ'), 'female');
    assert.equal(parseSex('NAM'), 'male');
    assert.equal(parseSex('khác'), undefined);
  });

  test('charges: article, clause and point as registers write them', () => {
    assert.equal(parseArticle('Điều 173'), '173');
    assert.equal(parseArticle('217A'), '217a');
    assert.equal(parseArticle('Điều'), undefined);
    assert.equal(parseClause('Khoản 2'), 2);
    assert.equal(parseClause('0'), undefined);
    assert.equal(parsePoint('điểm đ'), 'đ');
    assert.equal(parsePoint('b)'), 'b');
    assert.equal(parsePoint('ab'), undefined);
  });

  test('a CCCD that Excel stored as a number gets its leading zero back; other lengths are refused', () => {
    assert.equal(parseIdNumber('22090001234'), '022090001234');
    assert.equal(parseIdNumber('022 090 001 234'), '022090001234');
    assert.equal(parseIdNumber('123456789'), '123456789');
    assert.equal(parseIdNumber('1234567890'), undefined);
  });
});

const CASE = {
  case_ref: 'A',
  office_code: 'qni',
  opening_number: '1/QĐ',
  opened_on: '01/01/2025',
  investigating_body: 'CQĐT',
  article: '173',
};

describe('rows of one case and one defendant', () => {
  const row = (n: number, values: Record<string, string>) => parseRow({ row: n, values: { ...CASE, ...values } });

  test('rows of a reference merge: blank cells take the others’ values, charges and measures are kept once', () => {
    const [group] = groupRows([
      row(2, {
        title: 'Vụ A',
        defendant_ref: 'D1',
        defendant_name: 'An',
        measure: 'Tạm giam',
        measure_start: '01/02/2025',
      }),
      row(3, { defendant_ref: 'D1', article: '174', measure: 'Tạm giam', measure_start: '01/02/2025' }),
      row(4, { defendant_ref: 'D1' }),
      row(5, { article: '321' }),
    ]);
    assert.ok(group);
    assert.equal(group.fields.title, 'Vụ A');
    assert.equal(group.fields.officeCode, 'QNI');
    assert.equal(group.defendants.length, 1);
    assert.deepEqual(
      group.defendants[0]?.charges.map((c) => c.article),
      ['173', '174'],
    );
    assert.equal(group.defendants[0]?.measures.length, 1);
    assert.deepEqual(
      group.caseCharges.map((c) => c.article),
      ['321'],
    );
    assert.ok(group.rows.every((r) => r.errors.length === 0));
  });

  test('two values for one field of a case or a defendant: the later row is wrong, naming the earlier', () => {
    const [group] = groupRows([
      row(2, { title: 'Vụ A', defendant_ref: 'D1', defendant_name: 'An', birth_date: '01/01/1990' }),
      row(3, { title: 'Vụ B', defendant_ref: 'D1', birth_date: '02/01/1990' }),
    ]);
    assert.deepEqual(
      group?.rows[1]?.errors.map((e) => [e.field, e.en]),
      [
        ['title', 'Differs from row 2 of the same case ("Vụ A")'],
        ['birth_date', 'Differs from row 2 of the same defendant ("1990-01-01")'],
      ],
    );
  });
});

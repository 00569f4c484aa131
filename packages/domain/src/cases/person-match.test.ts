import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { findDuplicateCases } from './case-duplicates.ts';
import { buildCase, buildDefendant } from './case-fixtures.ts';
import {
  findDuplicatePersons,
  matchPersons,
  nameSimilarity,
  normalizePersonName,
  type PersonRecord,
} from './person-match.ts';

const SYLLABLES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Đặng',
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Quỳnh',
  'Hương',
  'Ánh',
  'Tuấn',
  'Dũng',
  'Bích',
  'Ngọc',
  'Thuỷ',
  'Thủy',
  'Phượng',
  'Ưng',
];
const strip = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const vnName = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const messy = fc.tuple(vnName, fc.constantFrom(' ', '  ', '\t'), fc.boolean()).map(([n, sp, upper]) => {
  const spaced = n.split(' ').join(sp);
  return upper ? spaced.toUpperCase() : spaced;
});
const person = fc.record(
  {
    id: fc.uuid(),
    fullName: vnName,
    birthDate: fc.constantFrom('1980-01-02', '1995-12-31', '2001-07-15'),
    idNumber: fc.stringMatching(/^\d{12}$/),
    province: fc.constantFrom('Quảng Ninh', 'Trà Vinh', 'Hà Nội'),
  },
  { requiredKeys: ['id', 'fullName'] },
);

describe('person duplicates (sạch)', () => {
  test('normalisation folds marks, đ, case and spaces', () => {
    assert.equal(normalizePersonName('  Đặng   Thị  QUỲNH. '), 'dang thi quynh');
    assert.equal(normalizePersonName('Nguyễn Văn Ưng'), 'nguyen van ung');
  });

  test('property: normalisation is idempotent and diacritic-insensitive', () => {
    fc.assert(
      fc.property(messy, (name) => {
        const once = normalizePersonName(name);
        assert.equal(normalizePersonName(once), once);
        assert.equal(normalizePersonName(strip(name)), once);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) =>
        assert.equal(normalizePersonName(normalizePersonName(s)), normalizePersonName(s)),
      ),
    );
  });

  test('property: similarity is symmetric, in [0, 1], and 1 for the same name', () => {
    fc.assert(
      fc.property(fc.oneof(vnName, fc.string()), fc.oneof(vnName, fc.string()), (a, b) => {
        const s = nameSimilarity(a, b);
        assert.ok(s >= 0 && s <= 1, String(s));
        assert.equal(s, nameSimilarity(b, a));
      }),
    );
    fc.assert(fc.property(vnName, (a) => assert.equal(nameSimilarity(a, strip(a).toLowerCase()), 1)));
  });

  test('property: a person is always a duplicate of itself', () => {
    fc.assert(
      fc.property(person, (p) => {
        const match = matchPersons(p, { ...p });
        assert.ok(match, JSON.stringify(p));
        assert.ok(match.score >= 0.6 && match.score <= 1);
      }),
    );
  });

  test('matching rules: CCCD, name and birth date, similar name in the same province and year', () => {
    const a = { fullName: 'Nguyễn Văn An', birthDate: '1990-05-12', idNumber: '022090001234', province: 'Quảng Ninh' };
    assert.deepEqual(matchPersons(a, { fullName: 'Khác Hẳn', idNumber: '022090001234' })?.reasons, ['same_id_number']);
    assert.deepEqual(matchPersons(a, { fullName: 'NGUYEN VAN AN', birthDate: '1990-05-12' })?.score, 0.95);
    assert.deepEqual(matchPersons(a, { ...a, idNumber: '022090009999' })?.reasons, [
      'same_name_birth_date',
      'different_id_number',
    ]);
    assert.equal(matchPersons(a, { ...a, fullName: 'Nguyễn Văn Ann', idNumber: '022090009999' }), undefined);
    const similar = matchPersons(a, { fullName: 'Nguyen Van Anh', birthDate: '1990-01-01', province: 'quang ninh' });
    assert.deepEqual(similar?.reasons, ['similar_name', 'same_birth_year', 'same_province']);
    assert.equal(
      matchPersons(a, { fullName: 'Nguyen Van Anh', birthDate: '1990-01-01', province: 'Trà Vinh' }),
      undefined,
    );
    assert.equal(matchPersons(a, { fullName: 'Trần Thị Bình', birthDate: '1990-05-12' }), undefined);
  });

  test('findDuplicatePersons returns each candidate pair once, best first', () => {
    const people: PersonRecord[] = [
      { id: '1', fullName: 'Nguyễn Văn An', birthDate: '1990-05-12', idNumber: '022090001234' },
      { id: '2', fullName: 'Nguyen Van An', birthDate: '1990-05-12' },
      { id: '3', fullName: 'Lê Thị Hoa', idNumber: '022090001234' },
      { id: '4', fullName: 'Phạm Minh', birthDate: '1990-05-12' },
    ];
    assert.deepEqual(
      findDuplicatePersons(people).map((p) => [p.a, p.b, p.score]),
      [
        ['1', '3', 1],
        ['1', '2', 0.95],
      ],
    );
  });
});

describe('case duplicates', () => {
  test('same office and opening decision number in the same year', () => {
    const a = buildCase();
    const b = buildCase({ id: 'case-2', opening: { number: '12/qđ-csđt', date: '2026-03-05' }, defendants: [] });
    assert.deepEqual(findDuplicateCases([a, b]), [
      { a: 'case-1', b: 'case-2', score: 1, reasons: ['same_opening_decision'] },
    ]);
    assert.deepEqual(findDuplicateCases([a, { ...b, officeId: 'TVH' }]), []);
  });

  test('same defendants, same article, opened within N days', () => {
    const a = buildCase();
    const b = buildCase({
      id: 'case-2',
      opening: { number: '99/QĐ', date: '2026-02-20' },
      defendants: [
        buildDefendant({ fullName: 'NGUYEN VAN AN', idNumber: undefined, charges: [{ article: 173, clause: 2 }] }),
      ],
    });
    assert.deepEqual(findDuplicateCases([a, b])[0]?.reasons, ['same_defendants_and_article']);
    assert.deepEqual(findDuplicateCases([a, b], 10), []);
    const other = {
      ...b,
      charges: [{ article: 174, clause: 1 }],
      defendants: [buildDefendant({ charges: [{ article: 174, clause: 1 }] })],
    };
    assert.deepEqual(findDuplicateCases([a, other]), []);
  });
});

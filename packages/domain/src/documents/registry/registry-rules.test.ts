import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { SECRECY_LEVELS } from '../../identity/vocab.ts';
import { addDays, fromDayNumber, toDayNumber } from '../../procedure/calendar.ts';
import { DOCUMENT_TYPE_CODES, DOCUMENT_TYPES } from './document-types.ts';
import { canMoveHandling, HANDLING_STATUSES, isHandlingOverdue } from './handling.ts';
import { ZRegisterOutgoingInput } from './registry-contracts.ts';
import {
  checkHandlingDue,
  formatNumberSymbol,
  MAX_HANDLING_DAYS,
  mayOpenBook,
  officeAbbreviation,
  registryBookOf,
  registryCounter,
} from './registry-rules.ts';

const date = fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);

describe('number and symbol (Decree 30 Art. 15, Appendix I item 3, Appendix III)', () => {
  test('a decision numbered 12 by the Quảng Ninh procuracy', () => {
    assert.equal(formatNumberSymbol({ number: 12, type: 'decision', officeAbbreviation: 'VKSQN' }), '12/QĐ-VKSQN');
  });
  test('numbers below 10 get a leading zero', () => {
    assert.equal(formatNumberSymbol({ number: 5, type: 'report', officeAbbreviation: 'VKSQNI' }), '05/BC-VKSQNI');
  });
  test('a công văn carries the office and the drafting unit instead of a type', () => {
    assert.equal(
      formatNumberSymbol({
        number: 131,
        type: 'official_letter',
        officeAbbreviation: 'VKSQNI',
        unitAbbreviation: 'VP',
      }),
      '131/VKSQNI-VP',
    );
    assert.equal(formatNumberSymbol({ number: 7, type: 'official_letter', officeAbbreviation: 'VKSQNI' }), '07/VKSQNI');
  });
  test('the regulation keeps the mixed-case abbreviation of Appendix III', () => {
    assert.equal(formatNumberSymbol({ number: 3, type: 'regulation', officeAbbreviation: 'VKSTC' }), '03/QyĐ-VKSTC');
  });
  test('office abbreviations come from the office code', () => {
    assert.equal(officeAbbreviation('QNI'), 'VKSQNI');
    assert.equal(officeAbbreviation('QNI-KV1'), 'VKSQNIKV1');
    assert.equal(officeAbbreviation('VKSTC'), 'VKSTC');
  });
  test('a non-positive number is refused', () => {
    assert.throws(() => formatNumberSymbol({ number: 0, type: 'decision', officeAbbreviation: 'VKSQNI' }), RangeError);
  });
  test('property: the symbol reads back its number, type and office', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.constantFrom(...DOCUMENT_TYPE_CODES),
        fc.stringMatching(/^VKS[A-Z0-9]{1,8}$/),
        (number, type, office) => {
          const symbol = formatNumberSymbol({ number, type, officeAbbreviation: office });
          const [digits, rest] = symbol.split('/') as [string, string];
          assert.equal(Number(digits), number);
          assert.ok(digits.length >= 2, 'at least two digits');
          assert.ok(!/\s/.test(symbol), 'no spaces (Appendix I: "không cách chữ")');
          const parts = rest.split('-');
          const abbreviation = DOCUMENT_TYPES[type].abbreviation;
          assert.deepEqual(parts, abbreviation ? [abbreviation, office] : [office]);
        },
      ),
    );
  });
});

describe('which registry a document goes to (Art. 15(2), 16(3), 22(4))', () => {
  test('only ordinary documents go to the regular book', () => {
    for (const level of SECRECY_LEVELS) assert.equal(registryBookOf(level), level === 'normal' ? 'regular' : 'secret');
  });
  test('each direction and book has its own counter', () => {
    const counters = new Set(
      (['incoming', 'outgoing'] as const).flatMap((d) =>
        (['regular', 'secret'] as const).map((b) => registryCounter(d, b)),
      ),
    );
    assert.equal(counters.size, 4);
  });
  test('the secret book opens only to officers cleared for secrets', () => {
    assert.equal(mayOpenBook('normal', 'secret'), false);
    assert.equal(mayOpenBook('secret', 'secret'), true);
    assert.equal(mayOpenBook('normal', 'regular'), true);
  });
  test('property: a document is in the secret book exactly when it is classified', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SECRECY_LEVELS), fc.constantFrom(...SECRECY_LEVELS), (doc, clearance) => {
        const book = registryBookOf(doc);
        assert.equal(book === 'secret', doc !== 'normal');
        if (mayOpenBook(clearance, book) === false) assert.equal(clearance, 'normal');
      }),
    );
  });
});

describe('handling deadline (Art. 23(2),(4))', () => {
  test('a deadline before receipt, in the past or too far ahead is refused naming dueOn', () => {
    assert.equal(checkHandlingDue('2026-03-01', '2026-03-05', '2026-03-02')[0]?.field, 'dueOn');
    assert.match(checkHandlingDue('2026-03-03', '2026-03-05', '2026-03-02')[0]?.vi ?? '', /quá khứ/);
    assert.equal(checkHandlingDue(addDays('2026-03-05', MAX_HANDLING_DAYS + 1), '2026-03-05', '2026-03-02').length, 1);
    assert.deepEqual(checkHandlingDue('2026-03-15', '2026-03-05', '2026-03-02'), []);
  });
  test('property: accepted exactly when within [max(received, routed), routed + MAX]', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 30 }), fc.integer({ min: -40, max: 400 }), (received, wait, due) => {
        const routed = addDays(received, wait);
        const dueOn = addDays(routed, due);
        const ok = checkHandlingDue(dueOn, routed, received).length === 0;
        assert.equal(ok, due >= 0 && due <= MAX_HANDLING_DAYS);
      }),
    );
  });
});

describe('handling status', () => {
  test('received → routed → in progress → done, and nothing leaves done', () => {
    assert.ok(canMoveHandling('received', 'routed'));
    assert.ok(canMoveHandling('routed', 'in_progress'));
    assert.ok(canMoveHandling('in_progress', 'done'));
    assert.ok(!canMoveHandling('received', 'done'), 'a document is routed before it is handled');
    for (const to of HANDLING_STATUSES) assert.ok(!canMoveHandling('done', to));
  });
  test('property: only open handling past its deadline is overdue', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HANDLING_STATUSES), date, fc.integer({ min: -10, max: 10 }), (status, due, d) => {
        const today = addDays(due, d);
        assert.equal(isHandlingOverdue(status, due, today), status !== 'done' && d > 0);
        assert.equal(isHandlingOverdue(status, null, today), false);
      }),
    );
  });
});

describe('outgoing contract', () => {
  test('needs a signer and at least one recipient', () => {
    const parsed = ZRegisterOutgoingInput.safeParse({
      issuedOn: '2026-03-02',
      type: 'decision',
      abstract: 'x',
      recipients: [],
    });
    assert.equal(parsed.success, false);
    const fields = parsed.error?.issues.map((i) => i.path.join('.'));
    assert.ok(fields?.includes('signer') && fields.includes('recipients'));
  });
});

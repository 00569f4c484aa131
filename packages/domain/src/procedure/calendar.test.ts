import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  addHours,
  addMonths,
  compareDates,
  daysBetween,
  formatViDate,
  fromDayNumber,
  isLegalDate,
  isLegalDateTime,
  isoWeekday,
  minutesBetween,
  toDayNumber,
} from './calendar.ts';

const legalDate = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2150-12-31') }).map(fromDayNumber);

describe('legal dates', () => {
  test('validates the written form and the real calendar', () => {
    assert.equal(isLegalDate('2026-02-28'), true);
    assert.equal(isLegalDate('2024-02-29'), true);
    assert.equal(isLegalDate('2026-02-29'), false);
    assert.equal(isLegalDate('2100-02-29'), false);
    assert.equal(isLegalDate('2000-02-29'), true);
    assert.equal(isLegalDate('2026-13-01'), false);
    assert.equal(isLegalDate('2026-2-01'), false);
    assert.equal(isLegalDate('2026-04-31'), false);
    assert.equal(isLegalDate(20260101), false);
    assert.equal(isLegalDateTime('2026-01-01T23:59'), true);
    assert.equal(isLegalDateTime('2026-01-01T24:00'), false);
    assert.equal(isLegalDateTime('2026-01-01'), false);
  });

  test('day numbers count from 1970-01-01 and weekdays follow', () => {
    assert.equal(toDayNumber('1970-01-01'), 0);
    assert.equal(toDayNumber('1969-12-31'), -1);
    assert.equal(fromDayNumber(toDayNumber('2026-11-22')), '2026-11-22');
    assert.equal(isoWeekday('2026-11-22'), 7); // Sunday
    assert.equal(isoWeekday('2026-04-30'), 4); // Thursday
    assert.equal(isoWeekday('2027-02-06'), 6); // Tết 2027 is a Saturday
  });

  test('adds days across months, years and leap days', () => {
    assert.equal(addDays('2026-01-31', 1), '2026-02-01');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(daysBetween('2026-01-01', '2027-01-01'), 365);
  });

  test('adds months to the same-numbered day or the month end (Art. 134(1))', () => {
    assert.equal(addMonths('2026-01-31', 3), '2026-04-30');
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2026-08-31', 3), '2026-11-30');
    assert.equal(addMonths('2026-11-15', 2), '2027-01-15');
    assert.equal(addMonths('2026-03-31', -1), '2026-02-28');
  });

  test('adds hours in local time and measures minutes', () => {
    assert.equal(addHours('2018-03-01T10:00', 72), '2018-03-04T10:00');
    assert.equal(addHours('2026-12-31T20:30', 12), '2027-01-01T08:30');
    assert.equal(minutesBetween('2018-03-05T14:00', '2018-03-11T14:00'), 6 * 1440);
    assert.throws(() => addHours('2026-01-01', 1), RangeError);
  });

  test('formats dates the Vietnamese way', () => {
    assert.equal(formatViDate('2026-04-30'), '30/04/2026');
    assert.equal(formatViDate('2018-03-04T10:00'), '10:00 04/03/2018');
  });

  test('rejects malformed dates instead of guessing', () => {
    assert.throws(() => addDays('2026-02-30', 1), RangeError);
    assert.throws(() => addMonths('31/01/2026', 1), RangeError);
  });
});

describe('date arithmetic properties', () => {
  test('day numbers round-trip', () => {
    fc.assert(fc.property(legalDate, (d) => fromDayNumber(toDayNumber(d)) === d && isLegalDate(d)));
  });

  test('adding days is associative and inverse to daysBetween', () => {
    fc.assert(
      fc.property(legalDate, fc.integer({ min: -400, max: 400 }), fc.integer({ min: -400, max: 400 }), (d, a, b) => {
        assert.equal(addDays(addDays(d, a), b), addDays(d, a + b));
        assert.equal(daysBetween(d, addDays(d, a)), a);
      }),
    );
  });

  test('adding days and months is monotone', () => {
    fc.assert(
      fc.property(
        legalDate,
        legalDate,
        fc.integer({ min: 0, max: 48 }),
        fc.integer({ min: 0, max: 500 }),
        (a, b, m, n) => {
          const [lo, hi] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
          assert.ok(compareDates(addMonths(lo, m), addMonths(hi, m)) <= 0);
          assert.ok(compareDates(addDays(lo, n), addDays(hi, n)) <= 0);
          assert.ok(compareDates(addMonths(lo, m), addMonths(lo, m + 1)) < 0);
          assert.ok(compareDates(lo, addMonths(lo, m)) <= 0);
        },
      ),
    );
  });

  test('a month step keeps the day or clamps to the month end', () => {
    fc.assert(
      fc.property(legalDate, fc.integer({ min: -24, max: 24 }), (d, m) => {
        const end = addMonths(d, m);
        const months =
          (Number(end.slice(0, 4)) - Number(d.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(d.slice(5, 7));
        assert.equal(months, m);
        const day = Number(d.slice(8, 10));
        const endDay = Number(end.slice(8, 10));
        assert.ok(endDay === day || (endDay < day && addDays(end, 1).slice(8, 10) === '01'));
      }),
    );
  });
});

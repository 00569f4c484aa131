import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays, compareDates, fromDayNumber, toDayNumber } from './calendar.ts';
import { type DayOffCalendar, dayOffReason, isDayOff, nextWorkingDayIfOff, validateDayOffCalendar } from './day-off.ts';
import { VN_DEFAULT_DAY_OFF_CALENDAR as VN } from './vn-day-off-defaults.ts';

describe('default Vietnamese day-off calendar', () => {
  test('weekends, annual holidays and the adjacent National Day', () => {
    assert.equal(isDayOff('2026-11-21', VN), true); // Saturday
    assert.equal(isDayOff('2026-11-23', VN), false); // Monday
    assert.equal(isDayOff('2027-01-01', VN), true);
    assert.equal(isDayOff('2026-04-30', VN), true);
    assert.equal(isDayOff('2026-05-01', VN), true);
    assert.equal(isDayOff('2025-09-01', VN), true);
    assert.equal(isDayOff('2026-09-01', VN), true);
    assert.equal(isDayOff('2027-09-03', VN), true);
    assert.equal(dayOffReason('2026-09-02', VN)?.vi, 'Quốc khánh (02/9)');
  });

  test('Tết spans several days in each year', () => {
    for (const d of ['2025-01-27', '2025-01-29', '2025-01-31']) assert.equal(isDayOff(d, VN), true, d);
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-20']) assert.equal(isDayOff(d, VN), true, d);
    for (const d of ['2027-02-04', '2027-02-05', '2027-02-09', '2027-02-10']) assert.equal(isDayOff(d, VN), true, d);
    assert.equal(isDayOff('2026-02-23', VN), false);
    assert.equal(isDayOff('2027-02-11', VN), false);
  });

  test('Hùng Kings day, including the compensatory Monday of 2026', () => {
    assert.equal(isDayOff('2025-04-07', VN), true);
    assert.equal(isDayOff('2026-04-27', VN), true);
    assert.equal(isDayOff('2027-04-16', VN), true);
  });

  test('official make-up Saturdays are working days', () => {
    assert.equal(isDayOff('2025-04-26', VN), false);
    assert.equal(isDayOff('2026-01-10', VN), false);
    assert.equal(isDayOff('2026-08-22', VN), false);
    assert.equal(isDayOff('2026-01-02', VN), true); // the Friday swapped for 10/01
    assert.equal(isDayOff('2026-08-31', VN), true);
  });

  test('next working day jumps over Tết and long weekends', () => {
    assert.equal(nextWorkingDayIfOff('2026-02-14', VN), '2026-02-23');
    assert.equal(nextWorkingDayIfOff('2025-01-25', VN), '2025-02-03');
    assert.equal(nextWorkingDayIfOff('2027-02-06', VN), '2027-02-11');
    assert.equal(nextWorkingDayIfOff('2026-04-30', VN), '2026-05-04');
    assert.equal(nextWorkingDayIfOff('2026-08-29', VN), '2026-09-03');
    assert.equal(nextWorkingDayIfOff('2026-11-23', VN), '2026-11-23');
  });

  test('the shipped calendar is valid; broken calendars are reported by field', () => {
    assert.deepEqual(validateDayOffCalendar(VN), []);
    const broken: DayOffCalendar = {
      weekendDays: [6, 8],
      annualHolidays: [{ month: 2, day: 30, name: { vi: 'x', en: 'x' } }],
      daysOff: [
        { date: '2026-02-30', name: { vi: 'x', en: 'x' } },
        { date: '2026-03-02', name: { vi: 'x', en: 'x' } },
      ],
      makeUpWorkingDays: [{ date: '2026-03-02', name: { vi: 'x', en: 'x' } }],
    };
    const fields = validateDayOffCalendar(broken).map((e) => e.field);
    assert.deepEqual(fields, ['weekendDays', 'annualHolidays.0', 'daysOff.0.date', 'makeUpWorkingDays.0.date']);
    const allOff: DayOffCalendar = {
      weekendDays: [1, 2, 3, 4, 5, 6, 7],
      annualHolidays: [],
      daysOff: [],
      makeUpWorkingDays: [],
    };
    assert.throws(() => nextWorkingDayIfOff('2026-01-01', allOff), RangeError);
  });

  test('property: the next working day is on or after the date, is a working day, and nothing between is', () => {
    const date = fc.integer({ min: toDayNumber('2024-12-01'), max: toDayNumber('2028-01-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(date, (d) => {
        const next = nextWorkingDayIfOff(d, VN);
        assert.ok(compareDates(d, next) <= 0);
        assert.equal(isDayOff(next, VN), false);
        for (let day = d; day < next; day = addDays(day, 1)) assert.equal(isDayOff(day, VN), true);
      }),
    );
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countCustodyDays, deductCustody } from './custody.ts';
import { expectDeadline as ok, expectRefusal as refused, stepsText as text } from './deadline-test-helpers.ts';

describe('Art. 172 investigation', () => {
  test('serious crime opened 31/01/2026: 3 months clamp to 30/04, a holiday, so the last day is Monday 04/05', () => {
    const d = ok({ ruleId: 'art172_investigation', start: '2026-01-31', category: 'serious' });
    assert.equal(d.basis, 'Điều 172 khoản 1 BLTTHS');
    assert.equal(d.basisEn, 'Art. 172(1) CPC');
    assert.equal(d.due, '2026-05-04');
    assert.equal(d.requestBy, '2026-04-24');
    assert.match(text(d), /không có ngày 31/);
    assert.match(text(d), /30\/04\/2026 là ngày nghỉ/);
    assert.match(text(d), /04\/05\/2026 là ngày cuối cùng/);
  });

  test('minor crime: 2 months ending on a Sunday move to Monday', () => {
    assert.equal(ok({ ruleId: 'art172_investigation', start: '2026-03-10', category: 'minor' }).due, '2026-05-11');
  });

  test('very serious: two 4-month extensions chain from the last day, a third is refused', () => {
    const first = ok({ ruleId: 'art172_investigation', start: '2026-01-05', category: 'very_serious' });
    assert.equal(first.due, '2026-05-05');
    assert.equal(first.maxPossibleDue, '2027-01-07');
    const one = ok({
      ruleId: 'art172_investigation',
      start: '2026-01-05',
      category: 'very_serious',
      extensionsGranted: [{ months: 4, grantedOn: '2026-04-20' }],
    });
    assert.equal(one.due, '2026-09-07'); // 05/09/2026 is a Saturday
    const two = ok({
      ruleId: 'art172_investigation',
      start: '2026-01-05',
      category: 'very_serious',
      extensionsGranted: [
        { months: 4, grantedOn: '2026-04-20' },
        { months: 4, grantedOn: '2026-08-25' },
      ],
    });
    assert.equal(two.due, '2027-01-07');
    assert.deepEqual(two.remainingExtensions, []);
    assert.equal(two.requestBy, undefined);
    const three = refused({
      ruleId: 'art172_investigation',
      start: '2026-01-05',
      category: 'very_serious',
      extensionsGranted: [
        { months: 4, grantedOn: '2026-04-20' },
        { months: 4, grantedOn: '2026-08-25' },
        { months: 1, grantedOn: '2026-12-20' },
      ],
    });
    assert.equal(three.field, 'extensionsGranted.2');
    assert.match(three.reason.vi, /Đã hết số lần gia hạn/);
  });

  test('serious: the second extension is at most 2 months (Art. 172(2)(b))', () => {
    const r = refused({
      ruleId: 'art172_investigation',
      start: '2026-01-05',
      category: 'serious',
      extensionsGranted: [
        { months: 3, grantedOn: '2026-03-20' },
        { months: 3, grantedOn: '2026-06-20' },
      ],
    });
    assert.equal(r.field, 'extensionsGranted.1');
    assert.equal(r.basis, 'Điều 172 khoản 2 BLTTHS');
    assert.match(r.reason.en, /may not exceed 2 months/);
  });

  test('especially serious: three extensions plus one by the Prosecutor General (Art. 172(3))', () => {
    const d = ok({ ruleId: 'art172_investigation', start: '2026-01-05', category: 'especially_serious' });
    assert.deepEqual(
      d.remainingExtensions.map((e) => [e.tier, e.times, e.basis]),
      [
        [0, 1, 'Điều 172 khoản 2 BLTTHS'],
        [1, 2, 'Điều 172 khoản 2 BLTTHS'],
        [2, 1, 'Điều 172 khoản 3 BLTTHS'],
      ],
    );
  });

  test('an extension dated after expiry or before the start is refused', () => {
    assert.equal(
      refused({
        ruleId: 'art172_investigation',
        start: '2026-03-10',
        category: 'minor',
        extensionsGranted: [{ months: 1, grantedOn: '2026-05-12' }],
      }).field,
      'extensionsGranted.0.grantedOn',
    );
    assert.equal(
      refused({
        ruleId: 'art172_investigation',
        start: '2026-03-10',
        category: 'minor',
        extensionsGranted: [{ months: 1, grantedOn: '2026-03-09' }],
      }).field,
      'extensionsGranted.0.grantedOn',
    );
    assert.equal(
      refused({
        ruleId: 'art172_investigation',
        start: '2026-03-10',
        category: 'minor',
        extensionsGranted: [{ months: 1, days: 2, grantedOn: '2026-04-01' }],
      }).field,
      'extensionsGranted.0',
    );
  });
});

describe('Art. 118 custody and Art. 173 detention', () => {
  test('custody runs 3 days from the hour (TTLT 04/2018 Art. 17 example 1: 10:00 01/03 → 10:00 04/03/2018)', () => {
    assert.equal(
      ok({ ruleId: 'art118_custody', start: '2018-03-01T10:00', category: 'serious' }).due,
      '2018-03-04T10:00',
    );
    const twice = ok({
      ruleId: 'art118_custody',
      start: '2018-03-01T10:00',
      category: 'serious',
      extensionsGranted: [
        { days: 3, grantedOn: '2018-03-03' },
        { days: 3, grantedOn: '2018-03-06' },
      ],
    });
    assert.equal(twice.due, '2018-03-10T10:00');
    assert.equal(
      refused({
        ruleId: 'art118_custody',
        start: '2018-03-01T10:00',
        category: 'serious',
        extensionsGranted: [{ days: 4, grantedOn: '2018-03-03' }],
      }).basis,
      'Điều 118 khoản 2 BLTTHS',
    );
    assert.equal(refused({ ruleId: 'art118_custody', start: '2018-03-01', category: 'serious' }).field, 'start');
  });

  test('the procuracy has 12 hours to decide on a custody extension, holidays included', () => {
    assert.equal(
      ok({ ruleId: 'art118_approve_custody_extension', start: '2026-02-16T20:30', category: 'minor' }).due,
      '2026-02-17T08:30',
    );
  });

  test('custody days and the detention left after deducting them (TTLT 04/2018 Art. 17 examples)', () => {
    assert.equal(countCustodyDays('2018-03-01T10:00', '2018-03-04T10:00'), 3);
    assert.equal(countCustodyDays('2018-03-05T14:00', '2018-03-11T14:00'), 6);
    assert.equal(countCustodyDays('2018-03-05T14:00', '2018-03-05T15:00'), 1);
    assert.deepEqual(deductCustody({ detention: { amount: 2, unit: 'months' }, custodyDays: 3 }).text, {
      vi: '01 tháng 27 ngày',
      en: '1 month 27 days',
    });
    assert.equal(
      deductCustody({ detention: { amount: 2, unit: 'months' }, custodyDays: 6 }).text.vi,
      '01 tháng 24 ngày',
    );
    assert.equal(deductCustody({ detention: { amount: 2, unit: 'months' }, custodyDays: 0 }).text.vi, '02 tháng');
    assert.throws(() => deductCustody({ detention: { amount: 1, unit: 'months' }, custodyDays: 30 }), RangeError);
  });

  test('example 1: detention ordered for 2 months from 04/03/2018 less 3 custody days ends 29/04/2018', () => {
    const d = ok({
      ruleId: 'art173_detention_investigation',
      start: '2018-03-04',
      category: 'serious',
      ordered: { months: 2 },
      custodyDaysDeducted: 3,
    });
    assert.equal(d.due, '2018-04-29');
    assert.match(text(d), /còn 57 ngày/);
  });

  test('example 2: detention ordered for 2 months from 11/04/2018 less 6 custody days ends 03/06/2018', () => {
    assert.equal(
      ok({
        ruleId: 'art173_detention_investigation',
        start: '2018-04-11',
        category: 'serious',
        ordered: { months: 2 },
        custodyDaysDeducted: 6,
      }).due,
      '2018-06-03',
    );
  });

  test('2 months of detention are 60 days counted from the order date, never moved off a holiday', () => {
    assert.equal(
      ok({ ruleId: 'art173_detention_investigation', start: '2026-01-10', category: 'minor' }).due,
      '2026-03-10',
    );
    const onTet = ok({
      ruleId: 'art173_detention_investigation',
      start: '2026-01-19',
      category: 'minor',
      ordered: { days: 30 },
    });
    assert.equal(onTet.due, '2026-02-17');
  });

  test('detention extensions: minor once by 1 month (30 days); especially serious up to three tiers', () => {
    const minor = ok({
      ruleId: 'art173_detention_investigation',
      start: '2026-01-10',
      category: 'minor',
      extensionsGranted: [{ months: 1, grantedOn: '2026-02-25' }],
    });
    assert.equal(minor.due, '2026-04-09');
    assert.equal(minor.maxPossibleDue, '2026-04-09');
    assert.equal(
      refused({
        ruleId: 'art173_detention_investigation',
        start: '2026-01-10',
        category: 'minor',
        extensionsGranted: [{ days: 31, grantedOn: '2026-02-25' }],
      }).field,
      'extensionsGranted.0',
    );
    const grave = ok({ ruleId: 'art173_detention_investigation', start: '2026-01-10', category: 'especially_serious' });
    assert.equal(grave.due, '2026-05-09'); // 120 days
    assert.equal(grave.maxPossibleDue, '2027-05-04'); // 480 days
  });

  test('an order longer than the law allows and custody deducted from a non-detention period are refused', () => {
    assert.equal(
      refused({
        ruleId: 'art173_detention_investigation',
        start: '2026-01-10',
        category: 'minor',
        ordered: { months: 3 },
      }).field,
      'ordered',
    );
    assert.equal(
      refused({ ruleId: 'art172_investigation', start: '2026-01-10', category: 'minor', custodyDaysDeducted: 3 }).field,
      'custodyDaysDeducted',
    );
    assert.equal(
      refused({
        ruleId: 'art173_detention_investigation',
        start: '2026-01-10',
        category: 'minor',
        custodyDaysDeducted: 60,
      }).field,
      'custodyDaysDeducted',
    );
  });
});

describe('Art. 147 crime reports', () => {
  test('20 days, prolonged to 2 months from receipt, then 2 more months by the procuracy', () => {
    const base = ok({ ruleId: 'art147_settle_crime_report', start: '2026-03-02', category: 'minor' });
    assert.equal(base.due, '2026-03-22'); // a Sunday: day periods are not moved (Art. 134(1) reading)
    assert.match(text(base), /không lùi sang ngày làm việc tiếp theo/);
    const prolonged = ok({
      ruleId: 'art147_settle_crime_report',
      start: '2026-03-02',
      category: 'minor',
      extensionsGranted: [{ months: 2, grantedOn: '2026-03-20' }],
    });
    assert.equal(prolonged.due, '2026-05-04'); // 02/05/2026 is a Saturday
    assert.equal(prolonged.requestBy, '2026-04-29');
    const extended = ok({
      ruleId: 'art147_settle_crime_report',
      start: '2026-03-02',
      category: 'minor',
      extensionsGranted: [
        { months: 2, grantedOn: '2026-03-20' },
        { months: 2, grantedOn: '2026-04-28' },
      ],
    });
    assert.equal(extended.due, '2026-07-06');
    assert.equal(
      refused({
        ruleId: 'art147_settle_crime_report',
        start: '2026-03-02',
        category: 'minor',
        extensionsGranted: [{ months: 3, grantedOn: '2026-03-20' }],
      }).basis,
      'Điều 147 khoản 2 BLTTHS',
    );
  });

  test('the procuracy extension may follow the 20 days directly when chosen explicitly', () => {
    const d = ok({
      ruleId: 'art147_settle_crime_report',
      start: '2026-03-02',
      category: 'minor',
      extensionsGranted: [{ months: 2, grantedOn: '2026-03-18', tier: 1 }],
    });
    assert.equal(d.due, '2026-05-22');
    assert.deepEqual(d.remainingExtensions, []);
  });
});

describe('Art. 174 supplementary investigation', () => {
  test('returned by the procuracy: 2 months; by the court: 1 month; both moved past Tết 2026', () => {
    assert.equal(
      ok({ ruleId: 'art174_supplementary_by_procuracy', start: '2025-12-17', category: 'serious' }).due,
      '2026-02-23',
    );
    assert.equal(
      ok({ ruleId: 'art174_supplementary_by_court', start: '2026-01-17', category: 'serious' }).due,
      '2026-02-23',
    );
    assert.deepEqual(
      ok({ ruleId: 'art174_supplementary_by_court', start: '2026-01-17', category: 'serious' }).remainingExtensions,
      [],
    );
  });

  test('resumed investigation: minor 2 months + 1', () => {
    const d = ok({
      ruleId: 'art174_resumed_investigation',
      start: '2026-06-15',
      category: 'minor',
      extensionsGranted: [{ months: 1, grantedOn: '2026-08-01' }],
    });
    // 15/08/2026 is a Saturday, so the base period ends Monday 17/08 and the extension runs from there.
    assert.equal(d.due, '2026-09-17');
  });

  test('Tết 2025 and 2027 also move month periods', () => {
    assert.equal(
      ok({ ruleId: 'art174_supplementary_by_court', start: '2024-12-29', category: 'minor' }).due,
      '2025-02-03',
    );
    assert.equal(
      ok({ ruleId: 'art174_supplementary_by_court', start: '2027-01-06', category: 'minor' }).due,
      '2027-02-11',
    );
  });
});

describe('reclassification to a graver crime (TTLT 04/2018 Art. 14(2), example 1)', () => {
  test('counting the graver category from the original start deducts the time already spent', () => {
    // Opened 01/01/2018 as serious; on 30/01/2018 found very serious: from then on the very-serious
    // period applies less the month already spent, i.e. 4 months from 01/01/2018.
    const investigation = ok({ ruleId: 'art172_investigation', start: '2018-01-01', category: 'very_serious' });
    assert.equal(investigation.due, '2018-05-02'); // 01/05/2018 is Labour Day
    const detention = ok({ ruleId: 'art173_detention_investigation', start: '2018-01-01', category: 'very_serious' });
    assert.equal(detention.due, '2018-04-30'); // 120 days, no day-off shift
  });
});

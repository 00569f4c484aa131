import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { maxDetentionDays, validateDefendantMeasures } from './measure-validation.ts';
import { computeMeasureEnd, isMeasureLiveOn, type PreventiveMeasure } from './measures.ts';

const custody: PreventiveMeasure = {
  id: 'c1',
  defendantId: 'd1',
  kind: 'custody',
  stage: 'investigation',
  start: '2018-03-01T10:00',
};
// TTLT 04/2018 Art. 17, example 1: 2 months from 04/03/2018 less 3 custody days ends 29/04/2018.
const detention: PreventiveMeasure = {
  id: 't1',
  defendantId: 'd1',
  kind: 'detention',
  stage: 'investigation',
  start: '2018-03-04',
  ordered: { months: 2 },
  custodyDaysDeducted: 3,
};

describe('preventive measures', () => {
  test('custody and detention end where the deadline engine says (TTLT 04/2018 Art. 17, example 1)', () => {
    const c = computeMeasureEnd(custody, 'serious');
    assert.ok(c.ok);
    assert.equal(c.end, '2018-03-04T10:00');
    const d = computeMeasureEnd(detention, 'serious');
    assert.ok(d.ok, JSON.stringify(d));
    assert.equal(d.end, '2018-04-29');
    assert.equal(d.ruleId, 'art173_detention_investigation');
  });

  test('the court’s detention for trial is counted like detention, within the trial preparation period (Art. 278(2))', () => {
    const trial: PreventiveMeasure = {
      id: 't2',
      defendantId: 'd1',
      kind: 'detention',
      stage: 'first_instance_trial',
      start: '2026-06-15',
    };
    // Serious crime: 45 days counting the first day, then at most 15 more when the preparation is extended.
    const end = computeMeasureEnd(trial, 'serious');
    assert.ok(end.ok, JSON.stringify(end));
    assert.deepEqual([end.end, end.maxPossibleDue, end.ruleId], ['2026-07-29', '2026-08-13', 'art278_detention_trial']);
    const extended = computeMeasureEnd({ ...trial, extensions: [{ days: 15, grantedOn: '2026-07-25' }] }, 'serious');
    assert.ok(extended.ok);
    assert.equal(extended.end, '2026-08-13');
    const tooLong = computeMeasureEnd({ ...trial, ordered: { months: 2 } }, 'serious');
    assert.equal(tooLong.ok ? '' : tooLong.field, 'ordered');
    // Detention for prosecution ends the day the court orders its own: no overlap, nothing to deduct.
    const prosecution: PreventiveMeasure = {
      ...trial,
      id: 't1',
      stage: 'prosecution',
      start: '2026-05-27',
      endedAt: '2026-06-15',
    };
    assert.deepEqual(validateDefendantMeasures([prosecution, trial], { category: 'serious' }), []);
    assert.equal(maxDetentionDays('first_instance_trial', 'very_serious'), 90);
  });

  test('an extension moves the end; release cuts it short', () => {
    const extended = computeMeasureEnd({ ...custody, extensions: [{ days: 3, grantedOn: '2018-03-04' }] }, 'minor');
    assert.ok(extended.ok);
    assert.equal(extended.end, '2018-03-07T10:00');
    const released = computeMeasureEnd({ ...custody, endedAt: '2018-03-02T09:00' }, 'minor');
    assert.ok(released.ok);
    assert.equal(released.end, '2018-03-02T09:00');
    assert.equal(released.due, '2018-03-04T10:00');
  });

  test('bail and bans end on the date in the order; they need one', () => {
    const bail: PreventiveMeasure = {
      id: 'b',
      defendantId: 'd1',
      kind: 'bail',
      stage: 'investigation',
      start: '2026-01-10',
      orderedEnd: '2026-03-10',
    };
    assert.deepEqual(computeMeasureEnd(bail, 'minor').ok && computeMeasureEnd(bail, 'minor'), {
      ok: true,
      end: '2026-03-10',
      due: '2026-03-10',
      maxPossibleDue: '2026-03-10',
      steps: [],
    });
    const missing = computeMeasureEnd({ ...bail, orderedEnd: undefined }, 'minor');
    assert.equal(missing.ok ? '' : missing.field, 'orderedEnd');
    const badStart = computeMeasureEnd({ ...custody, start: '2018-03-01' }, 'minor');
    assert.equal(badStart.ok ? '' : badStart.field, 'start');
  });

  test('live on a date: first and last days included', () => {
    assert.equal(isMeasureLiveOn(detention, '2018-03-04', 'serious'), true);
    assert.equal(isMeasureLiveOn(detention, '2018-04-29', 'serious'), true);
    assert.equal(isMeasureLiveOn(detention, '2018-04-30', 'serious'), false);
    assert.equal(isMeasureLiveOn(detention, '2018-03-03', 'serious'), false);
    assert.throws(() => isMeasureLiveOn({ ...detention, start: 'x' }, '2018-03-04', 'serious'), RangeError);
  });

  test('custody then detention from the day custody ended is valid', () => {
    assert.deepEqual(validateDefendantMeasures([custody, detention], { category: 'serious' }), []);
  });

  test('overlapping custodial measures are refused', () => {
    const early = { ...detention, start: '2018-03-02', custodyDaysDeducted: 3 };
    const errors = validateDefendantMeasures([custody, early], { category: 'serious' });
    assert.ok(
      errors.some((e) => e.field === 'measures.1.start' && /overlaps custody/.test(e.en)),
      JSON.stringify(errors),
    );
  });

  test('custody days must be deducted, and only once (Art. 118(4))', () => {
    const none = validateDefendantMeasures([custody, { ...detention, custodyDaysDeducted: undefined }], {
      category: 'serious',
    });
    assert.ok(none.some((e) => e.field === 'measures.1.custodyDaysDeducted'));
    const second: PreventiveMeasure = {
      ...detention,
      id: 't2',
      stage: 'prosecution',
      start: '2018-04-30',
      ordered: { days: 20 },
    };
    const twice = validateDefendantMeasures([custody, detention, second], { category: 'serious' });
    assert.ok(
      twice.some((e) => e.field === 'measures' && /deducted once/.test(e.en)),
      JSON.stringify(twice),
    );
  });

  test('detention at a stage may not pass the legal maximum with every extension', () => {
    assert.equal(maxDetentionDays('investigation', 'minor'), 90); // 2 months + 1 month (Art. 173(1), (2))
    assert.equal(maxDetentionDays('prosecution', 'minor'), 30); // 20 + 10 days (Art. 241, 240(1))
    const a: PreventiveMeasure = {
      id: 'a',
      defendantId: 'd1',
      kind: 'detention',
      stage: 'investigation',
      start: '2026-01-01',
      ordered: { months: 2 },
    };
    const b: PreventiveMeasure = { ...a, id: 'b', start: '2026-04-01' };
    const errors = validateDefendantMeasures([a, b], { category: 'minor' });
    assert.ok(
      errors.some((e) => e.field === 'measures.0' && /maximum of 90/.test(e.en)),
      JSON.stringify(errors),
    );
  });

  test('a residence ban may not outlast the stage (Art. 123(4))', () => {
    const ban: PreventiveMeasure = {
      id: 'r',
      defendantId: 'd1',
      kind: 'residence_ban',
      stage: 'prosecution',
      start: '2026-01-01',
      orderedEnd: '2026-03-01',
    };
    const errors = validateDefendantMeasures([ban], { category: 'minor', stageEnds: { prosecution: '2026-01-21' } });
    assert.deepEqual(
      errors.map((e) => e.field),
      ['measures.0.orderedEnd'],
    );
    assert.deepEqual(
      validateDefendantMeasures([ban], { category: 'minor', stageEnds: { prosecution: '2026-03-01' } }),
      [],
    );
  });
});

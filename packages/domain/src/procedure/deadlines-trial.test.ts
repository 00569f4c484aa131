import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectDeadline as ok, expectRefusal as refused, stepsText as text } from './deadline-test-helpers.ts';
import type { RuleSet } from './rule-types.ts';
import { PROCEDURE_RULES } from './rules.ts';

describe('Art. 240 and 241 prosecution', () => {
  test('minor: 20 days, +10 at most', () => {
    assert.equal(
      ok({ ruleId: 'art240_prosecution_decision', start: '2026-03-02', category: 'minor' }).due,
      '2026-03-22',
    );
    assert.equal(
      ok({
        ruleId: 'art240_prosecution_decision',
        start: '2026-03-02',
        category: 'minor',
        extensionsGranted: [{ days: 10, grantedOn: '2026-03-20' }],
      }).due,
      '2026-04-01',
    );
    assert.equal(
      refused({
        ruleId: 'art240_prosecution_decision',
        start: '2026-03-02',
        category: 'minor',
        extensionsGranted: [{ days: 11, grantedOn: '2026-03-20' }],
      }).basis,
      'Điều 240 khoản 1 BLTTHS',
    );
    assert.equal(
      refused({
        ruleId: 'art240_prosecution_decision',
        start: '2026-03-02',
        category: 'minor',
        extensionsGranted: [{ months: 1, grantedOn: '2026-03-20' }],
      }).field,
      'extensionsGranted.0',
    );
  });

  test('especially serious: 30 days + 30', () => {
    assert.equal(
      ok({ ruleId: 'art240_prosecution_decision', start: '2026-03-02', category: 'especially_serious' }).maxPossibleDue,
      '2026-05-01',
    );
  });

  test('the decision is delivered within 3 days, up to 10 more in a complex case', () => {
    const d = ok({ ruleId: 'art240_deliver_decision', start: '2026-03-02', category: 'serious' });
    assert.equal(d.due, '2026-03-05');
    assert.equal(d.maxPossibleDue, '2026-03-15');
  });

  test('detention for prosecution is bounded by the Art. 240 period and counted from the order date', () => {
    const d = ok({ ruleId: 'art241_detention_prosecution', start: '2026-03-02', category: 'serious' });
    assert.equal(d.due, '2026-03-21');
    assert.equal(d.maxPossibleDue, '2026-03-31');
  });
});

describe('Art. 277 trial preparation', () => {
  test('minor 30 days (not moved), very serious 2 months moved past Tết, then +30 days', () => {
    assert.equal(ok({ ruleId: 'art277_trial_preparation', start: '2026-01-15', category: 'minor' }).due, '2026-02-14');
    assert.equal(
      ok({ ruleId: 'art277_trial_preparation', start: '2025-12-17', category: 'very_serious' }).due,
      '2026-02-23',
    );
    assert.equal(
      ok({
        ruleId: 'art277_trial_preparation',
        start: '2025-12-17',
        category: 'very_serious',
        extensionsGranted: [{ days: 30, grantedOn: '2026-02-20' }],
      }).due,
      '2026-03-25',
    );
  });

  test('the hearing opens within 15 days, or within 30 in force majeure', () => {
    const d = ok({
      ruleId: 'art277_open_hearing',
      start: '2026-06-01',
      category: 'minor',
      extensionsGranted: [{ days: 30, grantedOn: '2026-06-10' }],
    });
    assert.equal(d.due, '2026-07-01');
    assert.equal(
      refused({
        ruleId: 'art277_open_hearing',
        start: '2026-06-01',
        category: 'minor',
        extensionsGranted: [{ days: 10, grantedOn: '2026-06-10' }],
      }).field,
      'extensionsGranted.0',
    );
  });
});

describe('Art. 333 and 337 appeal and protest windows', () => {
  test('windows run from the pronouncement', () => {
    const appeal = ok({ ruleId: 'art333_appeal_judgment', start: '2026-04-15', category: 'serious' });
    assert.equal(appeal.due, '2026-04-30');
    assert.match(text(appeal), /Reunification Day/);
    assert.equal(ok({ ruleId: 'art333_appeal_decision', start: '2026-04-15', category: 'serious' }).due, '2026-04-22');
    assert.equal(
      ok({ ruleId: 'art337_protest_judgment_same_level', start: '2026-04-15', category: 'serious' }).due,
      '2026-04-30',
    );
    assert.equal(
      ok({ ruleId: 'art337_protest_judgment_superior', start: '2026-04-15', category: 'serious' }).due,
      '2026-05-15',
    );
    assert.equal(
      ok({ ruleId: 'art337_protest_decision_same_level', start: '2026-04-15', category: 'serious' }).due,
      '2026-04-22',
    );
    assert.equal(
      ok({ ruleId: 'art337_protest_decision_superior', start: '2026-04-15', category: 'serious' }).due,
      '2026-04-30',
    );
  });

  test('the day-off rule is data: a rule set that moves day periods too gives the next working day', () => {
    const always: RuleSet = PROCEDURE_RULES.map((r) =>
      r.id === 'art333_appeal_judgment' ? { ...r, dayOffShift: 'always' as const } : r,
    );
    assert.equal(
      ok({ ruleId: 'art333_appeal_judgment', start: '2026-04-15', category: 'serious', rules: always }).due,
      '2026-05-04',
    );
  });
});

describe('input validation', () => {
  test('unknown rule, category and malformed dates are refused by field', () => {
    assert.equal(refused({ ruleId: 'nope', start: '2026-01-01', category: 'minor' }).field, 'ruleId');
    assert.equal(
      refused({ ruleId: 'art172_investigation', start: '2026-01-01', category: 'petty' as never }).field,
      'category',
    );
    assert.equal(refused({ ruleId: 'art172_investigation', start: '2026-02-30', category: 'minor' }).field, 'start');
    assert.equal(
      refused({ ruleId: 'art172_investigation', start: '2026-02-01T10:00', category: 'minor' }).field,
      'start',
    );
    assert.equal(
      refused({ ruleId: 'art172_investigation', start: '2026-02-01', onDate: '01/02/2026', category: 'minor' }).field,
      'onDate',
    );
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeDeadline } from './deadlines.ts';
import { addRuleVersion, formatBasis, ruleFor, validateRule, validateRuleSet } from './rule-set.ts';
import type { DeadlineRule, PeriodAmount, ProcedureCategory } from './rule-types.ts';
import { PROCEDURE_RULES } from './rules.ts';

const get = (id: string): DeadlineRule => {
  const rule = ruleFor(id, '2026-01-01');
  assert.ok(rule, id);
  return rule;
};
const base = (id: string): (string | null)[] =>
  (['minor', 'serious', 'very_serious', 'especially_serious'] as ProcedureCategory[]).map((c) => show(get(id).base[c]));
const show = (a: PeriodAmount | null): string | null => (a ? `${a.amount}${a.unit[0]}` : null);
const tierMax = (id: string, i: number): (string | null)[] =>
  (['minor', 'serious', 'very_serious', 'especially_serious'] as ProcedureCategory[]).map((c) => {
    const tier = get(id).extensions[i];
    return tier && tier.count[c] > 0 ? `${tier.count[c]}x${show(tier.max[c])}` : null;
  });

describe('shipped rule data matches the Code', () => {
  test('the rule set is consistent', () => {
    assert.deepEqual(validateRuleSet(PROCEDURE_RULES), []);
  });

  test('Art. 147: 20 days; prolonged to 2 months from receipt; procuracy extends once by 2 months, asked 5 days ahead', () => {
    assert.deepEqual(base('art147_settle_crime_report'), ['20d', '20d', '20d', '20d']);
    const [prolong, extend] = get('art147_settle_crime_report').extensions;
    assert.equal(prolong?.mode, 'total_from_start');
    assert.deepEqual(tierMax('art147_settle_crime_report', 0), ['1x2m', '1x2m', '1x2m', '1x2m']);
    assert.deepEqual(tierMax('art147_settle_crime_report', 1), ['1x2m', '1x2m', '1x2m', '1x2m']);
    assert.equal(extend?.requestDaysBefore, 5);
  });

  test('Art. 118: custody 3 days, +3, then +3 in special cases; procuracy decides within 12 hours', () => {
    assert.deepEqual(base('art118_custody'), ['3d', '3d', '3d', '3d']);
    assert.deepEqual(tierMax('art118_custody', 0), ['1x3d', '1x3d', '1x3d', '1x3d']);
    assert.deepEqual(tierMax('art118_custody', 1), ['1x3d', '1x3d', '1x3d', '1x3d']);
    assert.deepEqual(base('art118_approve_custody_extension'), ['12h', '12h', '12h', '12h']);
  });

  test('Art. 172: investigation 2/3/4/4 months and the extensions of clauses 2 and 3', () => {
    assert.deepEqual(base('art172_investigation'), ['2m', '3m', '4m', '4m']);
    assert.deepEqual(tierMax('art172_investigation', 0), ['1x2m', '1x3m', '1x4m', '1x4m']);
    assert.deepEqual(tierMax('art172_investigation', 1), [null, '1x2m', '1x4m', '2x4m']);
    assert.deepEqual(tierMax('art172_investigation', 2), [null, null, null, '1x4m']);
    assert.ok(get('art172_investigation').extensions.every((t) => t.requestDaysBefore === 10));
  });

  test('Art. 173: detention 2/3/4/4 months, extensions 1/2/3/4 months, especially serious twice, +4 by the Supreme head', () => {
    assert.deepEqual(base('art173_detention_investigation'), ['2m', '3m', '4m', '4m']);
    assert.deepEqual(tierMax('art173_detention_investigation', 0), ['1x1m', '1x2m', '1x3m', '1x4m']);
    assert.deepEqual(tierMax('art173_detention_investigation', 1), [null, null, null, '1x4m']);
    assert.deepEqual(tierMax('art173_detention_investigation', 2), [null, null, null, '1x4m']);
    assert.equal(get('art173_detention_investigation').countingRule, 'order_date_30_day_months');
  });

  test('Art. 174: resumed investigation, supplementary investigation 2 months (procuracy) or 1 month (court)', () => {
    assert.deepEqual(base('art174_resumed_investigation'), ['2m', '2m', '3m', '3m']);
    assert.deepEqual(tierMax('art174_resumed_investigation', 0), ['1x1m', '1x2m', '1x2m', '1x3m']);
    assert.deepEqual(base('art174_supplementary_by_procuracy'), ['2m', '2m', '2m', '2m']);
    assert.deepEqual(base('art174_supplementary_by_court'), ['1m', '1m', '1m', '1m']);
  });

  test('Art. 240 and 241: 20/20/30/30 days, +10/10/15/30; delivery in 3 days, up to 10 more', () => {
    assert.deepEqual(base('art240_prosecution_decision'), ['20d', '20d', '30d', '30d']);
    assert.deepEqual(tierMax('art240_prosecution_decision', 0), ['1x10d', '1x10d', '1x15d', '1x30d']);
    assert.deepEqual(base('art240_deliver_decision'), ['3d', '3d', '3d', '3d']);
    assert.deepEqual(tierMax('art240_deliver_decision', 0), ['1x10d', '1x10d', '1x10d', '1x10d']);
    assert.deepEqual(base('art241_detention_prosecution'), ['20d', '20d', '30d', '30d']);
    assert.deepEqual(tierMax('art241_detention_prosecution', 0), ['1x10d', '1x10d', '1x15d', '1x30d']);
  });

  test('Art. 277: 30 days / 45 days / 2 months / 3 months, +15/15/30/30 days', () => {
    assert.deepEqual(base('art277_trial_preparation'), ['30d', '45d', '2m', '3m']);
    assert.deepEqual(tierMax('art277_trial_preparation', 0), ['1x15d', '1x15d', '1x30d', '1x30d']);
    assert.deepEqual(base('art277_after_supplementary'), ['15d', '15d', '15d', '15d']);
    assert.deepEqual(base('art277_open_hearing'), ['15d', '15d', '15d', '15d']);
  });

  test('Art. 278(2): the court’s detention for trial is at most the Art. 277(1) preparation period, counted as detention', () => {
    assert.deepEqual(base('art278_detention_trial'), base('art277_trial_preparation'));
    assert.deepEqual(tierMax('art278_detention_trial', 0), tierMax('art277_trial_preparation', 0));
    assert.equal(get('art278_detention_trial').countingRule, 'order_date_30_day_months');
    assert.equal(get('art278_detention_trial').dayOffShift, 'never');
  });

  test('Art. 333 and 337: appeal and protest windows', () => {
    assert.deepEqual(base('art333_appeal_judgment'), ['15d', '15d', '15d', '15d']);
    assert.deepEqual(base('art333_appeal_decision'), ['7d', '7d', '7d', '7d']);
    assert.deepEqual(base('art337_protest_judgment_same_level'), ['15d', '15d', '15d', '15d']);
    assert.deepEqual(base('art337_protest_judgment_superior'), ['30d', '30d', '30d', '30d']);
    assert.deepEqual(base('art337_protest_decision_same_level'), ['7d', '7d', '7d', '7d']);
    assert.deepEqual(base('art337_protest_decision_superior'), ['15d', '15d', '15d', '15d']);
  });

  test('every rule cites its article and clause', () => {
    for (const rule of PROCEDURE_RULES) {
      assert.match(formatBasis(rule.basis).vi, /^Điều \d+( khoản \d+)?( điểm [a-zđ])? BLTTHS$/);
      assert.ok(rule.basis.clause !== undefined || rule.basis.article === 241, rule.id);
    }
    assert.equal(formatBasis({ code: 'BLTTHS', article: 172, clause: 2, point: 'b' }).en, 'Art. 172(2)(b) CPC');
  });
});

describe('rule versions', () => {
  const v2027: DeadlineRule = {
    ...get('art240_prosecution_decision'),
    effectiveFrom: '2027-01-01',
    base: {
      minor: { amount: 25, unit: 'days' },
      serious: { amount: 25, unit: 'days' },
      very_serious: { amount: 30, unit: 'days' },
      especially_serious: { amount: 30, unit: 'days' },
    },
  };

  test('a new version closes the previous one the day before and leaves the input untouched', () => {
    const result = addRuleVersion(PROCEDURE_RULES, v2027);
    assert.ok(result.ok);
    assert.equal(ruleFor('art240_prosecution_decision', '2026-12-31', result.rules)?.effectiveTo, '2026-12-31');
    assert.equal(ruleFor('art240_prosecution_decision', '2027-01-01', result.rules)?.base.minor?.amount, 25);
    assert.equal(ruleFor('art240_prosecution_decision', '2027-01-01')?.base.minor?.amount, 20);
    assert.equal(PROCEDURE_RULES.find((r) => r.id === 'art240_prosecution_decision')?.effectiveTo, undefined);
  });

  test('old acts keep the rule in force when they happened', () => {
    const result = addRuleVersion(PROCEDURE_RULES, v2027);
    assert.ok(result.ok);
    const old = computeDeadline({
      ruleId: 'art240_prosecution_decision',
      start: '2027-01-04',
      onDate: '2026-12-28',
      category: 'minor',
      rules: result.rules,
    });
    const fresh = computeDeadline({
      ruleId: 'art240_prosecution_decision',
      start: '2027-01-04',
      category: 'minor',
      rules: result.rules,
    });
    assert.ok(old.ok && fresh.ok);
    assert.equal(old.due, '2027-01-24');
    assert.equal(fresh.due, '2027-01-29');
    assert.equal(fresh.ruleEffectiveFrom, '2027-01-01');
  });

  test('overlapping ranges and invalid versions are refused with the field', () => {
    const overlap = addRuleVersion(PROCEDURE_RULES, {
      ...v2027,
      effectiveFrom: '2017-06-01',
      effectiveTo: '2018-06-30',
    });
    assert.equal(overlap.ok, false);
    assert.ok(!overlap.ok && overlap.errors.some((e) => e.field.endsWith('effectiveFrom')));
    const twice = addRuleVersion(PROCEDURE_RULES, v2027);
    assert.ok(twice.ok);
    const again = addRuleVersion(twice.rules, { ...v2027, effectiveTo: '2027-06-30' });
    assert.equal(again.ok, false);
    const bad = addRuleVersion(PROCEDURE_RULES, {
      ...v2027,
      base: { ...v2027.base, minor: { amount: -1, unit: 'days' } },
    });
    assert.ok(!bad.ok && bad.errors.some((e) => e.field === 'base.minor'));
  });

  test('validateRule names each broken field', () => {
    const rule = get('art172_investigation');
    const fields = validateRule({
      ...rule,
      id: 'Bad Id',
      effectiveFrom: '2026-02-30',
      extensions: [
        {
          ...(rule.extensions[0] as DeadlineRule['extensions'][number]),
          count: { ...rule.extensions[0]?.count, minor: -1 } as never,
        },
      ],
    }).map((e) => e.field);
    assert.deepEqual(fields, ['id', 'effectiveFrom', 'extensions.0.count.minor']);
    assert.deepEqual(
      validateRule({
        ...get('art118_custody'),
        base: { ...get('art118_custody').base, minor: { amount: 1, unit: 'months' } },
      }).map((e) => e.field),
      ['base.minor'],
    );
  });

  test('no rule is in force before the Code took effect', () => {
    assert.equal(ruleFor('art172_investigation', '2017-12-31'), undefined);
    const result = computeDeadline({ ruleId: 'art172_investigation', start: '2017-12-20', category: 'minor' });
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.field === 'onDate');
  });
});

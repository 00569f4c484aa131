import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { CATALOGUE_VERSIONS, type Charge } from '../penal-code/catalogue.ts';
import { mostSerious } from '../penal-code/categories.ts';
import { addDays, compareDates } from '../procedure/calendar.ts';
import { computeDeadline } from '../procedure/deadlines.ts';
import { PROCEDURE_CATEGORIES, type ProcedureCategory } from '../procedure/rule-types.ts';
import { caseCategory } from './case-category.ts';
import {
  applyDecisionToLedger,
  type CaseLedger,
  type CasePeriod,
  type DecisionInEffect,
  MEASURE_RULE_IDS,
  openingLedger,
} from './case-ledger.ts';
import { DECISION_TYPES } from './decision-types.ts';

/** The codes that move a case along, repeated so random runs reach the later stages often. */
const FLOW = [
  'receive_crime_report',
  'open_case',
  'extend_investigation',
  'extend_investigation',
  'extend_report_settlement',
  'conclude_investigation_prosecute',
  'return_for_supplementary_investigation',
  'extend_prosecution_decision',
  'extend_prosecution_decision',
  'indictment',
  'accept_case_for_trial',
  'bring_case_to_trial',
  'court_return_for_supplementary_investigation',
  'accept_case_after_supplementary',
  'first_instance_judgment',
  'first_instance_judgment_final',
  'first_instance_judgment_final',
  'appeal_by_party',
  'protest_by_procuracy',
  'appeal_judgment',
];
const code = fc.oneof(
  { arbitrary: fc.constantFrom(...DECISION_TYPES.map((t) => t.code)), weight: 1 },
  { arbitrary: fc.constantFrom(...FLOW), weight: 3 },
);
const rarely = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary, weight: 1 });
const period = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 5 }).map((months) => ({ months })), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 40 }).map((days) => ({ days })), weight: 3 },
  { arbitrary: fc.constantFrom(undefined, { months: 1, days: 2 }, { months: 0 }), weight: 1 },
);
type Step = {
  typeCode: string;
  period: DecisionInEffect['period'];
  tier: number | undefined;
  returnedBy: DecisionInEffect['returnedBy'];
};
const step = fc.record({
  typeCode: code,
  gap: fc.integer({ min: 0, max: 25 }),
  period,
  tier: rarely(fc.integer({ min: -1, max: 3 })),
  returnedBy: rarely(fc.constantFrom('presiding_judge' as const, 'trial_panel' as const)),
});
const category = fc.constantFrom(...PROCEDURE_CATEGORIES);

const computed = (p: CasePeriod, cat: ProcedureCategory, withExtensions: boolean) => {
  const result = computeDeadline({
    ruleId: p.ruleId,
    start: p.start,
    category: cat,
    extensionsGranted: withExtensions ? p.extensions : [],
    ...(p.ordered ? { ordered: p.ordered } : {}),
  });
  assert.ok(result.ok, `${p.ruleId}: ${JSON.stringify(result)}`);
  return result;
};

const isOver = (ledger: CaseLedger): boolean => ['closed', 'terminated'].includes(ledger.state.stage);

const checkInvariants = (ledger: CaseLedger, cat: ProcedureCategory, closing: boolean): void => {
  const ids = ledger.periods.map((p) => p.ruleId);
  assert.equal(new Set(ids).size, ids.length, `one period per rule: ${ids}`);
  for (const p of ledger.periods) {
    assert.ok(!MEASURE_RULE_IDS.includes(p.ruleId), p.ruleId);
    // Whatever was extended, the due date stays within what the law allows from the start.
    assert.ok(compareDates(computed(p, cat, true).due, computed(p, cat, false).maxPossibleDue) <= 0, p.ruleId);
  }
  if (closing) {
    // The act that closes the case keeps only the windows and the delivery of its own decision.
    assert.ok(
      ids.every((id) => /^art33[37]_/.test(id) || id === 'art240_deliver_decision'),
      `${ids}`,
    );
  }
};

type Seen = { extended: number; closed: number; refused: number };

/** Applies one decision and checks every ledger property on the way; returns the ledger to go on with. */
const applyChecked = (ledger: CaseLedger, decision: DecisionInEffect, cat: ProcedureCategory, seen: Seen) => {
  const before = structuredClone(ledger);
  const result = applyDecisionToLedger(ledger, decision, undefined, cat);
  assert.deepEqual(ledger, before, 'the input ledger is never changed');
  if (!result.ok) {
    seen.refused += 1;
    assert.ok(result.field && result.reason.vi && result.reason.en, JSON.stringify(result));
    return ledger;
  }
  checkInvariants(result.ledger, cat, !isOver(ledger) && isOver(result.ledger));
  const extended = DECISION_TYPES.find((t) => t.code === decision.typeCode)?.deadlineEffects.find(
    (e) => e.effect === 'extend' && !MEASURE_RULE_IDS.includes(e.ruleId),
  );
  const was = extended && ledger.periods.find((p) => p.ruleId === extended.ruleId);
  const now = extended && result.ledger.periods.find((p) => p.ruleId === extended.ruleId);
  if (was && now) {
    seen.extended += 1;
    assert.equal(now.extensions.length, was.extensions.length + 1);
    assert.ok(
      compareDates(computed(was, cat, true).due, computed(now, cat, true).due) < 0,
      'an extension never shortens',
    );
  }
  if (isOver(result.ledger)) seen.closed += 1;
  return result.ledger;
};

const decisionOf = (s: Step, date: string): DecisionInEffect => ({
  typeCode: s.typeCode,
  date,
  ...(s.period ? { period: s.period } : {}),
  ...(s.tier !== undefined ? { tier: s.tier } : {}),
  ...(s.returnedBy ? { returnedBy: s.returnedBy } : {}),
});

/** Decisions that bring a new case to a running period that some decision extends. */
const EXTENDABLE: Record<string, { prefix: string[]; extendedBy: string[] }> = {
  art147_settle_crime_report: {
    prefix: ['receive_crime_report'],
    extendedBy: ['prolong_report_settlement', 'extend_report_settlement'],
  },
  art172_investigation: { prefix: ['open_case'], extendedBy: ['extend_investigation'] },
  art240_prosecution_decision: {
    prefix: ['open_case', 'conclude_investigation_prosecute'],
    extendedBy: ['extend_prosecution_decision'],
  },
};

describe('case ledger properties', () => {
  test('random decision sequences: no throw, refusals change nothing, periods stay lawful', () => {
    const seen: Seen = { extended: 0, closed: 0, refused: 0 };
    fc.assert(
      fc.property(category, fc.array(step, { minLength: 1, maxLength: 30 }), (cat, steps) => {
        let ledger = openingLedger();
        let date = '2025-01-01';
        for (const s of steps) {
          date = addDays(date, s.gap);
          ledger = applyChecked(ledger, decisionOf(s, date), cat, seen);
        }
      }),
      { numRuns: 2000 },
    );
    assert.ok(seen.closed > 20 && seen.refused > 100, JSON.stringify(seen));
  });

  test('extensions: an accepted one moves the due date later, never past the legal maximum', () => {
    const seen: Seen = { extended: 0, closed: 0, refused: 0 };
    const attempt = fc.record({
      gap: fc.integer({ min: 0, max: 40 }),
      period,
      tier: rarely(fc.integer({ min: -1, max: 3 })),
      pick: fc.nat(),
    });
    fc.assert(
      fc.property(
        category,
        fc.constantFrom(...Object.keys(EXTENDABLE)),
        fc.integer({ min: 0, max: 1000 }).map((n) => addDays('2024-06-01', n)),
        fc.array(attempt, { minLength: 1, maxLength: 6 }),
        (cat, ruleId, start, attempts) => {
          const { prefix, extendedBy } = EXTENDABLE[ruleId] as (typeof EXTENDABLE)[string];
          let ledger = prefix.reduce(
            (l, typeCode) => applyChecked(l, { typeCode, date: start }, cat, seen),
            openingLedger(),
          );
          assert.ok(
            ledger.periods.some((p) => p.ruleId === ruleId),
            ruleId,
          );
          let date = start;
          for (const a of attempts) {
            date = addDays(date, a.gap);
            const typeCode = extendedBy[a.pick % extendedBy.length] as string;
            ledger = applyChecked(ledger, decisionOf({ ...a, typeCode, returnedBy: undefined }, date), cat, seen);
          }
        },
      ),
      { numRuns: 3000 },
    );
    assert.ok(seen.extended > 500 && seen.refused > 500, JSON.stringify(seen));
  });

  test('a first-instance judgment becomes final exactly from the day after its last window ends (Art. 333, 337, 343)', () => {
    const judged = (cat: ProcedureCategory, judgedOn: string) =>
      ['open_case', 'conclude_investigation_prosecute', 'indictment', 'first_instance_judgment'].reduce(
        (l, typeCode) => {
          const r = applyDecisionToLedger(l, { typeCode, date: judgedOn }, undefined, cat);
          assert.ok(r.ok, typeCode);
          return r.ledger;
        },
        openingLedger(),
      );
    fc.assert(
      fc.property(
        category,
        fc.integer({ min: 0, max: 1500 }).map((n) => addDays('2023-01-01', n)),
        fc.integer({ min: 0, max: 60 }),
        fc.boolean(),
        (cat, judgedOn, after, appealed) => {
          let ledger = judged(cat, judgedOn);
          const lastDay = ledger.periods
            .map((p) => computed(p, cat, true).due)
            .reduce((a, b) => (compareDates(a, b) < 0 ? b : a));
          // The superior procuracy's 30 days are the last window (Art. 337(1)); days end at 24:00 (Art. 134(1)).
          assert.equal(lastDay, addDays(judgedOn, 30));
          if (appealed) {
            const r = applyDecisionToLedger(ledger, { typeCode: 'appeal_by_party', date: judgedOn }, undefined, cat);
            assert.ok(r.ok);
            ledger = r.ledger;
          }
          const date = addDays(judgedOn, after);
          const result = applyDecisionToLedger(
            ledger,
            { typeCode: 'first_instance_judgment_final', date },
            undefined,
            cat,
          );
          assert.equal(result.ok, !appealed && compareDates(date, lastDay) > 0, `${judgedOn} + ${after}`);
          if (result.ok) {
            assert.equal(result.ledger.state.stage, 'closed');
            assert.deepEqual(result.ledger.periods, []);
          } else assert.equal(result.field, appealed ? 'typeCode' : 'date');
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('a refused decision leaves the ledger deep-equal, whatever the input', () => {
    fc.assert(
      fc.property(category, fc.array(step, { maxLength: 12 }), step, (cat, steps, last) => {
        let ledger = openingLedger();
        let date = '2026-01-01';
        for (const s of steps) {
          date = addDays(date, s.gap);
          const r = applyDecisionToLedger(ledger, { typeCode: s.typeCode, date, period: s.period }, undefined, cat);
          if (r.ok) ledger = r.ledger;
        }
        const before = structuredClone(ledger);
        const bad = [
          { typeCode: `${last.typeCode}_x`, date },
          { typeCode: last.typeCode, date: `${date}T25:00` },
          { typeCode: 'extend_investigation', date, period: { months: 0 } },
        ];
        for (const decision of bad) {
          const r = applyDecisionToLedger(ledger, decision, undefined, cat);
          assert.equal(r.ok, false, JSON.stringify(decision));
          assert.deepEqual(ledger, before);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

const CHARGES: Charge[] = [
  ...(CATALOGUE_VERSIONS[0]?.articles ?? [])
    .filter((a) => a.isOffence)
    .flatMap((a) => a.clauses.map((c) => ({ article: `${a.number}${a.suffix ?? ''}`, clause: c.number }))),
  { article: 9999, clause: 1 }, // no such article: no category
];
const charges = fc.array(fc.constantFrom(...CHARGES), { maxLength: 6 });

describe('case category properties', () => {
  test('joining cases takes the most serious crime of the parts', () => {
    assert.ok(CHARGES.length > 500);
    fc.assert(
      fc.property(charges, charges, (a, b) => {
        const parts = [caseCategory(a), caseCategory(b)].filter((c) => c !== undefined);
        assert.equal(caseCategory([...a, ...b]), mostSerious(parts));
        assert.equal(caseCategory([...b, ...a]), caseCategory([...a, ...b]));
      }),
      { numRuns: 2000 },
    );
  });
});

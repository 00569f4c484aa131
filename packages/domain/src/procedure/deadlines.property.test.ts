import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { compareDates, datePart, fromDayNumber, toDayNumber } from './calendar.ts';
import { computeDeadline, type Deadline, type GrantedExtension } from './deadlines.ts';
import { PROCEDURE_CATEGORIES } from './rule-types.ts';
import { PROCEDURE_RULES } from './rules.ts';

const dateRules = PROCEDURE_RULES.filter(
  (r) => r.countingRule === 'art134_general' || r.countingRule === 'order_date_30_day_months',
);
const hourRules = PROCEDURE_RULES.filter(
  (r) => r.countingRule === 'custody_from_moment' || r.countingRule === 'elapsed_hours',
);
const date = fc.integer({ min: toDayNumber('2025-01-01'), max: toDayNumber('2027-06-30') }).map(fromDayNumber);
const category = fc.constantFrom(...PROCEDURE_CATEGORIES);
/** Extension sizes as a share of the next tier's maximum; above 1 must be refused. */
const shares = fc.array(fc.double({ min: 0.01, max: 1.3, noNaN: true }), { maxLength: 6 });

const compute = (
  ruleId: string,
  start: string,
  cat: (typeof PROCEDURE_CATEGORIES)[number],
  extensionsGranted: GrantedExtension[],
) => computeDeadline({ ruleId, start, category: cat, extensionsGranted });

describe('deadline engine properties', () => {
  test('extensions never shorten a deadline, never pass the legal maximum, and over-long ones are refused', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dateRules.map((r) => r.id)),
        date,
        category,
        shares,
        (ruleId, start, cat, parts) => {
          const first = compute(ruleId, start, cat, []);
          if (!first.ok) {
            assert.equal(first.field, 'category'); // the rule does not apply to this category
            return;
          }
          assert.ok(compareDates(start, first.due) < 0);
          let previous: Deadline = first;
          const granted: GrantedExtension[] = [];
          for (const share of parts) {
            const next = previous.remainingExtensions[0];
            if (!next) break;
            const amount = Math.max(1, Math.round(next.max.amount * share));
            const extension: GrantedExtension =
              next.max.unit === 'months' ? { months: amount, grantedOn: start } : { days: amount, grantedOn: start };
            const result = compute(ruleId, start, cat, [...granted, extension]);
            if (amount > next.max.amount) {
              assert.equal(result.ok, false);
              break;
            }
            if (!result.ok) {
              // A `total_from_start` tier smaller than what already runs does not extend anything.
              assert.equal(next.mode, 'total_from_start');
              break;
            }
            assert.ok(compareDates(previous.due, result.due) < 0, `${previous.due} → ${result.due}`);
            assert.ok(compareDates(result.due, first.maxPossibleDue) <= 0, `${result.due} > ${first.maxPossibleDue}`);
            assert.ok(compareDates(result.maxPossibleDue, first.maxPossibleDue) <= 0);
            if (result.requestBy) assert.ok(compareDates(result.requestBy, result.due) < 0);
            granted.push(extension);
            previous = result;
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  test('the due moment of hour-based periods is after the start and within the maximum', () => {
    const moment = fc.tuple(date, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));
    fc.assert(
      fc.property(
        fc.constantFrom(...hourRules.map((r) => r.id)),
        moment,
        category,
        fc.integer({ min: 0, max: 3 }),
        (ruleId, [d, h, m], cat, n) => {
          const start = `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const extensions: GrantedExtension[] = Array.from({ length: n }, () => ({ days: 3, grantedOn: d }));
          const result = compute(ruleId, start, cat, extensions);
          const allowed = ruleId === 'art118_custody' ? n <= 2 : n === 0;
          assert.equal(result.ok, allowed);
          if (!result.ok) return;
          assert.ok(compareDates(start, result.due) < 0);
          assert.ok(compareDates(result.due, result.maxPossibleDue) <= 0);
          assert.ok(compareDates(datePart(result.due), datePart(start)) >= 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a later start never gives an earlier deadline', () => {
    fc.assert(
      fc.property(fc.constantFrom(...dateRules.map((r) => r.id)), date, date, category, (ruleId, a, b, cat) => {
        const [lo, hi] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
        const early = compute(ruleId, lo, cat, []);
        const late = compute(ruleId, hi, cat, []);
        if (!early.ok || !late.ok) return;
        assert.ok(compareDates(early.due, late.due) <= 0);
      }),
      { numRuns: 300 },
    );
  });
});

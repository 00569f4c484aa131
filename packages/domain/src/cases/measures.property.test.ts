import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addHours, compareDates, datePart, daysBetween, fromDayNumber, toDayNumber } from '../procedure/calendar.ts';
import { countCustodyDays } from '../procedure/custody.ts';
import { computeDeadline, type GrantedExtension } from '../procedure/deadlines.ts';
import { PROCEDURE_CATEGORIES } from '../procedure/rule-types.ts';
import { validateDefendantMeasures } from './measure-validation.ts';
import { computeMeasureEnd, type PreventiveMeasure } from './measures.ts';

const date = fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber);
const category = fc.constantFrom(...PROCEDURE_CATEGORIES);
const moment = fc
  .tuple(date, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([d, h, m]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

describe('preventive measure properties', () => {
  test('extensions never shorten a custody or detention measure', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PreventiveMeasure['stage']>('investigation', 'prosecution', 'first_instance_trial'),
        date,
        category,
        fc.array(fc.tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 200 })), { maxLength: 4 }),
        (stage, start, cat, wanted) => {
          const base: PreventiveMeasure = { id: 'm', defendantId: 'd', kind: 'detention', stage, start };
          let current = computeMeasureEnd(base, cat);
          assert.ok(current.ok);
          const granted: GrantedExtension[] = [];
          for (const [days, offset] of wanted) {
            const grantedOn = fromDayNumber(Math.min(toDayNumber(start) + offset, toDayNumber(datePart(current.end))));
            const next = computeMeasureEnd({ ...base, extensions: [...granted, { days, grantedOn }] }, cat);
            if (!next.ok) continue; // the engine refused it (too long, no tier left): nothing granted
            assert.ok(compareDates(next.end, current.end) > 0, `${next.end} <= ${current.end}`);
            assert.ok(compareDates(next.end, current.maxPossibleDue) <= 0);
            granted.push({ days, grantedOn });
            current = next;
          }
        },
      ),
    );
  });

  test('the court’s detention for trial never outlasts the trial preparation period from the same day (Art. 278(2))', () => {
    fc.assert(
      fc.property(
        date,
        category,
        fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
        fc.integer({ min: 1, max: 40 }),
        (start, cat, orderedDays, extraDays) => {
          const preparation = computeDeadline({ ruleId: 'art277_trial_preparation', start, category: cat });
          assert.ok(preparation.ok);
          const order: PreventiveMeasure = {
            id: 't',
            defendantId: 'd',
            kind: 'detention',
            stage: 'first_instance_trial',
            start,
            ...(orderedDays ? { ordered: { days: orderedDays } } : {}),
          };
          const end = computeMeasureEnd(order, cat);
          if (!end.ok) {
            // Only an order longer than the law's detention for the category is refused.
            const { ordered: _, ...unordered } = order;
            const lawful = computeMeasureEnd(unordered, cat);
            assert.ok(lawful.ok && end.field === 'ordered');
            assert.ok((orderedDays ?? 0) > daysBetween(start, lawful.end) + 1);
            return;
          }
          assert.ok(compareDates(end.end, preparation.due) <= 0, `${end.end} > ${preparation.due}`);
          assert.ok(compareDates(end.maxPossibleDue, preparation.maxPossibleDue) <= 0);
          const extended = computeMeasureEnd(
            { ...order, extensions: [{ days: extraDays, grantedOn: datePart(end.end) }] },
            cat,
          );
          if (extended.ok) assert.ok(compareDates(extended.end, preparation.maxPossibleDue) <= 0);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('custody days are deducted from detention exactly once', () => {
    fc.assert(
      fc.property(
        moment,
        fc.integer({ min: 1, max: 72 }),
        fc.integer({ min: 1, max: 2 }),
        category,
        (start, hours, months, cat) => {
          const custody: PreventiveMeasure = {
            id: 'c',
            defendantId: 'd',
            kind: 'custody',
            stage: 'investigation',
            start,
            endedAt: addHours(start, hours),
          };
          const served = countCustodyDays(start, addHours(start, hours));
          const detention: PreventiveMeasure = {
            id: 't',
            defendantId: 'd',
            kind: 'detention',
            stage: 'investigation',
            start: datePart(addHours(start, hours)),
            ordered: { months },
            custodyDaysDeducted: served,
          };
          const end = computeMeasureEnd(detention, cat);
          assert.ok(end.ok, JSON.stringify(end));
          // the order's length = days of detention (first day included) + custody days, counted once
          assert.equal(daysBetween(detention.start, end.end) + 1 + served, months * 30);
          assert.deepEqual(validateDefendantMeasures([custody, detention], { category: cat }), []);
          const again: PreventiveMeasure = {
            ...detention,
            id: 't2',
            stage: 'prosecution',
            start: end.end,
            ordered: { days: 20 },
          };
          assert.ok(
            validateDefendantMeasures([custody, detention, again], { category: cat }).some(
              (e) => e.field === 'measures',
            ),
          );
          const missing = validateDefendantMeasures([custody, { ...detention, custodyDaysDeducted: 0 }], {
            category: cat,
          });
          assert.ok(missing.some((e) => e.field === 'measures.1.custodyDaysDeducted'));
        },
      ),
    );
  });
});

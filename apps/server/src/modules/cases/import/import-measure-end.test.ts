import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addDays,
  computeMeasureEnd,
  datePart,
  type MeasureKind,
  type MeasureStage,
  PROCEDURE_CATEGORIES,
  type PreventiveMeasure,
  type ProcedureCategory,
} from '@eprocuracy/domain';
import fc from 'fast-check';
import { fitMeasureEnd } from './import-measure-end.ts';

const TODAY = '2026-11-22';

const measure = (kind: MeasureKind, stage: MeasureStage, start: string): PreventiveMeasure => ({
  id: 'm',
  defendantId: 'd',
  kind,
  stage,
  start,
  extensions: [],
});

const legal = (m: PreventiveMeasure, category: ProcedureCategory) => {
  const result = computeMeasureEnd(m, category);
  assert.ok(result.ok);
  return result;
};

describe('fitting a legacy end date to a measure with a statutory period', () => {
  const startDay = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2019-01-01', n));
  const category = fc.constantFrom(...PROCEDURE_CATEGORIES);
  const timedKind = fc.constantFrom(
    { kind: 'detention' as const, stage: 'investigation' as const, time: '' },
    { kind: 'detention' as const, stage: 'prosecution' as const, time: '' },
    // The trial court's detention (Art. 278(2)) is counted by its own rule now, not by an end in the order.
    { kind: 'detention' as const, stage: 'first_instance_trial' as const, time: '' },
    { kind: 'custody' as const, stage: 'investigation' as const, time: 'T09:30' },
  );

  test('any end the law can reach is reproduced exactly by the deadline engine (ordered length, release or extensions)', () => {
    fc.assert(
      fc.property(startDay, category, timedKind, fc.double({ min: 0, max: 1, noNaN: true }), (day, cat, k, at) => {
        const base = measure(k.kind, k.stage, `${day}${k.time}`);
        const { maxPossibleDue } = legal(base, cat);
        const span = Math.round((at * (Date.parse(datePart(maxPossibleDue)) - Date.parse(day))) / 86_400_000);
        const end = addDays(day, span);
        const fitted = fitMeasureEnd(base, end, cat, TODAY);
        if (!fitted.ok) return false;
        return datePart(legal(fitted.measure, cat).end) === end;
      }),
      { numRuns: 2000 },
    );
  });

  test('an end beyond every extension the law allows is refused with its basis', () => {
    const base = measure('detention', 'investigation', '2025-01-10');
    const { maxPossibleDue } = legal(base, 'minor');
    const fitted = fitMeasureEnd(base, addDays(datePart(maxPossibleDue), 1), 'minor', TODAY);
    assert.equal(fitted.ok, false);
    assert.match(fitted.ok ? '' : fitted.vi, /Vượt thời hạn tối đa kể cả gia hạn.*Điều 173/);
  });

  test('measures without a period of their own keep the end written in the order', () => {
    const fitted = fitMeasureEnd(measure('bail', 'investigation', '2025-01-10'), '2025-03-01', 'serious', TODAY);
    assert.deepEqual(fitted.ok && fitted.measure.orderedEnd, '2025-03-01');
    const appeal = fitMeasureEnd(measure('detention', 'appeal', '2025-01-10'), '2025-03-01', 'serious', TODAY);
    assert.deepEqual(appeal.ok && appeal.measure.orderedEnd, '2025-03-01');
    const open = fitMeasureEnd(measure('detention', 'investigation', '2025-01-10'), undefined, 'serious', TODAY);
    assert.deepEqual(open.ok && open.measure.ordered, undefined);
  });
});

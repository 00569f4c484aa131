import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays } from '../procedure/calendar.ts';
import { PROCEDURE_CATEGORIES } from '../procedure/rule-types.ts';
import { buildCase, buildDefendant } from './case-fixtures.ts';
import { applyDecisionToLedger, openingLedger } from './case-ledger.ts';
import type { CaseSnapshot } from './case-snapshot.ts';
import { validateCaseSnapshot } from './case-validation.ts';
import { type RecordedDecision, snapshotDocumentsOf } from './snapshot-documents.ts';

const recorded = (typeCode: string, decisionDate: string, inEffect = true, number?: string): RecordedDecision => ({
  typeCode,
  decisionDate,
  inEffect,
  ...(number ? { number } : {}),
});

/** The codes of a case's main line, the round-trip ones more often so random histories go round the returns. */
const FLOW = [
  ...Array(4).fill('conclude_investigation_prosecute'),
  ...Array(3).fill('indictment'),
  ...Array(3).fill('court_return_for_supplementary_investigation'),
  'return_for_supplementary_investigation',
  'accept_case_for_trial',
  'accept_case_after_supplementary',
  'first_instance_judgment',
  'first_instance_judgment_final',
  'appeal_by_party',
  'appeal_judgment',
  'suspend_case',
  'terminate_case',
];

/** A case opened on `openedOn` with one defendant charged that day, its documents read from `decisions`. */
const snapshotOf = (openedOn: string, stage: CaseSnapshot['stage'], decisions: RecordedDecision[]): CaseSnapshot => {
  const { conclusion: _, ...base } = buildCase({
    stage,
    offenceDate: addDays(openedOn, -10),
    reportReceivedOn: addDays(openedOn, -5),
    opening: { number: '1/QĐ-CSĐT', date: openedOn },
    defendants: [buildDefendant({ chargedOn: openedOn })],
  });
  return { ...base, ...snapshotDocumentsOf(decisions) };
};

describe('procedural documents of the snapshot', () => {
  test('the latest conclusion, indictment and judgment in effect, and the last return of the file', () => {
    const decisions = [
      recorded('conclude_investigation_prosecute', '2026-03-01', true, '10/KLĐT'),
      recorded('indictment', '2026-03-20', true, '5/CT-VKS'),
      recorded('court_return_for_supplementary_investigation', '2026-04-10'),
      recorded('conclude_investigation_prosecute', '2026-05-01', true, '22/KLĐT'),
      recorded('indictment', '2026-05-15', false),
      recorded('return_for_supplementary_investigation', '2026-06-01', false),
    ];
    assert.deepEqual(snapshotDocumentsOf(decisions), {
      conclusion: { number: '22/KLĐT', date: '2026-05-01' },
      indictment: { number: '5/CT-VKS', date: '2026-03-20' },
      returnDates: ['2026-04-10'],
    });
    assert.deepEqual(snapshotDocumentsOf([]), {});
  });

  test('every state of a lawful history reads without a date error; without the returns old rounds would be misread', () => {
    let misread = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...PROCEDURE_CATEGORIES),
        fc.array(fc.record({ typeCode: fc.constantFrom(...FLOW), gap: fc.integer({ min: 0, max: 40 }) }), {
          minLength: 10,
          maxLength: 30,
        }),
        (category, steps) => {
          const openedOn = '2025-01-10';
          let ledger = openingLedger();
          const opened = applyDecisionToLedger(ledger, { typeCode: 'open_case', date: openedOn }, undefined, category);
          assert.ok(opened.ok);
          ledger = opened.ledger;
          const decisions: RecordedDecision[] = [];
          let date = openedOn;
          // Every state the case passes through is read, not only the last.
          for (const s of steps) {
            date = addDays(date, s.gap);
            const r = applyDecisionToLedger(ledger, { typeCode: s.typeCode, date }, undefined, category);
            if (!r.ok) continue;
            ledger = r.ledger;
            decisions.push(recorded(s.typeCode, date));
            const snapshot = snapshotOf(openedOn, ledger.state.stage, decisions);
            assert.deepEqual(validateCaseSnapshot(snapshot, '2030-01-01'), [], JSON.stringify(decisions));
            const { returnDates: _, ...unreturned } = snapshot;
            if (validateCaseSnapshot(unreturned, '2030-01-01').length > 0) misread += 1;
          }
        },
      ),
      { numRuns: 1500 },
    );
    assert.ok(misread > 100, `${misread} states would raise a false date error without the returns`);
  });
});

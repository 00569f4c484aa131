import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { computeDeadline } from '../procedure/deadlines.ts';
import type { ProcedureCategory } from '../procedure/rule-types.ts';
import {
  applyDecisionToLedger,
  type CaseLedger,
  type DecisionInEffect,
  type LedgerResult,
  openingLedger,
} from './case-ledger.ts';

const accept = (ledger: CaseLedger, decision: DecisionInEffect, category?: ProcedureCategory): CaseLedger => {
  const result = applyDecisionToLedger(ledger, decision, undefined, category);
  assert.ok(result.ok, `${decision.typeCode}: ${JSON.stringify(result)}`);
  return result.ledger;
};

const refusal = (result: LedgerResult) => {
  assert.equal(result.ok, false, JSON.stringify(result));
  return result as Extract<LedgerResult, { ok: false }>;
};

const ruleIds = (ledger: CaseLedger): string[] => ledger.periods.map((p) => p.ruleId);

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

/** A case at prosecution after the investigation concluded on 2026-06-01. */
const atProsecution = (): CaseLedger =>
  [
    { typeCode: 'open_case', date: '2026-01-20' },
    { typeCode: 'conclude_investigation_prosecute', date: '2026-06-01' },
  ].reduce((ledger, d) => accept(ledger, d), openingLedger());

describe('applying decisions to the case ledger', () => {
  test('from the crime report to the appeal judgment, stage and periods at each step', () => {
    let l = openingLedger();
    assert.deepEqual(l, { state: l.state, periods: [] });
    assert.equal(l.state.stage, 'crime_report');

    l = accept(l, { typeCode: 'receive_crime_report', date: '2026-01-05' }, 'serious');
    assert.equal(l.state.stage, 'crime_report');
    assert.deepEqual(l.periods, [{ ruleId: 'art147_settle_crime_report', start: '2026-01-05', extensions: [] }]);

    // Art. 153, 172(1): opening the case ends the report period and starts the investigation.
    l = accept(l, { id: 'qd-open', typeCode: 'open_case', date: '2026-01-20T09:30' }, 'serious');
    assert.equal(l.state.stage, 'investigation');
    assert.deepEqual(l.periods, [
      { ruleId: 'art172_investigation', start: '2026-01-20', extensions: [], decisionId: 'qd-open' },
    ]);

    // Art. 172(2): serious crime, 3 months to 20/04/2026, extended by 2 months before it expires.
    l = accept(l, { typeCode: 'extend_investigation', date: '2026-04-10', period: { months: 2 } }, 'serious');
    assert.equal(l.state.stage, 'investigation');
    assert.deepEqual(l.periods[0]?.extensions, [{ months: 2, grantedOn: '2026-04-10' }]);
    const due = computeDeadline({
      ruleId: 'art172_investigation',
      start: '2026-01-20',
      category: 'serious',
      extensionsGranted: l.periods[0]?.extensions ?? [],
    });
    assert.ok(due.ok);
    assert.equal(due.due, '2026-06-22'); // 20/06/2026 is a Saturday (Art. 134(1))

    l = accept(l, { typeCode: 'conclude_investigation_prosecute', date: '2026-06-01' }, 'serious');
    assert.equal(l.state.stage, 'prosecution');
    assert.deepEqual(l.periods, [{ ruleId: 'art240_prosecution_decision', start: '2026-06-01', extensions: [] }]);

    l = accept(l, { typeCode: 'indictment', date: '2026-06-20' }, 'serious');
    assert.equal(l.state.stage, 'first_instance_trial');
    assert.deepEqual(ruleIds(l), ['art240_deliver_decision']);

    l = accept(l, { typeCode: 'accept_case_for_trial', date: '2026-06-25' }, 'serious');
    assert.equal(l.state.stage, 'first_instance_trial');
    assert.deepEqual(ruleIds(l), ['art240_deliver_decision', 'art277_trial_preparation']);

    // The judgment ends the trial preparation and opens the appeal and protest windows (Art. 333, 337).
    l = accept(l, { typeCode: 'first_instance_judgment', date: '2026-08-10' }, 'serious');
    assert.equal(l.state.stage, 'first_instance_trial');
    assert.equal(l.state.hasFirstInstanceJudgment, true);
    assert.deepEqual(ruleIds(l), [
      'art240_deliver_decision',
      'art333_appeal_judgment',
      'art337_protest_judgment_same_level',
      'art337_protest_judgment_superior',
    ]);

    l = accept(l, { typeCode: 'appeal_by_party', date: '2026-08-20' }, 'serious');
    assert.equal(l.state.stage, 'appeal');
    assert.equal(l.periods.length, 4);

    // Art. 355: the appeal judgment is final; nothing runs any more.
    l = accept(l, { typeCode: 'appeal_judgment', date: '2026-10-15' }, 'serious');
    assert.equal(l.state.stage, 'closed');
    assert.deepEqual(l.periods, []);
  });

  test('an act the stage does not allow is refused with its article, and changes nothing', () => {
    const ledger = deepFreeze(openingLedger());
    const result = refusal(applyDecisionToLedger(ledger, { typeCode: 'indictment', date: '2026-02-01' }));
    assert.equal(result.field, 'typeCode');
    assert.match(result.basis ?? '', /Điều 240/);
    assert.match(result.reason.vi, /Giải quyết nguồn tin/);
    assert.ok(result.reason.en.length > 0);
  });

  test('the third return by the procuracy is refused citing Art. 174(2)', () => {
    let l = atProsecution();
    for (const date of ['2026-06-10', '2026-08-20']) {
      l = accept(l, { typeCode: 'return_for_supplementary_investigation', date });
      assert.equal(l.state.stage, 'investigation');
      assert.deepEqual(ruleIds(l), ['art174_supplementary_by_procuracy']);
      // A new conclusion ends the supplementary investigation and restarts the prosecution period.
      l = accept(l, { typeCode: 'conclude_investigation_prosecute', date: date.replace(/-(\d\d)$/, '-28') });
      assert.deepEqual(ruleIds(l), ['art240_prosecution_decision']);
    }
    assert.equal(l.state.returnsByProcuracy, 2);
    const third = refusal(
      applyDecisionToLedger(l, { typeCode: 'return_for_supplementary_investigation', date: '2026-09-05' }),
    );
    assert.equal(third.field, 'typeCode');
    assert.equal(third.basis, 'Điều 174 khoản 2 BLTTHS');
    assert.match(third.reason.en, /only twice/);
  });

  test('the trial panel returns the file on its own allowance; the hearing period ends', () => {
    let l = atProsecution();
    l = accept(l, { typeCode: 'indictment', date: '2026-06-10' });
    l = accept(l, { typeCode: 'accept_case_for_trial', date: '2026-06-15' });
    l = accept(l, { typeCode: 'bring_case_to_trial', date: '2026-07-20' });
    assert.deepEqual(ruleIds(l), ['art240_deliver_decision', 'art277_open_hearing']);
    l = accept(l, {
      typeCode: 'court_return_for_supplementary_investigation',
      date: '2026-07-30',
      returnedBy: 'trial_panel',
    });
    assert.equal(l.state.stage, 'investigation');
    assert.deepEqual(l.state.returnsByCourt, { presidingJudge: 0, trialPanel: 1 });
    assert.deepEqual(ruleIds(l), ['art240_deliver_decision', 'art174_supplementary_by_court']);
  });

  test('extensions: no running period, missing or malformed length, beyond the law, after expiry', () => {
    const reported = accept(openingLedger(), { typeCode: 'receive_crime_report', date: '2026-01-05' });
    const none = refusal(
      applyDecisionToLedger(reported, { typeCode: 'extend_investigation', date: '2026-01-10', period: { months: 1 } }),
    );
    assert.equal(none.field, 'typeCode');
    assert.match(none.reason.vi, /Thời hạn điều tra/);

    const open = accept(openingLedger(), { typeCode: 'open_case', date: '2026-03-10' }, 'minor');
    const extend = (period: DecisionInEffect['period'], date = '2026-04-20') =>
      applyDecisionToLedger(
        open,
        { typeCode: 'extend_investigation', date, ...(period ? { period } : {}) },
        undefined,
        'minor',
      );
    assert.equal(refusal(extend(undefined)).field, 'period');
    assert.equal(refusal(extend({ months: 1, days: 3 })).field, 'period');
    assert.equal(refusal(extend({ months: 0 })).field, 'period');
    assert.equal(refusal(extend({ days: 2.5 })).field, 'period');
    // Art. 172(2): a minor crime's investigation is extended once, by at most 2 months.
    const tooLong = refusal(extend({ months: 3 }));
    assert.equal(tooLong.field, 'period');
    assert.equal(tooLong.basis, 'Điều 172 khoản 2 BLTTHS');
    const once = extend({ months: 2 });
    assert.ok(once.ok);
    const twice = refusal(
      applyDecisionToLedger(
        once.ledger,
        { typeCode: 'extend_investigation', date: '2026-06-01', period: { months: 1 } },
        undefined,
        'minor',
      ),
    );
    assert.equal(twice.field, 'period');
    assert.match(twice.reason.en, /No further extension/);
    // The period ended on 11/05/2026 (10/05 is a Sunday): too late to extend it.
    assert.equal(refusal(extend({ months: 1 }, '2026-05-12')).field, 'date');
    // The same length is lawful for a very serious crime (the default is the most serious category).
    assert.ok(
      applyDecisionToLedger(open, { typeCode: 'extend_investigation', date: '2026-04-20', period: { months: 3 } }).ok,
    );
  });

  test('unknown types and invalid dates are refused by field', () => {
    const l = openingLedger();
    assert.equal(refusal(applyDecisionToLedger(l, { typeCode: 'nope', date: '2026-01-01' })).field, 'typeCode');
    assert.equal(refusal(applyDecisionToLedger(l, { typeCode: 'open_case', date: '2026-02-30' })).field, 'date');
    assert.equal(refusal(applyDecisionToLedger(l, { typeCode: 'open_case', date: '01/02/2026' })).field, 'date');
    // The Code's periods are in force from 01/01/2018: an earlier start has no rule version.
    assert.equal(refusal(applyDecisionToLedger(l, { typeCode: 'open_case', date: '2017-06-01' })).field, 'date');
  });

  test('an ordered length is kept and checked against the law', () => {
    const l = accept(openingLedger(), { typeCode: 'open_case', date: '2026-03-10', period: { months: 1 } }, 'minor');
    assert.deepEqual(l.periods[0]?.ordered, { months: 1 });
    const over = applyDecisionToLedger(
      openingLedger(),
      { typeCode: 'open_case', date: '2026-03-10', period: { months: 3 } },
      undefined,
      'minor',
    );
    assert.equal(refusal(over).field, 'period');
  });

  test("measures' periods stay with the measures", () => {
    let l = accept(openingLedger(), { typeCode: 'open_case', date: '2026-03-10' });
    const before = l.periods;
    for (const typeCode of ['custody', 'extend_custody', 'detention', 'extend_detention_investigation']) {
      l = accept(l, { typeCode, date: '2026-03-12T10:00', period: { days: 3 } });
      assert.deepEqual(l.periods, before, typeCode);
    }
  });

  test('terminating the case keeps the windows and what the termination itself starts', () => {
    let l = atProsecution();
    const terminated = accept(l, { typeCode: 'terminate_case', date: '2026-06-10' });
    assert.equal(terminated.state.stage, 'terminated');
    assert.deepEqual(ruleIds(terminated), ['art240_deliver_decision']); // deliver it within 3 days, Art. 240(2)

    l = accept(l, { typeCode: 'indictment', date: '2026-06-10' });
    l = accept(l, { typeCode: 'accept_case_for_trial', date: '2026-06-15' });
    l = accept(l, { typeCode: 'first_instance_judgment', date: '2026-08-10' });
    l = accept(l, { typeCode: 'protest_by_procuracy', date: '2026-08-12' });
    const ended = accept(l, { typeCode: 'terminate_case', date: '2026-08-15' });
    assert.equal(ended.state.stage, 'terminated');
    assert.deepEqual(ruleIds(ended), [
      'art333_appeal_judgment',
      'art337_protest_judgment_same_level',
      'art337_protest_judgment_superior',
      'art240_deliver_decision',
    ]);
  });

  test('suspension ends the investigation period; resumption starts the resumed one (Art. 229, 235)', () => {
    let l = accept(openingLedger(), { typeCode: 'open_case', date: '2026-03-10' });
    l = accept(l, { typeCode: 'suspend_investigation', date: '2026-04-01' });
    assert.equal(l.state.stage, 'suspended');
    assert.deepEqual(l.periods, []);
    l = accept(l, { typeCode: 'resume_investigation', date: '2026-09-01' });
    assert.equal(l.state.stage, 'investigation');
    assert.deepEqual(ruleIds(l), ['art174_resumed_investigation']);
  });

  test('an unappealed first-instance judgment is final once every window has run out (Art. 343)', () => {
    let l = atProsecution();
    l = accept(l, { typeCode: 'indictment', date: '2026-06-10' });
    l = accept(l, { typeCode: 'accept_case_for_trial', date: '2026-06-15' });
    l = accept(l, { typeCode: 'first_instance_judgment', date: '2026-08-10' });
    // The superior procuracy may protest for 30 days (Art. 337(1)): to the end of 09/09/2026 (Art. 134(1)).
    for (const date of ['2026-08-20', '2026-08-25', '2026-09-09']) {
      const early = refusal(applyDecisionToLedger(l, { typeCode: 'first_instance_judgment_final', date }));
      assert.equal(early.field, 'date');
      assert.equal(early.basis, 'Điều 343 BLTTHS');
      assert.match(early.reason.vi, /VKS cấp trên trực tiếp.*09\/09\/2026.*10\/09\/2026/);
      assert.match(early.reason.en, /until the end of 2026-09-09; this can be recorded from 2026-09-10/);
    }
    const final = accept(l, { typeCode: 'first_instance_judgment_final', date: '2026-09-10' });
    assert.equal(final.state.stage, 'closed');
    assert.equal(final.state.hasFirstInstanceJudgment, true);
    assert.deepEqual(final.periods, []);
    // Before the judgment there is nothing to become final; once appealed, only the appeal judgment closes it.
    const unjudged = refusal(
      applyDecisionToLedger(atProsecution(), { typeCode: 'first_instance_judgment_final', date: '2026-09-10' }),
    );
    assert.equal(unjudged.field, 'typeCode');
    const appealed = accept(l, { typeCode: 'appeal_by_party', date: '2026-08-20' });
    const late = refusal(
      applyDecisionToLedger(appealed, { typeCode: 'first_instance_judgment_final', date: '2026-09-20' }),
    );
    assert.equal(late.field, 'typeCode');
    assert.match(late.reason.en, /allowed only at: First-instance trial/);
    assert.equal(
      refusal(applyDecisionToLedger(l, { typeCode: 'appeal_judgment', date: '2026-09-20' })).field,
      'typeCode',
    );
  });

  test('after the court’s return the court has 15 days from getting the file back to bring the case to trial (Art. 277(2))', () => {
    let l = atProsecution();
    l = accept(l, { typeCode: 'indictment', date: '2026-06-10' });
    l = accept(l, { typeCode: 'accept_case_for_trial', date: '2026-06-15' });
    l = accept(l, { typeCode: 'court_return_for_supplementary_investigation', date: '2026-07-01' });
    assert.equal(l.state.stage, 'investigation');
    assert.deepEqual(l.state.returnsByCourt, { presidingJudge: 1, trialPanel: 0 });
    assert.deepEqual(ruleIds(l), ['art240_deliver_decision', 'art174_supplementary_by_court']);
    l = accept(l, { typeCode: 'conclude_investigation_prosecute', date: '2026-07-25' });
    l = accept(l, { typeCode: 'indictment', date: '2026-08-05' });
    l = accept(l, { typeCode: 'accept_case_after_supplementary', date: '2026-08-07' });
    assert.deepEqual(ruleIds(l), ['art240_deliver_decision', 'art277_after_supplementary']);
    const due = computeDeadline({ ruleId: 'art277_after_supplementary', start: '2026-08-07', category: 'serious' });
    assert.ok(due.ok);
    assert.equal(due.due, '2026-08-22');
    l = accept(l, { typeCode: 'bring_case_to_trial', date: '2026-08-20' });
    assert.deepEqual(ruleIds(l), ['art240_deliver_decision', 'art277_open_hearing']);
    // The presiding judge returns the file only once (Art. 174(2)).
    const again = refusal(
      applyDecisionToLedger(l, { typeCode: 'court_return_for_supplementary_investigation', date: '2026-08-25' }),
    );
    assert.match(again.reason.en, /only once/);
  });

  test('the court’s detention for trial is a defendant’s measure: the case’s periods do not change', () => {
    let l = atProsecution();
    l = accept(l, { typeCode: 'indictment', date: '2026-06-10' });
    l = accept(l, { typeCode: 'accept_case_for_trial', date: '2026-06-15' });
    const before = l.periods;
    l = accept(l, { typeCode: 'detention_for_trial', date: '2026-06-15' });
    l = accept(l, { typeCode: 'extend_detention_for_trial', date: '2026-07-20', period: { days: 15 } });
    assert.deepEqual(l.periods, before);
    // Only the trial court orders it, once it has the case (Art. 278(1)).
    const early = refusal(
      applyDecisionToLedger(atProsecution(), { typeCode: 'detention_for_trial', date: '2026-06-05' }),
    );
    assert.equal(early.field, 'typeCode');
    assert.match(early.reason.en, /made only at: First-instance trial/);
  });

  test('the input ledger is never changed', () => {
    const base = accept(openingLedger(), { typeCode: 'open_case', date: '2026-03-10' });
    const frozen = deepFreeze(structuredClone(base));
    const copy = structuredClone(frozen);
    const next = applyDecisionToLedger(frozen, {
      typeCode: 'extend_investigation',
      date: '2026-05-01',
      period: { months: 1 },
    });
    assert.ok(next.ok);
    assert.deepEqual(frozen, copy);
    assert.notEqual(next.ledger.periods, frozen.periods);
    assert.equal(next.ledger.periods[0]?.extensions.length, 1);
    assert.equal(frozen.periods[0]?.extensions.length, 0);
    const concluded = applyDecisionToLedger(frozen, {
      typeCode: 'conclude_investigation_prosecute',
      date: '2026-05-01',
    });
    assert.ok(concluded.ok);
    assert.deepEqual(frozen, copy);
  });
});

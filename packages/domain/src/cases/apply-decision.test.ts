import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CaseState, initialCaseState } from '../procedure/stages.ts';
import { applyDecisionToCase, isDecisionInEffect } from './apply-decision.ts';
import { findDecisionType } from './decision-types.ts';

const type = (code: string) => {
  const found = findDecisionType(code);
  assert.ok(found, code);
  return found;
};

const run = (codes: string[], from: CaseState = initialCaseState()): CaseState =>
  codes.reduce((state, code) => {
    const result = applyDecisionToCase(state, type(code));
    assert.ok(result.ok, `${code} at ${state.stage}: ${JSON.stringify(result)}`);
    return result.state;
  }, from);

describe('decisions move the case', () => {
  test('from a crime report to the appeal judgment, decision by decision', () => {
    const state = run([
      'receive_crime_report',
      'assign_prosecutor_crime_report',
      'open_case',
      'charge_suspect',
      'approve_charge_suspect',
      'custody',
      'extend_custody',
      'detention',
      'extend_investigation',
      'conclude_investigation_prosecute',
      'return_for_supplementary_investigation',
      'conclude_investigation_prosecute',
      'indictment',
      'accept_case_for_trial',
      'bring_case_to_trial',
      'first_instance_judgment',
      'protest_by_procuracy',
      'appeal_by_party',
      'appeal_judgment',
    ]);
    assert.equal(state.stage, 'closed');
    assert.equal(state.returnsByProcuracy, 1);
  });

  test('suspend and resume at prosecution; the stage machine refuses acts out of stage', () => {
    const prosecution = run(['open_case', 'conclude_investigation_prosecute']);
    const suspended = run(['suspend_case'], prosecution);
    assert.equal(suspended.stage, 'suspended');
    assert.equal(run(['resume_case'], suspended).stage, 'prosecution');
    const refused = applyDecisionToCase(initialCaseState(), type('indictment'));
    assert.equal(refused.ok, false);
  });

  test('each body returns the file at its own stage: the procuracy at prosecution, the court at trial', () => {
    const prosecution = run(['open_case', 'conclude_investigation_prosecute']);
    const trial = run(['indictment'], prosecution);
    const byCourt = applyDecisionToCase(prosecution, type('court_return_for_supplementary_investigation'));
    assert.ok(
      !byCourt.ok && /chỉ được ra ở giai đoạn: Xét xử sơ thẩm/.test(byCourt.reason.vi),
      JSON.stringify(byCourt),
    );
    assert.equal(byCourt.basis, 'Điều 280 khoản 1 BLTTHS');
    const byProcuracy = applyDecisionToCase(trial, type('return_for_supplementary_investigation'));
    assert.ok(!byProcuracy.ok && /made only at: Prosecution/.test(byProcuracy.reason.en), JSON.stringify(byProcuracy));
    // The court's return uses the presiding judge's one allowance (Art. 174(2)), never the procuracy's.
    const returned = run(['court_return_for_supplementary_investigation'], trial);
    assert.deepEqual([returned.returnsByProcuracy, returned.returnsByCourt.presidingJudge], [0, 1]);
  });

  test('a decision is in effect once issued, approved, or not annulled', () => {
    assert.equal(isDecisionInEffect(type('indictment'), 'approved'), false);
    assert.equal(isDecisionInEffect(type('indictment'), 'issued'), true);
    assert.equal(isDecisionInEffect(type('extend_custody'), 'recorded'), false);
    assert.equal(isDecisionInEffect(type('extend_custody'), 'approved'), true);
    assert.equal(isDecisionInEffect(type('open_case'), 'recorded'), true);
    assert.equal(isDecisionInEffect(type('open_case'), 'annulled'), false);
  });
});

describe('records of acts', () => {
  test('delivering the indictment is in effect once recorded and needs no approval (Art. 240(2))', () => {
    const type = findDecisionType('deliver_decision');
    assert.ok(type?.recordOnly);
    assert.equal(type.requiresProcuracyApproval, false);
    assert.equal(isDecisionInEffect(type, 'recorded'), true);
    assert.equal(isDecisionInEffect(type, 'draft'), false);
  });
});

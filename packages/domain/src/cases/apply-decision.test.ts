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

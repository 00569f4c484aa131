import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { ROLES, type Role } from '../identity/vocab.ts';
import { findDecisionType } from './decision-types.ts';
import {
  nextDecisionState,
  PROCURACY_DECISION_ACTIONS,
  PROCURACY_DECISION_STATES,
  type ProcuracyDecisionState,
} from './decision-workflow.ts';
import { nextExternalDecisionState } from './external-decisions.ts';

const type = (code: string) => {
  const found = findDecisionType(code);
  assert.ok(found);
  return found;
};

describe('procuracy decision workflow', () => {
  test('draft → submitted → approved → issued, each by the right role', () => {
    const steps: [string, Role[], ProcuracyDecisionState][] = [
      ['submit', ['prosecutor'], 'submitted'],
      ['approve', ['leader', 'prosecutor'], 'approved'],
      ['issue', ['clerk'], 'issued'],
    ];
    let state: ProcuracyDecisionState = 'draft';
    for (const [action, roles, expected] of steps) {
      const result = nextDecisionState(state, action as never, roles);
      assert.ok(result.ok, JSON.stringify(result));
      state = result.state;
      assert.equal(state, expected);
    }
  });

  test('a prosecutor cannot approve, and an issued decision cannot be withdrawn', () => {
    const approve = nextDecisionState('submitted', 'approve', ['prosecutor']);
    assert.equal(approve.ok, false);
    assert.match(approve.ok ? '' : approve.reason.vi, /lãnh đạo/);
    const withdraw = nextDecisionState('issued', 'withdraw', ['leader']);
    assert.equal(withdraw.ok, false);
    assert.match(withdraw.ok ? '' : withdraw.reason.en, /Issued/);
  });

  test('returned drafts can be resubmitted; a draft cannot be issued without approval', () => {
    const back = nextDecisionState('submitted', 'return_for_revision', ['leader']);
    assert.ok(back.ok);
    assert.ok(nextDecisionState(back.state, 'submit', ['prosecutor']).ok);
    assert.equal(nextDecisionState('draft', 'issue', ['leader']).ok, false);
  });

  test('property: any run of moves reaches "issued" only through "approved" by a leader', () => {
    const move = fc.record({
      action: fc.constantFrom(...PROCURACY_DECISION_ACTIONS),
      roles: fc.subarray([...ROLES]),
    });
    fc.assert(
      fc.property(fc.array(move, { maxLength: 12 }), (moves) => {
        let state: ProcuracyDecisionState = 'draft';
        let approvedByLeader = false;
        for (const m of moves) {
          const result = nextDecisionState(state, m.action, m.roles);
          if (!result.ok) continue;
          assert.ok(PROCURACY_DECISION_STATES.includes(result.state));
          if (result.state === 'approved') approvedByLeader = m.roles.includes('leader');
          if (result.state === 'issued') assert.ok(approvedByLeader && state === 'approved');
          if (state === 'issued' || state === 'withdrawn') assert.fail(`moved out of final state ${state}`);
          state = result.state;
        }
      }),
    );
  });
});

describe('other bodies’ decisions', () => {
  test('a custody extension is approved or refused by a leader, never annulled', () => {
    const extension = type('extend_custody');
    assert.deepEqual(nextExternalDecisionState(extension, 'recorded', 'approve', ['leader']), {
      ok: true,
      state: 'approved',
    });
    assert.equal(nextExternalDecisionState(extension, 'recorded', 'refuse', ['leader']).ok, true);
    assert.equal(nextExternalDecisionState(extension, 'recorded', 'annul', ['leader']).ok, false);
    assert.equal(nextExternalDecisionState(extension, 'recorded', 'approve', ['prosecutor']).ok, false);
  });

  test('charging a suspect is approved or annulled (Art. 179(3))', () => {
    const charge = type('charge_suspect');
    assert.equal(nextExternalDecisionState(charge, 'recorded', 'annul', ['leader']).ok, true);
    assert.equal(nextExternalDecisionState(charge, 'recorded', 'refuse', ['leader']).ok, false);
  });

  test('an opening decision needs no approval but can be annulled, even after acknowledgement', () => {
    const open = type('open_case');
    const seen = nextExternalDecisionState(open, 'recorded', 'acknowledge', ['prosecutor']);
    assert.ok(seen.ok);
    assert.equal(seen.state, 'no_action_needed');
    assert.equal(nextExternalDecisionState(open, seen.state, 'annul', ['leader']).ok, true);
    assert.equal(nextExternalDecisionState(open, 'recorded', 'approve', ['leader']).ok, false);
    assert.equal(nextExternalDecisionState(open, 'approved', 'annul', ['leader']).ok, false);
  });

  test('the procuracy’s own decisions are not recorded this way', () => {
    const result = nextExternalDecisionState(type('indictment'), 'recorded', 'acknowledge', ['leader']);
    assert.equal(result.ok, false);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { CASE_ACTS, CASE_STAGES, type CaseAct } from './stage-transitions.ts';
import { allowedActs, type CaseState, initialCaseState, type TransitionContext, transition } from './stages.ts';

const run = (acts: CaseAct[], from: CaseState = initialCaseState(), context: TransitionContext = {}): CaseState =>
  acts.reduce((state, act) => {
    const result = transition(state, act, context);
    assert.ok(result.ok, `${act} from ${state.stage}: ${JSON.stringify(result)}`);
    return result.state;
  }, from);

describe('case stages', () => {
  test('a case runs from a crime report to a final appeal judgment', () => {
    const state = run([
      'open_case',
      'conclude_investigation',
      'indict',
      'first_instance_judgment',
      'appeal',
      'judgment_final',
    ]);
    assert.equal(state.stage, 'closed');
    const noAppeal = run([
      'open_case',
      'conclude_investigation',
      'indict',
      'first_instance_judgment',
      'first_instance_judgment_final',
    ]);
    assert.equal(noAppeal.stage, 'closed');
  });

  test('each judgment becomes final at its own stage: the first-instance one unappealed (Art. 343), the appeal one (Art. 355)', () => {
    const judged = run(['open_case', 'conclude_investigation', 'indict', 'first_instance_judgment']);
    const early = transition(judged, 'judgment_final');
    assert.ok(!early.ok && /Phúc thẩm/.test(early.reason.vi), JSON.stringify(early));
    const appealed = run(['appeal'], judged);
    const unappealed = transition(appealed, 'first_instance_judgment_final');
    assert.ok(!unappealed.ok && /Xét xử sơ thẩm/.test(unappealed.reason.vi), JSON.stringify(unappealed));
    const final = transition(judged, 'first_instance_judgment_final');
    assert.ok(final.ok);
    assert.equal(final.basis, 'Điều 343 BLTTHS');
    assert.deepEqual(allowedActs(final.state), []);
  });

  test('each successful move reports its legal basis', () => {
    const result = transition(run(['open_case', 'conclude_investigation']), 'indict');
    assert.ok(result.ok);
    assert.equal(result.basis, 'Điều 240 khoản 1 điểm a BLTTHS');
  });

  test('illegal moves are refused with the stage and the rule that allows the act', () => {
    const result = transition(run(['open_case']), 'indict');
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    assert.match(result.reason.vi, /giai đoạn "Điều tra"/);
    assert.match(result.reason.en, /allowed only at: Prosecution/);
    assert.equal(result.basis, 'Điều 240 khoản 1 điểm a BLTTHS');
  });

  test('appeal, protest and finality need a first-instance judgment', () => {
    const trial = run(['open_case', 'conclude_investigation', 'indict']);
    for (const act of ['appeal', 'protest', 'first_instance_judgment_final'] as const) {
      const result = transition(trial, act);
      assert.ok(!result.ok && /Chưa tuyên án/.test(result.reason.vi), act);
    }
    const judged = run(['first_instance_judgment'], trial);
    assert.equal(transition(judged, 'first_instance_judgment').ok, false);
    assert.equal(run(['protest'], judged).stage, 'appeal');
  });

  test('the procuracy may return the file at most twice (Art. 174(2))', () => {
    const twice = run([
      'open_case',
      'conclude_investigation',
      'return_for_supplementary_investigation',
      'conclude_investigation',
      'return_for_supplementary_investigation',
      'conclude_investigation',
    ]);
    assert.equal(twice.returnsByProcuracy, 2);
    const third = transition(twice, 'return_for_supplementary_investigation');
    assert.ok(!third.ok);
    assert.equal(third.basis, 'Điều 174 khoản 2 BLTTHS');
    assert.match(third.reason.vi, /hai lần/);
    assert.equal(run(['indict'], twice).stage, 'first_instance_trial');
  });

  test('court returns are counted apart: the presiding judge once and the trial panel once', () => {
    const atTrial = run(['open_case', 'conclude_investigation', 'indict']);
    const judgeReturned = run(['return_for_supplementary_investigation'], atTrial);
    assert.equal(judgeReturned.stage, 'investigation');
    assert.deepEqual(judgeReturned.returnsByCourt, { presidingJudge: 1, trialPanel: 0 });
    assert.equal(judgeReturned.returnsByProcuracy, 0);
    const backAtTrial = run(['conclude_investigation', 'indict'], judgeReturned);
    assert.equal(transition(backAtTrial, 'return_for_supplementary_investigation').ok, false);
    const panelReturned = transition(backAtTrial, 'return_for_supplementary_investigation', {
      returnedBy: 'trial_panel',
    });
    assert.ok(panelReturned.ok);
    assert.equal(panelReturned.basis, 'Điều 326 khoản 3 điểm a BLTTHS');
    const again = run(['conclude_investigation', 'indict'], panelReturned.state);
    assert.equal(transition(again, 'return_for_supplementary_investigation', { returnedBy: 'trial_panel' }).ok, false);
  });

  test('suspend then resume returns to the stage the case was in, with the right article', () => {
    const investigation = run(['open_case']);
    const suspended = run(['suspend'], investigation);
    assert.equal(suspended.stage, 'suspended');
    assert.equal(suspended.suspendedFrom, 'investigation');
    const resumed = transition(suspended, 'resume');
    assert.ok(resumed.ok);
    assert.equal(resumed.state.stage, 'investigation');
    assert.equal(resumed.basis, 'Điều 235 BLTTHS');
    const prosecution = run(
      ['conclude_investigation', 'return_for_supplementary_investigation', 'conclude_investigation'],
      investigation,
    );
    const back = run(['suspend', 'resume'], prosecution);
    assert.deepEqual(back, prosecution);
    assert.equal(transition(initialCaseState(), 'resume').ok, false);
  });

  test('closed and terminated cases accept no act; join, split and transfer keep the stage', () => {
    const closed = run(['refuse_to_open']);
    assert.deepEqual(allowedActs(closed), []);
    const terminated = run(['open_case', 'terminate']);
    assert.equal(terminated.stage, 'terminated');
    assert.deepEqual(allowedActs(terminated), []);
    const investigation = run(['open_case']);
    assert.equal(run(['join', 'split', 'transfer'], investigation).stage, 'investigation');
  });

  test('the appeal court may annul for retrial or re-investigation', () => {
    const appeal = run(['open_case', 'conclude_investigation', 'indict', 'first_instance_judgment', 'appeal']);
    const retrial = run(['annul_for_retrial'], appeal);
    assert.equal(retrial.stage, 'first_instance_trial');
    assert.equal(retrial.hasFirstInstanceJudgment, false);
    assert.equal(run(['annul_for_reinvestigation'], appeal).stage, 'investigation');
  });

  test('invalid states and acts are refused', () => {
    assert.equal(transition({ ...initialCaseState(), stage: 'nowhere' as never }, 'open_case').ok, false);
    assert.equal(transition({ ...initialCaseState(), returnsByProcuracy: -1 }, 'open_case').ok, false);
    assert.equal(transition({ ...initialCaseState(), stage: 'suspended' }, 'resume').ok, false);
    assert.equal(transition(initialCaseState(), 'fly' as never).ok, false);
  });
});

describe('stage machine properties', () => {
  const act = fc.constantFrom(...CASE_ACTS);
  const context = fc.constantFrom<TransitionContext>(
    {},
    { returnedBy: 'presiding_judge' },
    { returnedBy: 'trial_panel' },
  );
  const steps = fc.array(fc.tuple(act, context), { maxLength: 60 });

  test('never leaves the stage list and never exceeds the return limits', () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        let state = initialCaseState();
        for (const [a, ctx] of sequence) {
          const result = transition(state, a, ctx);
          if (!result.ok) {
            assert.ok(result.reason.vi && result.reason.en);
            continue;
          }
          state = result.state;
          assert.ok(CASE_STAGES.includes(state.stage));
          assert.ok(state.returnsByProcuracy <= 2);
          assert.ok(state.returnsByCourt.presidingJudge <= 1 && state.returnsByCourt.trialPanel <= 1);
          assert.equal(state.stage === 'suspended', state.suspendedFrom !== undefined);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('whenever a case can be suspended, resuming brings back the same state', () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        let state = initialCaseState();
        for (const [a, ctx] of sequence) {
          const result = transition(state, a, ctx);
          if (result.ok) state = result.state;
          const suspended = transition(state, 'suspend');
          if (suspended.ok) {
            const resumed = transition(suspended.state, 'resume');
            assert.ok(resumed.ok);
            assert.deepEqual(resumed.state, state);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PROCEDURE_RULES } from '../procedure/rules.ts';
import { CASE_ACTS, STAGE_TRANSITIONS } from '../procedure/stage-transitions.ts';
import {
  DECISION_ISSUERS,
  DECISION_SUBJECTS,
  DECISION_TYPES,
  findDecisionType,
  responsesTo,
} from './decision-types.ts';

const must = (code: string) => {
  const type = findDecisionType(code);
  assert.ok(type, `missing decision type ${code}`);
  return type;
};

describe('decision catalogue', () => {
  test('codes are unique snake_case and every entry is well formed', () => {
    const codes = DECISION_TYPES.map((t) => t.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const type of DECISION_TYPES) {
      assert.match(type.code, /^[a-z][a-z0-9_]+$/);
      assert.ok(type.label.vi.trim() && type.label.en.trim(), type.code);
      assert.ok(DECISION_ISSUERS.includes(type.issuer), type.code);
      assert.ok(DECISION_SUBJECTS.includes(type.appliesTo), type.code);
      assert.ok(Number.isInteger(type.basis.article) && type.basis.article > 0, type.code);
      if (type.stageAct) assert.ok(CASE_ACTS.includes(type.stageAct), type.code);
    }
  });

  test('every deadline effect names a shipped rule and every stage act exists in the stage machine', () => {
    const ids = new Set(PROCEDURE_RULES.map((r) => r.id));
    const acts = new Set(STAGE_TRANSITIONS.map((t) => t.act));
    for (const type of DECISION_TYPES) {
      for (const effect of type.deadlineEffects) assert.ok(ids.has(effect.ruleId), `${type.code}: ${effect.ruleId}`);
      if (type.approvalDeadline?.ruleId) assert.ok(ids.has(type.approvalDeadline.ruleId), type.code);
      if (type.stageAct) assert.ok(acts.has(type.stageAct), `${type.code}: ${type.stageAct}`);
      for (const ruleId of type.notBeforeEndOf ?? []) assert.ok(ids.has(ruleId), `${type.code}: ${ruleId}`);
    }
  });

  test('the court’s detention for trial is modelled like the other detention orders (Art. 278)', () => {
    const order = must('detention_for_trial');
    assert.deepEqual(
      [order.issuer, order.appliesTo, order.requiresProcuracyApproval, order.basis.article, order.basis.clause],
      ['court', 'defendant', false, 278, 1],
    );
    assert.deepEqual(order.measure, { kind: 'detention', effect: 'apply' });
    assert.deepEqual(order.stages, ['first_instance_trial']);
    assert.deepEqual(order.deadlineEffects, [{ ruleId: 'art278_detention_trial', effect: 'start' }]);
    const extension = must('extend_detention_for_trial');
    assert.deepEqual(extension.measure, { kind: 'detention', effect: 'extend' });
    assert.deepEqual(extension.deadlineEffects, [{ ruleId: 'art278_detention_trial', effect: 'extend' }]);
    // As the procuracy's own detention for prosecution: a rule of the measure, never a period of the case.
    assert.deepEqual(
      must('detention_for_prosecution').deadlineEffects.map((e) => e.effect),
      order.deadlineEffects.map((e) => e.effect),
    );
  });

  test('an unappealed judgment becomes final after the windows the judgment opened (Art. 343)', () => {
    const final = must('first_instance_judgment_final');
    assert.equal(final.stageAct, 'first_instance_judgment_final');
    assert.equal(final.recordOnly, true);
    assert.equal(final.basis.article, 343);
    const opened = must('first_instance_judgment').deadlineEffects.map((e) => e.ruleId);
    assert.deepEqual([...(final.notBeforeEndOf ?? [])].sort(), [...opened].sort());
    assert.equal(must('accept_case_after_supplementary').deadlineEffects[0]?.ruleId, 'art277_after_supplementary');
    assert.ok(must('bring_case_to_trial').deadlineEffects.some((e) => e.ruleId === 'art277_after_supplementary'));
  });

  test('approval is asked of other bodies only, always with a deadline and both answers', () => {
    for (const type of DECISION_TYPES) {
      assert.equal(type.requiresProcuracyApproval, type.approvalDeadline !== undefined, type.code);
      if (!type.requiresProcuracyApproval) continue;
      assert.notEqual(type.issuer, 'procuracy', type.code);
      assert.ok(type.refusalOutcome, type.code);
      const answers = responsesTo(type.code).map((r) => r.response);
      assert.deepEqual(answers.sort(), ['approve', type.refusalOutcome === 'annulled' ? 'annul' : 'refuse'].sort());
    }
  });

  test('answers are the procuracy’s, about the same subject, to decisions it approves or may annul', () => {
    for (const answer of DECISION_TYPES.filter((t) => t.respondsTo)) {
      const target = must(answer.respondsTo ?? '');
      assert.equal(answer.issuer, 'procuracy');
      assert.equal(answer.appliesTo, target.appliesTo);
      assert.ok(target.requiresProcuracyApproval || target.annulledBy, answer.code);
    }
  });

  test('the Code’s time limits for the procuracy are encoded', () => {
    assert.deepEqual(
      {
        hours: must('extend_custody').approvalDeadline?.hours,
        article: must('extend_custody').approvalDeadline?.basis.article,
      },
      { hours: 12, article: 118 },
    );
    assert.equal(must('charge_suspect').approvalDeadline?.days, 3);
    assert.equal(must('charge_suspect').approvalDeadline?.basis.clause, 3);
    assert.equal(must('charge_suspect').refusalOutcome, 'annulled');
    assert.equal(must('emergency_arrest').approvalDeadline?.hours, 12);
    assert.equal(must('detention').approvalDeadline?.days, 3);
    assert.equal(must('terminate_investigation').procuracyReview?.days, 15);
    assert.equal(must('open_case').sendToProcuracyWithin?.hours, 24);
    assert.equal(must('open_case').requiresProcuracyApproval, false);
  });

  test('decisions drive the case and its deadlines', () => {
    assert.deepEqual(
      must('open_case').deadlineEffects.map((e) => `${e.effect}:${e.ruleId}`),
      ['stop:art147_settle_crime_report', 'start:art172_investigation'],
    );
    assert.equal(must('indictment').stageAct, 'indict');
    assert.equal(must('indictment').issuer, 'procuracy');
    assert.equal(must('return_for_supplementary_investigation').basis.article, 245);
    assert.equal(must('first_instance_judgment').issuer, 'court');
    assert.equal(must('appeal_by_party').stageAct, 'appeal');
    assert.equal(must('protest_by_procuracy').stageAct, 'protest');
    assert.equal(must('extend_detention_investigation').deadlineEffects[0]?.effect, 'extend');
  });
});

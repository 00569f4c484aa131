import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCase, buildDefendant } from './case-fixtures.ts';
import { assessCompleteness } from './completeness.ts';

describe('completeness (đủ)', () => {
  test('a complete case scores 100', () => {
    assert.deepEqual(assessCompleteness(buildCase()), { score: 100, missing: [] });
  });

  test('requirements grow with the stage', () => {
    const bare = buildCase({
      stage: 'crime_report',
      opening: undefined,
      charges: [],
      defendants: [],
      conclusion: undefined,
    });
    assert.equal(assessCompleteness(bare).score, 100);
    const opened = assessCompleteness({ ...bare, stage: 'investigation' });
    assert.deepEqual(
      opened.missing.map((m) => [m.field, m.requiredFrom]),
      [
        ['opening.number', 'investigation'],
        ['opening.date', 'investigation'],
        ['charges', 'investigation'],
      ],
    );
    assert.match(opened.missing[0]?.vi ?? '', /Thiếu số quyết định khởi tố vụ án \(Điều 132 khoản 2 BLTTHS\)/);
    assert.ok(opened.score < 100 && opened.score >= 0);
  });

  test('each defendant needs identity data at prosecution, a legal person no birth date or CCCD', () => {
    const result = assessCompleteness(
      buildCase({
        defendants: [
          buildDefendant({ idNumber: undefined, birthDate: undefined }),
          buildDefendant({
            id: 'p',
            isCorporate: true,
            fullName: 'Công ty TNHH X',
            birthDate: undefined,
            sex: undefined,
            idNumber: undefined,
          }),
        ],
      }),
    );
    assert.deepEqual(
      result.missing.map((m) => m.field),
      ['defendants.0.birthDate', 'defendants.0.idNumber'],
    );
  });

  test('a terminated case is judged at least as an opened case', () => {
    const result = assessCompleteness(buildCase({ stage: 'terminated', opening: undefined, conclusion: undefined }));
    assert.ok(result.missing.some((m) => m.field === 'opening.number'));
    assert.ok(!result.missing.some((m) => m.field === 'conclusion.number'));
    const reached = assessCompleteness(
      buildCase({ stage: 'terminated', reachedStage: 'prosecution', conclusion: undefined }),
    );
    assert.ok(reached.missing.some((m) => m.field === 'conclusion.number'));
  });
});

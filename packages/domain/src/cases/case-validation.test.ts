import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildCase, buildDefendant } from './case-fixtures.ts';
import { ageOn, validateCaseSnapshot } from './case-validation.ts';
import { validateCharge } from './charge-validation.ts';
import { assessDataQuality } from './data-quality.ts';

const TODAY = '2026-06-01';
const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('validation (đúng)', () => {
  test('a correct case has no errors', () => {
    assert.deepEqual(validateCaseSnapshot(buildCase(), TODAY), []);
  });

  test('charges must exist in the Penal Code in force, with a clause that states an offence', () => {
    assert.deepEqual(validateCharge({ article: 173, clause: 2 }, '2026-01-01', 'c'), []);
    assert.deepEqual(fields(validateCharge({ article: 173 }, '2026-01-01', 'c')), ['c.clause']);
    assert.deepEqual(fields(validateCharge({ article: 173, clause: 9 }, '2026-01-01', 'c')), ['c.clause']);
    assert.deepEqual(fields(validateCharge({ article: 173, clause: 5 }, '2026-01-01', 'c')), ['c.clause']); // supplementary penalty
    assert.deepEqual(fields(validateCharge({ article: 999, clause: 1 }, '2026-01-01', 'c')), ['c.article']);
    assert.deepEqual(fields(validateCharge({ article: 8, clause: 1 }, '2026-01-01', 'c')), ['c.article']); // general part
    assert.deepEqual(fields(validateCharge({ article: 173, clause: 1 }, '2017-06-01', 'c')), ['c']); // before the 2015 Code
  });

  test('age of criminal liability (Penal Code Art. 12)', () => {
    assert.equal(ageOn('2010-06-02', '2024-06-01'), 13);
    assert.equal(ageOn('2010-06-01', '2024-06-01'), 14);
    const child = buildCase({ defendants: [buildDefendant({ birthDate: '2012-03-01', idNumber: undefined })] });
    assert.deepEqual(fields(validateCaseSnapshot(child, TODAY)), ['defendants.0.birthDate']);
    // 15 years old: theft under Art. 173(1) is minor, so not liable; Art. 173(3) is very serious, so liable
    const youth = buildDefendant({ birthDate: '2010-06-01', idNumber: undefined });
    assert.deepEqual(fields(validateCaseSnapshot(buildCase({ defendants: [youth] }), TODAY)), [
      'defendants.0.charges.0',
    ]);
    const liable = { ...youth, charges: [{ article: 173, clause: 3 }] };
    assert.deepEqual(validateCaseSnapshot(buildCase({ defendants: [liable] }), TODAY), []);
    // very serious but not listed in Art. 12(2): fraud (Art. 174(3))
    const fraud = { ...youth, charges: [{ article: 174, clause: 3 }] };
    assert.deepEqual(fields(validateCaseSnapshot(buildCase({ defendants: [fraud] }), TODAY)), [
      'defendants.0.charges.0',
    ]);
  });

  test('CCCD is 12 digits', () => {
    const bad = buildCase({ defendants: [buildDefendant({ idNumber: '02209000123' })] });
    const errors = validateCaseSnapshot(bad, TODAY);
    assert.deepEqual(fields(errors), ['defendants.0.idNumber']);
    assert.match(errors[0]?.vi ?? '', /12 chữ số/);
  });

  test('dates are not in the future and follow the procedure', () => {
    const future = validateCaseSnapshot(buildCase({ conclusion: { number: '1', date: '2026-07-01' } }), TODAY);
    assert.deepEqual(fields(future), ['conclusion.date']);
    const early = validateCaseSnapshot(buildCase({ defendants: [buildDefendant({ chargedOn: '2026-01-25' })] }), TODAY);
    assert.deepEqual(fields(early), ['defendants.0.chargedOn']);
    const beforeCharge = validateCaseSnapshot(
      buildCase({ defendants: [buildDefendant({ chargedOn: '2026-04-10' })] }),
      TODAY,
    );
    assert.deepEqual(fields(beforeCharge), ['conclusion.date']);
    const invalid = validateCaseSnapshot(buildCase({ opening: { number: '1', date: '2026-02-30' } }), TODAY);
    assert.deepEqual(fields(invalid), ['opening.date']);
  });

  test('a file returned after the indictment starts a new round: the old indictment may precede the new conclusion', () => {
    // Art. 280(1), 174(2): the court returns the file, the investigating body concludes again (2026-05-20)
    // and until the procuracy indicts again the latest indictment is the one of 2026-04-20.
    const returned = buildCase({
      stage: 'prosecution',
      conclusion: { number: '61/KLĐT', date: '2026-05-20' },
      indictment: { number: '30/CT-VKS', date: '2026-04-20' },
      returnDates: ['2026-05-02'],
    });
    assert.deepEqual(validateCaseSnapshot(returned, TODAY), []);
    // The same dates with no return between them are out of order.
    const { returnDates: _, ...unreturned } = returned;
    assert.deepEqual(fields(validateCaseSnapshot(unreturned, TODAY)), ['indictment.date']);
    // A judgment of the old round (annulled on appeal for re-investigation, Art. 358) precedes a new indictment.
    const reindicted = buildCase({
      stage: 'first_instance_trial',
      conclusion: { number: '61/KLĐT', date: '2026-05-20' },
      indictment: { number: '41/CT-VKS', date: '2026-05-25' },
      judgment: { number: '12/2026/HS-ST', date: '2026-04-28' },
      returnDates: ['2026-05-02'],
    });
    assert.deepEqual(validateCaseSnapshot(reindicted, TODAY), []);
    // A defendant charged during the supplementary investigation (Art. 280(1)(c)) after the old indictment.
    const accomplice = buildDefendant({ id: 'd2', chargedOn: '2026-05-10', idNumber: '022090001235' });
    const withAccomplice = { ...returned, defendants: [...returned.defendants, accomplice] };
    assert.deepEqual(validateCaseSnapshot(withAccomplice, TODAY), []);
  });

  test('within one round the order still holds, and the return itself is checked', () => {
    // The new conclusion may not come before the return it answers, nor the old indictment after it.
    const early = buildCase({
      conclusion: { number: '61/KLĐT', date: '2026-05-20' },
      indictment: { number: '30/CT-VKS', date: '2026-05-10' },
      returnDates: ['2026-05-02'],
    });
    assert.deepEqual(fields(validateCaseSnapshot(early, TODAY)), ['indictment.date']);
    const misdated = buildCase({ returnDates: ['2026-03-01', '2026-01-25'] });
    assert.deepEqual(fields(validateCaseSnapshot(misdated, TODAY)), ['returnDates.1']);
    const future = buildCase({ returnDates: ['2026-07-01'] });
    assert.deepEqual(fields(validateCaseSnapshot(future, TODAY)), ['returnDates.0']);
    const invalid = buildCase({ returnDates: ['2026-13-01'] });
    assert.deepEqual(fields(validateCaseSnapshot(invalid, TODAY)), ['returnDates.0']);
    // Only a return between the two documents tells them apart: an earlier one does not.
    const before = buildCase({
      conclusion: { number: '61/KLĐT', date: '2026-05-20' },
      indictment: { number: '30/CT-VKS', date: '2026-04-20' },
      returnDates: ['2026-04-10'],
    });
    assert.deepEqual(fields(validateCaseSnapshot(before, TODAY)), ['indictment.date']);
  });

  test('assessDataQuality combines completeness, validation and measures', () => {
    const detained = buildDefendant({
      measures: [
        {
          id: 'm',
          defendantId: 'd1',
          kind: 'detention',
          stage: 'investigation',
          start: '2026-02-10',
          ordered: { months: 5 },
        },
      ],
    });
    const result = assessDataQuality(buildCase({ defendants: [detained] }), { today: TODAY, category: 'minor' });
    assert.equal(result.completeness.score, 100);
    assert.deepEqual(fields(result.errors), ['defendants.0.measures.0.ordered']);
  });
});

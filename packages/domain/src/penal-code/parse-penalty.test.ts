import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildClause } from '../../../../scripts/penal-code/build-clause.ts';
import { findPenaltyPhrase, parsePenaltyRange } from '../../../../scripts/penal-code/parse-penalty.ts';

const rangeOf = (text: string) => parsePenaltyRange(findPenaltyPhrase(text) ?? '');
const clause = (text: string, points: { letter: string; text: string }[] = []) =>
  buildClause({ number: 1, text, points, tail: [] });

describe('reading a penalty range from Vietnamese text', () => {
  test('the forms used in the Penal Code', () => {
    assert.deepEqual(rangeOf('thì bị phạt tù từ 02 năm đến 07 năm.'), {
      kinds: ['imprisonment'],
      minMonths: 24,
      maxMonths: 84,
    });
    assert.deepEqual(rangeOf('thì bị phạt cải tạo không giam giữ đến 03 năm hoặc phạt tù từ 06 tháng đến 03 năm:'), {
      kinds: ['non_custodial_reform', 'imprisonment'],
      reformMaxMonths: 36,
      minMonths: 6,
      maxMonths: 36,
    });
    assert.deepEqual(rangeOf('thì bị phạt tiền từ 50.000.000 đồng đến 200.000.000 đồng.'), {
      kinds: ['fine'],
      fineMin: 50_000_000,
      fineMax: 200_000_000,
    });
    assert.deepEqual(rangeOf('thì bị phạt tù 20 năm, tù chung thân hoặc tử hình:'), {
      kinds: ['imprisonment', 'life', 'death'],
      minMonths: 240,
      maxMonths: 240,
    });
    assert.deepEqual(rangeOf('thì bị phạt tù từ 12 năm đến 20 năm hoặc tù chung thân.'), {
      kinds: ['imprisonment', 'life'],
      minMonths: 144,
      maxMonths: 240,
    });
    assert.deepEqual(
      rangeOf('thì bị phạt cảnh cáo, phạt tiền từ 5.000.000 đồng đến 50.000.000 đồng hoặc phạt tù đến 01 năm'),
      {
        kinds: ['warning', 'fine', 'imprisonment'],
        fineMin: 5_000_000,
        fineMax: 50_000_000,
        maxMonths: 12,
      },
    );
  });

  test('an earlier administrative sanction is not the penalty', () => {
    const text =
      'Người nào đã bị xử phạt vi phạm hành chính về hành vi này mà còn vi phạm, thì bị phạt tù từ 03 tháng đến 02 năm.';
    assert.deepEqual(rangeOf(text), { kinds: ['imprisonment'], minMonths: 3, maxMonths: 24 });
  });

  test('clauses are told apart by what they say', () => {
    assert.equal(clause('Người chuẩn bị phạm tội này, thì bị phạt tù từ 01 năm đến 05 năm.').kind, 'preparation');
    assert.deepEqual(clause('Người phạm tội còn có thể bị phạt tiền từ 10.000.000 đồng đến 50.000.000 đồng.'), {
      number: 1,
      kind: 'supplementary',
      supplementary: { kinds: ['fine'], fineMin: 10_000_000, fineMax: 50_000_000 },
    });
    assert.equal(clause('Người tự thú, thì được miễn trách nhiệm hình sự.').kind, 'exemption');
    assert.equal(clause('Người nào giúp sức, thì cũng bị xử phạt theo Điều này.').kind, 'reference');
    assert.equal(clause('Quân nhân tại ngũ.').kind, 'other');
    const corporate = clause('Pháp nhân thương mại phạm tội quy định tại Điều này, thì bị phạt như sau:', [
      {
        letter: 'a',
        text: 'Phạm tội thuộc trường hợp quy định tại khoản 2 Điều này, thì bị phạt tiền từ 1.000.000.000 đồng đến 3.000.000.000 đồng hoặc đình chỉ hoạt động có thời hạn từ 06 tháng đến 03 năm;',
      },
      {
        letter: 'b',
        text: 'Phạm tội thuộc trường hợp quy định tại Điều 79 của Bộ luật này, thì bị đình chỉ hoạt động vĩnh viễn;',
      },
    ]);
    assert.deepEqual(corporate.corporate, [
      {
        point: 'a',
        appliesToClauses: [2],
        penalty: {
          kinds: ['fine', 'suspension'],
          fineMin: 1_000_000_000,
          fineMax: 3_000_000_000,
          suspensionMinMonths: 6,
          suspensionMaxMonths: 36,
        },
      },
      { point: 'b', appliesToClauses: [], penalty: { kinds: ['permanent_suspension'] } },
    ]);
  });
});

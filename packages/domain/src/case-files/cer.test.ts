import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { characterErrorRate, countCharacterErrors, levenshteinDistance, normalizeForCer, pooledCer } from './cer.ts';

const VIETNAMESE_LETTERS = Array.from(
  'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ',
);
const letter = fc.constantFrom(...VIETNAMESE_LETTERS, ' ', ',', '.');
const text = fc.array(letter, { maxLength: 40 }).map((letters) => letters.join(''));
const whitespace = fc.constantFrom(' ', '  ', '\n', '\t', ' \n ');

describe('character error rate', () => {
  test('counts code points, not UTF-16 units, and folds NFD to NFC', () => {
    assert.equal(levenshteinDistance('tội phạm', 'tội phạm'), 0);
    assert.equal(levenshteinDistance('tội', 'tôi'), 1);
    assert.equal(levenshteinDistance('tội', ''), 3);
    assert.equal(characterErrorRate('Viện kiểm sát', 'Viện kiểm sát'.normalize('NFD')), 0);
    assert.equal(levenshteinDistance('𝒜b', 'b'), 1);
  });

  test('whitespace and line breaks do not count; a wrong letter does', () => {
    assert.equal(normalizeForCer('  khởi tố\n\nvụ   án\t'), 'khởi tố vụ án');
    assert.equal(characterErrorRate('khởi tố vụ án', 'khởi tố\nvụ án'), 0);
    assert.equal(characterErrorRate('khởi tố vụ án', 'khởi tổ vụ án'), 1 / 13);
    assert.equal(characterErrorRate('khởi tố vụ án', 'khởi tố vụán'), 1 / 13);
  });

  test('empty reference: 0 against empty output, 1 against anything else; pooling weighs by length', () => {
    assert.equal(characterErrorRate('', '  '), 0);
    assert.equal(characterErrorRate('', 'x'), 1);
    assert.equal(characterErrorRate('abc', ''), 1);
    assert.equal(pooledCer([countCharacterErrors('abcd', 'abcx'), countCharacterErrors('ab', 'ab')]), 1 / 6);
    assert.equal(pooledCer([]), 0);
  });

  test('property: distance is a metric bounded by the longer text', () => {
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const ab = levenshteinDistance(a, b);
        assert.equal(levenshteinDistance(a, a), 0);
        assert.equal(ab, levenshteinDistance(b, a));
        assert.ok(ab <= levenshteinDistance(a, c) + levenshteinDistance(c, b));
        assert.ok(ab >= Math.abs(a.length - b.length));
        assert.ok(ab <= Math.max(a.length, b.length));
        assert.equal(ab === 0, a === b);
      }),
    );
  });

  test('property: rate ignores normalisation form and whitespace layout', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), whitespace, text, (words, gap, hypothesis) => {
        const reference = words.join(' ');
        const relaid = words.join(gap).normalize('NFD');
        assert.equal(characterErrorRate(reference, relaid), 0);
        assert.equal(characterErrorRate(reference, hypothesis), characterErrorRate(relaid, hypothesis));
      }),
    );
  });

  test('property: k substitutions in a reference of n letters rate k / n', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'ă', 'â'), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (letters, seed) => {
          const changed = letters.map((ch, index) => ((index + seed) % 3 === 0 ? 'đ' : ch));
          const k = changed.filter((ch, index) => ch !== letters[index]).length;
          assert.equal(characterErrorRate(letters.join(''), changed.join('')), k / letters.length);
        },
      ),
    );
  });
});

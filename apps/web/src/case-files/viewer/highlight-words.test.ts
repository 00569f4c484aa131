/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldWord, highlightWords, searchedWords } from './highlight-words.ts';

const TEXT = 'Bị can Hoàng Văn Quýt khai đã cất giấu tang vật trong vườn chuối sau nhà. Đồng phạm: không.';
const hits = (text: string, query: string) =>
  highlightWords(text, searchedWords(query))
    .filter((part) => part.hit)
    .map((part) => part.text);

test('words typed without diacritics highlight the words on the page with theirs', () => {
  assert.deepEqual(hits(TEXT, 'vuon chuoi'), ['vườn', 'chuối']);
  assert.deepEqual(hits(TEXT, 'QUYT'), ['Quýt']);
  assert.deepEqual(hits(TEXT, 'dong pham'), ['Đồng', 'phạm']);
  assert.deepEqual(hits(TEXT, 'tội phạm'), ['phạm']);
});

test('phrases give their words, OR is an operator and excluded words are never marked', () => {
  assert.deepEqual([...searchedWords('"vuon chuoi" OR quyt -nha -"sau nha"')], ['vuon', 'chuoi', 'quyt']);
  assert.deepEqual(hits(TEXT, '"tang vat" or khai -nha'), ['khai', 'tang', 'vật']);
  assert.deepEqual(hits(TEXT, 'can'), ['can'], 'a whole word, not a part of one ("can" is not in "cất")');
});

test('no searched word leaves the text as one plain part', () => {
  assert.deepEqual(highlightWords(TEXT, new Set()), [{ text: TEXT, hit: false }]);
  assert.deepEqual(highlightWords('', searchedWords('toi pham')), []);
});

test('folding removes the Vietnamese marks, đ included, and the case', () => {
  assert.equal(foldWord('Tội'), 'toi');
  assert.equal(foldWord('ĐIỀU'), 'dieu');
  assert.equal(foldWord('Quyết'), 'quyet');
});

test('the parts put back together are the page text, whatever the text and the query', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (text, query) => {
      const parts = highlightWords(text, searchedWords(query));
      assert.equal(parts.map((part) => part.text).join(''), text);
      for (const part of parts) {
        assert.ok(part.text.length > 0);
        if (part.hit) assert.ok(searchedWords(query).has(foldWord(part.text)));
      }
    }),
  );
});

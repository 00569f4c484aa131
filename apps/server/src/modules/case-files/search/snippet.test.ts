import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { HIT_END, HIT_START, snippetParts } from './snippet.ts';

test('a headline becomes plain and highlighted parts', () => {
  assert.deepEqual(snippetParts(`Người ${HIT_START}phạm${HIT_END} ${HIT_START}tội${HIT_END}.`), [
    { text: 'Người ', hit: false },
    { text: 'phạm', hit: true },
    { text: ' ', hit: false },
    { text: 'tội', hit: true },
    { text: '.', hit: false },
  ]);
  assert.deepEqual(snippetParts(''), []);
  assert.deepEqual(snippetParts(`${HIT_START}án`), [{ text: 'án', hit: true }]);
});

test('parts put back together are the headline without its marks, and alternate', () => {
  const word = fc.string({ minLength: 1 }).map((s) => s.replaceAll(HIT_START, '').replaceAll(HIT_END, '') || 'x');
  fc.assert(
    fc.property(fc.array(fc.record({ text: word, hit: fc.boolean() })), (pieces) => {
      const headline = pieces.map((p) => (p.hit ? `${HIT_START}${p.text}${HIT_END}` : p.text)).join('');
      const parts = snippetParts(headline);
      assert.equal(parts.map((p) => p.text).join(''), pieces.map((p) => p.text).join(''));
      assert.equal(
        parts
          .filter((p) => p.hit)
          .map((p) => p.text)
          .join(''),
        pieces
          .filter((p) => p.hit)
          .map((p) => p.text)
          .join(''),
      );
      for (let i = 1; i < parts.length; i++) assert.notEqual(parts[i]?.hit, parts[i - 1]?.hit);
    }),
  );
});

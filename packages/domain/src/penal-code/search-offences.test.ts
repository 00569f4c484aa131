import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { articleLabel, CATALOGUE_VERSIONS, foldText, searchOffences } from './catalogue.ts';

const offences = (CATALOGUE_VERSIONS.at(-1)?.articles ?? []).filter((a) => a.isOffence && !a.isRepealed);
const arbOffence = fc.constantFrom(...offences);
const labels = (query: string): string[] => searchOffences(query).map(articleLabel);

/** Some words of an article's name, in order, as a user might type them. */
const arbNameQuery = arbOffence.chain((article) =>
  fc.subarray(article.name.split(' '), { minLength: 1 }).map((words) => ({ article, query: words.join(' ') })),
);

const randomCase = (text: string, flips: boolean[]): string =>
  [...text].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');

describe('searchOffences', () => {
  test('finds theft by words typed without diacritics', () => {
    assert.deepEqual(labels('trom cap'), ['173']);
    assert.deepEqual(labels('TRỘM CẮP'), ['173']);
    assert.ok(labels('ma tuy').includes('251'));
    assert.deepEqual(labels('da cap'), ['217a']);
    assert.deepEqual(labels('dieu 123'), ['123']);
    assert.deepEqual(labels('292'), []); // repealed
    assert.deepEqual(labels('   '), []);
  });

  test('an offence is found by its number', () => {
    fc.assert(fc.property(arbOffence, (article) => labels(articleLabel(article)).includes(articleLabel(article))));
  });

  test('an offence is found by words of its name, whatever the diacritics and case', () => {
    fc.assert(
      fc.property(arbNameQuery, fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }), ({ article, query }, flips) => {
        const expected = labels(query);
        assert.ok(expected.includes(articleLabel(article)));
        assert.deepEqual(labels(foldText(query)), expected);
        assert.deepEqual(labels(randomCase(query, flips)), expected);
        assert.deepEqual(labels(randomCase(foldText(query), flips)), expected);
      }),
    );
  });

  test('foldText strips marks and maps đ to d', () => {
    assert.equal(foldText('Tội  ĐƯA hối lộ'), 'toi dua hoi lo');
    assert.equal(foldText('Điều 217a'.normalize('NFD')), 'dieu 217a');
  });
});

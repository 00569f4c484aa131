import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CATALOGUE_VERSIONS,
  catalogueFor,
  categoryOfCharge,
  findArticle,
  findClause,
  mostSeriousCharge,
} from './catalogue.ts';
import type { CatalogueVersion, ClauseKind } from './catalogue-schema.ts';
import type { CrimeCategory } from './categories.ts';

const [catalogue] = CATALOGUE_VERSIONS as [CatalogueVersion];
const inForce = catalogue.articles.filter((a) => !a.isRepealed);

// Articles per chapter of Part Two, counted by hand from the text (Art. 217a inserted and Art. 292 repealed in 2017).
const ARTICLES_PER_CHAPTER: Record<string, [first: number, last: number, count: number]> = {
  XIII: [108, 122, 15],
  XIV: [123, 156, 34],
  XV: [157, 167, 11],
  XVI: [168, 180, 13],
  XVII: [181, 187, 7],
  XVIII: [188, 234, 48],
  XIX: [235, 246, 12],
  XX: [247, 259, 13],
  XXI: [260, 329, 70],
  XXII: [330, 351, 22],
  XXIII: [352, 366, 15],
  XXIV: [367, 391, 25],
  XXV: [392, 420, 29],
  XXVI: [421, 425, 5],
};

// [article, clause, kind, category], each read in ../shared/data/legal/hinh-su.md.
const SAMPLE: [number | string, number | null, ClauseKind, CrimeCategory | undefined][] = [
  [123, 1, 'penalty', 'especially_serious'], // murder: 12–20 years, life or death
  [123, 2, 'penalty', 'very_serious'], // 7–15 years
  [123, 3, 'preparation', 'serious'], // 1–5 years
  [134, 1, 'penalty', 'minor'], // reform up to 3 years or 6 months–3 years
  [134, 4, 'penalty', 'very_serious'], // 7–14 years
  [134, 5, 'penalty', 'especially_serious'], // 12–20 years or life
  [134, 6, 'preparation', 'minor'], // reform up to 2 years or 3 months–2 years
  [141, 4, 'penalty', 'very_serious'], // 5–10 years
  [132, 3, 'penalty', 'serious'], // 3–7 years, clause added in 2017
  [168, 1, 'penalty', 'very_serious'], // robbery: 3–10 years
  [168, 4, 'penalty', 'especially_serious'], // 18–20 years or life
  [173, 1, 'penalty', 'minor'], // theft: reform up to 3 years or 6 months–3 years
  [173, 2, 'penalty', 'serious'], // 2–7 years
  [173, 3, 'penalty', 'very_serious'], // 7–15 years
  [173, 4, 'penalty', 'especially_serious'], // 12–20 years
  [173, 5, 'supplementary', undefined], // a fine on top
  [174, 1, 'penalty', 'minor'], // fraud
  [207, 3, 'penalty', 'especially_serious'], // counterfeit money: 10–20 years or life
  [249, 1, 'penalty', 'serious'], // drug possession: 1–5 years
  [249, 4, 'penalty', 'especially_serious'], // 15–20 years or life
  [250, 1, 'penalty', 'serious'], // drug transport: 2–7 years
  [250, 4, 'penalty', 'especially_serious'], // 20 years, life or death
  [251, 1, 'penalty', 'serious'], // drug trafficking: 2–7 years
  [251, 2, 'penalty', 'very_serious'], // 7–15 years
  [251, 4, 'penalty', 'especially_serious'], // 20 years, life or death
  [260, 1, 'penalty', 'serious'], // road traffic: fine, reform up to 3 years or 1–5 years
  [260, 2, 'penalty', 'very_serious'], // 3–10 years
  [260, 3, 'penalty', 'very_serious'], // 7–15 years
  [260, 4, 'penalty', 'minor'], // fine, reform up to 1 year or 3 months–1 year
  [353, 1, 'penalty', 'serious'], // embezzlement: 2–7 years
  [353, 2, 'penalty', 'very_serious'], // 7–15 years
  [353, 4, 'penalty', 'especially_serious'], // 20 years, life or death
  [353, 6, 'reference', undefined], // non-state enterprises "bị xử lý theo quy định tại Điều này"
  [354, 1, 'penalty', 'serious'], // taking bribes: 2–7 years
  [354, 4, 'penalty', 'especially_serious'], // 20 years, life or death
  [365, 1, 'penalty', 'minor'], // bribery brokerage: fine, reform up to 3 years or 6 months–3 years
  [347, null, 'penalty', 'minor'], // one paragraph: fine or 6 months–3 years
  [110, 4, 'exemption', undefined], // spy who confesses
  [113, 4, 'reference', undefined], // "cũng bị xử phạt theo Điều này"
  [188, 6, 'corporate', undefined], // smuggling by a commercial legal person
  ['217a', 1, 'penalty', 'minor'], // multi-level marketing (added 2017): fine, reform up to 3 years or 6 months–2 years
  ['217a', 2, 'penalty', 'serious'], // fine or 1–5 years
];

describe('catalogue of offences (generated from the Penal Code text)', () => {
  test('version header', () => {
    assert.equal(catalogue.version, 'BLHS-2015-sd2017');
    assert.equal(catalogue.effectiveFrom, '2018-01-01');
  });

  test('Part Two holds Articles 108–425 plus 217a, with only 292 repealed', () => {
    const labels = catalogue.articles.map((a) => `${a.number}${a.suffix ?? ''}`);
    const expected = Array.from({ length: 425 - 108 + 1 }, (_, i) => String(108 + i));
    expected.splice(expected.indexOf('217') + 1, 0, '217a');
    assert.deepEqual(labels, expected);
    assert.deepEqual(
      catalogue.articles.filter((a) => a.isRepealed).map((a) => a.number),
      [292],
    );
    assert.equal(inForce.length, 318);
    // 122 (additional penalties), 352 and 367 (definitions) and 392 (who is liable) are not offences.
    assert.deepEqual(
      inForce.filter((a) => !a.isOffence).map((a) => a.number),
      [122, 352, 367, 392],
    );
  });

  test('articles per chapter', () => {
    assert.deepEqual(
      catalogue.chapters.map((c) => c.roman),
      Object.keys(ARTICLES_PER_CHAPTER),
    );
    for (const chapter of catalogue.chapters) {
      const [first, last, count] = ARTICLES_PER_CHAPTER[chapter.roman] ?? [0, 0, 0];
      const numbers = catalogue.articles.filter((a) => a.chapter === chapter.number).map((a) => a.number);
      assert.equal(numbers.length, count, `chapter ${chapter.roman}`);
      assert.equal(numbers[0], first, `chapter ${chapter.roman} starts`);
      assert.equal(numbers.at(-1), last, `chapter ${chapter.roman} ends`);
    }
  });

  test('every offence in force has a penalty range, and clauses are numbered 1, 2, 3…', () => {
    for (const article of inForce.filter((a) => a.isOffence)) {
      assert.ok(
        article.clauses.some((c) => c.kind === 'penalty'),
        `Art. ${article.number}${article.suffix ?? ''}`,
      );
      const numbers = article.clauses.map((c) => c.number);
      if (numbers[0] !== null)
        assert.deepEqual(
          numbers,
          numbers.map((_, i) => i + 1),
        );
    }
  });

  test('a hand-checked sample of clauses has the kind and category the text gives', () => {
    assert.ok(SAMPLE.length >= 25);
    for (const [article, clause, kind, category] of SAMPLE) {
      const found = findClause(article, clause);
      assert.equal(found?.kind, kind, `Art. ${article} cl. ${clause} kind`);
      assert.equal(found?.category, category, `Art. ${article} cl. ${clause} category`);
    }
  });

  test('penalty ranges read from the text', () => {
    assert.deepEqual(findClause(134, 1)?.penalty, {
      kinds: ['non_custodial_reform', 'imprisonment'],
      reformMaxMonths: 36,
      minMonths: 6,
      maxMonths: 36,
    });
    assert.deepEqual(findClause(250, 4)?.penalty, {
      kinds: ['imprisonment', 'life', 'death'],
      minMonths: 240,
      maxMonths: 240,
    });
    // The text reads "phạt tiền từ 20.000.000 đồng đến dưới 200.000.000 đồng".
    assert.equal(findClause(365, 1)?.penalty?.fineMax, 200_000_000);
    assert.deepEqual(findClause(383, 1)?.penalty?.kinds, ['warning', 'non_custodial_reform', 'imprisonment']);
  });

  test('corporate clauses point to the individual clause whose category they share', () => {
    const corporate = catalogue.articles.filter((a) => a.clauses.some((c) => c.kind === 'corporate'));
    assert.equal(corporate.length, 33); // the offences listed in Art. 76
    const [first] = findClause(188, 6)?.corporate ?? [];
    assert.deepEqual(first, {
      point: 'a',
      appliesToClauses: [1],
      penalty: { kinds: ['fine'], fineMin: 300_000_000, fineMax: 1_000_000_000 },
    });
  });

  test('amended articles are flagged', () => {
    assert.equal(findArticle(173)?.isAmended, true);
    assert.equal(findArticle(108)?.isAmended, false);
    assert.equal(findArticle('217a')?.isAmended, true);
  });
});

describe('catalogue access', () => {
  test('findArticle accepts numbers, labels and "Điều N"', () => {
    assert.equal(findArticle(173)?.name, 'Tội trộm cắp tài sản');
    assert.equal(findArticle('Điều 173')?.number, 173);
    assert.equal(findArticle('217a')?.suffix, 'a');
    assert.equal(findArticle(107), undefined);
    assert.equal(findArticle('abc'), undefined);
  });

  test('categoryOfCharge and mostSeriousCharge', () => {
    assert.equal(categoryOfCharge({ article: 123, clause: 1 }), 'especially_serious');
    assert.equal(categoryOfCharge({ article: 173, clause: 9 }), undefined);
    assert.equal(categoryOfCharge({ article: 347 }), 'minor');
    // A legal person smuggling under point b of clause 6 (clause 2 for a person: up to 7 years).
    assert.equal(categoryOfCharge({ article: 188, clause: 6, point: 'b' }), 'serious');
    assert.equal(categoryOfCharge({ article: 188, clause: 6, point: 'd' }), 'especially_serious');
    assert.equal(categoryOfCharge({ article: 188, clause: 6, point: 'đ' }), undefined); // Art. 79 only
    assert.equal(categoryOfCharge({ article: 188, clause: 6 }), undefined);
    const charges = [
      { article: 173, clause: 1 },
      { article: 168, clause: 1 },
      { article: 134, clause: 4 },
    ];
    assert.deepEqual(mostSeriousCharge(charges), { article: 168, clause: 1 });
  });

  test('catalogueFor picks the latest version in force on the date', () => {
    const later: CatalogueVersion = { ...catalogue, version: 'later', effectiveFrom: '2026-07-01' };
    const versions = [catalogue, later];
    assert.equal(catalogueFor('2017-12-31', versions), undefined);
    assert.equal(catalogueFor('2018-01-01', versions)?.version, 'BLHS-2015-sd2017');
    assert.equal(catalogueFor('2026-06-30', versions)?.version, 'BLHS-2015-sd2017');
    assert.equal(catalogueFor(new Date('2026-06-30T16:59:59Z'), versions)?.version, 'BLHS-2015-sd2017');
    assert.equal(catalogueFor(new Date('2026-06-30T17:00:00Z'), versions)?.version, 'later'); // midnight in Hà Nội
    assert.equal(catalogueFor('2030-01-01')?.version, 'BLHS-2015-sd2017');
  });
});

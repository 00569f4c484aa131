import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { CRIME_CATEGORIES, type CrimeCategory, categoryOf, categoryRank, mostSerious } from './categories.ts';
import type { PenaltyRange } from './penalty.ts';

const prison = (maxMonths: number, minMonths = 3): PenaltyRange => ({ kinds: ['imprisonment'], minMonths, maxMonths });
const arbCategory = fc.constantFrom(...CRIME_CATEGORIES);
const arbMonths = fc.integer({ min: 1, max: 240 });
const arbNonCustodial = fc.subarray(['warning', 'fine', 'non_custodial_reform'] as const, { minLength: 1 });

describe('categoryOf (Penal Code Art. 9)', () => {
  test('the boundaries of Art. 9.1 fall on 3, 7 and 15 years', () => {
    assert.equal(categoryOf(prison(36)), 'minor');
    assert.equal(categoryOf(prison(37)), 'serious');
    assert.equal(categoryOf(prison(84)), 'serious');
    assert.equal(categoryOf(prison(85)), 'very_serious');
    assert.equal(categoryOf(prison(180)), 'very_serious');
    assert.equal(categoryOf(prison(181)), 'especially_serious');
    assert.equal(categoryOf(prison(240)), 'especially_serious');
  });

  test('a fine, non-custodial reform or warning alone is minor', () => {
    fc.assert(fc.property(arbNonCustodial, (kinds) => categoryOf({ kinds: [...kinds] }) === 'minor'));
  });

  test('life imprisonment or death makes any range especially serious', () => {
    fc.assert(
      fc.property(arbMonths, fc.constantFrom<PenaltyRange['kinds']>(['life'], ['death'], ['life', 'death']), (m, top) =>
        assert.equal(categoryOf({ ...prison(m, 1), kinds: ['imprisonment', ...top] }), 'especially_serious'),
      ),
    );
  });

  test('is monotone in the maximum term of imprisonment', () => {
    fc.assert(
      fc.property(arbMonths, arbMonths, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        assert.ok(categoryRank(categoryOf(prison(low, 1))) <= categoryRank(categoryOf(prison(high, 1))));
      }),
    );
  });

  test('an alternative fine or reform does not lower the category set by imprisonment', () => {
    fc.assert(
      fc.property(arbMonths, arbNonCustodial, (m, extra) =>
        assert.equal(categoryOf({ ...prison(m, 1), kinds: [...extra, 'imprisonment'] }), categoryOf(prison(m, 1))),
      ),
    );
  });
});

describe('mostSerious', () => {
  test('picks the most serious category, undefined for none', () => {
    assert.equal(mostSerious(['minor', 'very_serious', 'serious']), 'very_serious');
    assert.equal(mostSerious([]), undefined);
  });

  test('returns a member that no other member outranks', () => {
    fc.assert(
      fc.property(fc.array(arbCategory, { minLength: 1 }), (categories: CrimeCategory[]) => {
        const worst = mostSerious(categories) as CrimeCategory;
        assert.ok(categories.includes(worst));
        assert.ok(categories.every((c) => categoryRank(c) <= categoryRank(worst)));
      }),
    );
  });
});

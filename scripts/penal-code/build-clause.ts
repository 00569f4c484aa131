import type { Clause, CorporatePoint } from '../../packages/domain/src/penal-code/catalogue-schema.ts';
import { categoryOf } from '../../packages/domain/src/penal-code/categories.ts';
import { findPenaltyPhrase, parseCorporatePenalty, parsePenaltyRange, parseSupplementary } from './parse-penalty.ts';
import type { RawClause, RawPoint } from './read-special-part.ts';

const CORPORATE = /^Pháp nhân thương mại/;
const SUPPLEMENTARY = /còn (?:có thể )?bị/;
const PREPARATION = /^Người (?:nào )?chuẩn bị/;
const EXEMPTION = /miễn trách nhiệm hình sự|miễn hình phạt|không phải chịu trách nhiệm hình sự|coi là không có tội/;
const REFERENCE = /bị (?:xử phạt|xử lý|truy cứu trách nhiệm hình sự) theo/;

const readCorporatePoint = (point: RawPoint): CorporatePoint => {
  const head = point.text.split(/,? thì bị /)[0] ?? '';
  const appliesToClauses = [...head.matchAll(/khoản (\d+)/g)].map((m) => Number(m[1]));
  if (SUPPLEMENTARY.test(point.text)) {
    const supplementary = parseSupplementary(point.text);
    return { point: point.letter, appliesToClauses, ...(supplementary ? { supplementary } : {}) };
  }
  const penalty = parseCorporatePenalty(point.text);
  return { point: point.letter, appliesToClauses, ...(penalty ? { penalty } : {}) };
};

/** Classifies one raw clause and reads its penalty range, category, additional or corporate penalties. */
export const buildClause = (raw: RawClause): Clause => {
  const { number, text } = raw;
  if (CORPORATE.test(text)) {
    const points = raw.points.length > 0 ? raw.points : [{ letter: '-', text }];
    return { number, kind: 'corporate', corporate: points.map(readCorporatePoint) };
  }
  if (SUPPLEMENTARY.test(text)) {
    const supplementary = parseSupplementary(text);
    return { number, kind: supplementary ? 'supplementary' : 'other', ...(supplementary ? { supplementary } : {}) };
  }
  const phrase = findPenaltyPhrase(text);
  const penalty = phrase === undefined ? undefined : parsePenaltyRange(phrase);
  if (penalty) {
    const kind = PREPARATION.test(text) ? 'preparation' : 'penalty';
    return { number, kind, penalty, category: categoryOf(penalty) };
  }
  if (REFERENCE.test(text)) return { number, kind: 'reference' };
  if (EXEMPTION.test(text)) return { number, kind: 'exemption' };
  return { number, kind: 'other' };
};

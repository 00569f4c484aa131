import type { Article, CatalogueVersion } from '../../packages/domain/src/penal-code/catalogue-schema.ts';
import { buildClause } from './build-clause.ts';
import { type RawArticle, readSpecialPart } from './read-special-part.ts';
import { readVersion } from './read-version.ts';

// The note under an article heading says when a later law changed it.
const AMENDED = /(?:sửa đổi|bổ sung|bãi bỏ)[^)]*bởi Điều \d+ Luật số/;

const buildArticle = (raw: RawArticle): Article => {
  const isRepealed = /^\(bị bãi bỏ\)$/.test(raw.name);
  const clauses =
    raw.clauses.length > 0
      ? raw.clauses
      : raw.intro.length > 0
        ? [{ number: null, text: raw.intro.join(' '), points: [], tail: [] }]
        : [];
  return {
    number: raw.number,
    ...(raw.suffix ? { suffix: raw.suffix } : {}),
    name: raw.name,
    chapter: raw.chapter,
    isOffence: raw.name.startsWith('Tội '),
    isRepealed,
    isAmended: AMENDED.test(raw.sourceNote),
    clauses: clauses.map(buildClause),
  };
};

/** Builds the catalogue of offences from the consolidated Penal Code text. */
export const buildCatalogue = (text: string): CatalogueVersion => {
  const { chapters, articles } = readSpecialPart(text);
  return { ...readVersion(text), chapters, articles: articles.map(buildArticle) };
};

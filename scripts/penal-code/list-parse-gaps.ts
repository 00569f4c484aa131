import type { CatalogueVersion } from '../../packages/domain/src/penal-code/catalogue-schema.ts';

/** Clauses of offences in force that the parser could not read into a known kind, as "Art. N cl. M". */
export const listParseGaps = (catalogue: CatalogueVersion): string[] =>
  catalogue.articles
    .filter((article) => article.isOffence && !article.isRepealed)
    .flatMap((article) => {
      const label = `Art. ${article.number}${article.suffix ?? ''}`;
      if (article.clauses.length === 0) return [`${label}: no clauses`];
      const unread = article.clauses.filter((c) => c.kind === 'other').map((c) => `${label} cl. ${c.number ?? '-'}`);
      const ranges = article.clauses.filter((c) => c.kind === 'penalty' || c.kind === 'preparation');
      return ranges.length === 0 ? [...unread, `${label}: no penalty range`] : unread;
    });

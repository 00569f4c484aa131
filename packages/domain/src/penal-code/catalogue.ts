import data from './catalogue.json' with { type: 'json' };
import { type Article, type CatalogueVersion, type Clause, ZCatalogueVersion } from './catalogue-schema.ts';
import { type CrimeCategory, categoryRank, mostSerious } from './categories.ts';

/** Every version of the catalogue, oldest first; a new amending law adds one (see scripts/penal-code). */
export const CATALOGUE_VERSIONS: readonly CatalogueVersion[] = [ZCatalogueVersion.parse(data)];

/**
 * A charge: an article of the special part and, unless the article is one paragraph, a clause; a commercial
 * legal person charged under the corporate clause also gives the point (điểm) of that clause.
 */
export type Charge = { article: number | string; clause?: number | null; point?: string };

// Laws take effect on a calendar day in Vietnam (UTC+7, no daylight saving), whatever the server's zone.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const isoDay = (date: Date | string): string =>
  (typeof date === 'string' ? date : new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString()).slice(0, 10);

/** The version in force on a day (yyyy-mm-dd, or a Date read in Vietnam's time), undefined before the first. */
export const catalogueFor = (
  date: Date | string,
  versions: readonly CatalogueVersion[] = CATALOGUE_VERSIONS,
): CatalogueVersion | undefined => {
  const day = isoDay(date);
  return versions
    .filter((version) => version.effectiveFrom <= day)
    .reduce<CatalogueVersion | undefined>(
      (found, version) => (found === undefined || version.effectiveFrom > found.effectiveFrom ? version : found),
      undefined,
    );
};

const latest = (): CatalogueVersion => {
  const version = CATALOGUE_VERSIONS.at(-1);
  if (!version) throw new Error('no catalogue version');
  return version;
};

/** "217a" for article 217a, "123" for article 123. */
export const articleLabel = (article: Pick<Article, 'number' | 'suffix'>): string =>
  `${article.number}${article.suffix ?? ''}`;

/** Article number and letter from 123, "123", "217a" or "Điều 217a"; undefined when it is none of these. */
export const parseArticleRef = (ref: number | string): { number: number; suffix?: string } | undefined => {
  const match = /^\s*(?:(?:điều|dieu)\s*)?(\d+)([a-z]?)\s*$/i.exec(String(ref));
  if (!match) return undefined;
  const suffix = match[2]?.toLowerCase();
  return { number: Number(match[1]), ...(suffix ? { suffix } : {}) };
};

/** An article of the special part by number (123, "217a"), in the given version (default: the latest). */
export const findArticle = (ref: number | string, catalogue: CatalogueVersion = latest()): Article | undefined => {
  const wanted = parseArticleRef(ref);
  if (!wanted) return undefined;
  return catalogue.articles.find((a) => a.number === wanted.number && a.suffix === wanted.suffix);
};

/** A clause of an article; omit the clause (or pass null) for an article written as one paragraph. */
export const findClause = (
  article: number | string,
  clause?: number | null,
  catalogue: CatalogueVersion = latest(),
): Clause | undefined => findArticle(article, catalogue)?.clauses.find((c) => c.number === (clause ?? null));

/**
 * The Art. 9 category of a charge, from the clause's penalty range; undefined when the clause states no range
 * (e.g. additional penalties). A point of a corporate clause takes the category of the individual clauses it
 * applies to, since a legal person's crime is categorised as the same clause for a person.
 */
export const categoryOfCharge = (charge: Charge, catalogue: CatalogueVersion = latest()): CrimeCategory | undefined => {
  const clause = findClause(charge.article, charge.clause, catalogue);
  if (clause?.kind !== 'corporate') return clause?.category;
  const point = clause.corporate?.find((p) => p.point === charge.point);
  const categories = (point?.appliesToClauses ?? []).map((n) => findClause(charge.article, n, catalogue)?.category);
  return mostSerious(categories.filter((c) => c !== undefined));
};

/** The most serious of some charges' categories; ties keep the first (callers sort by article number). */
export const mostSeriousCharge = <T extends Charge>(
  charges: readonly T[],
  catalogue: CatalogueVersion = latest(),
): T | undefined => {
  let worst: { charge: T; rank: number } | undefined;
  for (const charge of charges) {
    const category = categoryOfCharge(charge, catalogue);
    const rank = category === undefined ? -1 : categoryRank(category);
    if (worst === undefined || rank > worst.rank) worst = { charge, rank };
  }
  return worst?.charge;
};

/** Lower-case text without Vietnamese diacritics (đ → d), spaces collapsed, for searching. */
export const foldText = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Offences in force whose number is the query, then those whose name holds every word of it (the last word
 * may be unfinished), ignoring diacritics and case.
 */
export const searchOffences = (query: string, catalogue: CatalogueVersion = latest()): Article[] => {
  const offences = catalogue.articles.filter((a) => a.isOffence && !a.isRepealed);
  const folded = foldText(query);
  const ref = parseArticleRef(folded);
  const byNumber = ref
    ? offences.filter((a) => a.number === ref.number && (ref.suffix === undefined || a.suffix === ref.suffix))
    : [];
  const words = folded.split(/[\s,;]+/).filter(Boolean);
  const last = words.pop();
  if (last === undefined) return byNumber;
  const byName = offences.filter((a) => {
    const nameWords = foldText(a.name).split(/[\s,;]+/);
    return words.every((word) => nameWords.includes(word)) && nameWords.some((word) => word.startsWith(last));
  });
  return [...byNumber, ...byName.filter((a) => !byNumber.includes(a))];
};

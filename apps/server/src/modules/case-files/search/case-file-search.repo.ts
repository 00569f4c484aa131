import { SECRECY_LEVELS } from '@eprocuracy/domain';
import { and, eq, inArray, isNull, like, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db.ts';
import { isAssignedTo } from '../../cases/cases.repo.ts';
import { caseAssignments, cases } from '../../cases/cases.schema.ts';
import { offices } from '../../identity/identity.schema.ts';
import { caseDocumentPages, caseDocuments, caseDocumentVersions } from '../case-files.schema.ts';
import { HIT_END, HIT_START } from './snippet.ts';

/** The search configuration of migration 0010: the simple parser, words without diacritics, lowercased. */
const CONFIG = sql`'public.vi_unaccent'::regconfig`;
const searchVector = sql`${caseDocumentPages}.search_vector`;

/** The tsquery of what the user typed: "…" a phrase, OR alternatives, -word excluded (websearch syntax). */
export const tsQuery = (q: string): SQL => sql`websearch_to_tsquery(${CONFIG}, ${q})`;

/**
 * How PostgreSQL reads the query: `nodes` 0 when it holds no word at all; `tree` 'T' when nothing in it can
 * be looked up in the index (only exclusions), which would read every page.
 */
export const inspectQuery = async (db: Db, q: string): Promise<{ nodes: number; tree: string }> => {
  const result = (await db.execute(
    sql`SELECT numnode(query) AS nodes, querytree(query) AS tree FROM ${tsQuery(q)} AS query`,
  )) as unknown as { rows: { nodes: number; tree: string }[] };
  const row = result.rows[0];
  return { nodes: Number(row?.nodes ?? 0), tree: row?.tree ?? 'T' };
};

const LEVELS = sql`ARRAY[${sql.join(
  SECRECY_LEVELS.map((level) => sql`${level}`),
  sql`, `,
)}]::text[]`;
const levelOf = (secrecy: SQLWrapper) => sql`array_position(${LEVELS}, ${secrecy})`;

/** The level a document is read at: the higher of its own and its case's (as `documentResource` decides). */
const effectiveSecrecy = sql<string>`(CASE WHEN ${levelOf(caseDocuments.secrecy)} > ${levelOf(cases.secrecy)} THEN ${caseDocuments.secrecy} ELSE ${cases.secrecy} END)`;

/**
 * The office of a page, looked up rather than joined: a join sized on the (low) estimate of readable pages became
 * a nested loop over every office at 10,000,000 pages. Only the page's code is shown, and only for matches.
 */
const pageOffice = <T>(column: SQLWrapper) =>
  sql<T>`(SELECT ${column} FROM ${offices} WHERE ${offices.id} = ${caseDocumentPages.officeId})`;

export const officePath = pageOffice<string>(offices.path);

export const matches = (query: SQL): SQL => sql`${searchVector} @@ ${query}`;

/** Pages of one office: with `matches`, one scan of the (office_id, search_vector) index. */
export const inOffice = (officeId: string): SQL => eq(caseDocumentPages.officeId, officeId);

// Each office in a list is one more scan of the index, each reading the words' posting lists again: past a few
// offices (a national leader's whole tree) one scan of the words alone is cheaper, and the office is tested after.
const MOST_OFFICE_SCANS = 25;

/** Pages of some offices, as index scans while they are few, else as `otherwise` (tested on each match). */
export const inOffices = (officeIds: readonly string[], otherwise: SQL): SQL => {
  if (officeIds.length === 0) return sql`false`;
  return officeIds.length <= MOST_OFFICE_SCANS ? inArray(caseDocumentPages.officeId, [...officeIds]) : otherwise;
};

/** Pages of the offices whose path is LIKE the pattern ('/root/…/office/%': an office and those below it). */
export const inOfficesUnder = (officeIds: readonly string[], pathPattern: string): SQL =>
  inOffices(officeIds, sql`${officePath} LIKE ${pathPattern}`);

/** Ids of the offices whose path is LIKE the pattern. */
export const officeIdsUnder = async (db: Db, pathPattern: string): Promise<string[]> =>
  (await db.select({ id: offices.id }).from(offices).where(like(offices.path, pathPattern))).map((r) => r.id);

/** Offices of the cases the officer is currently assigned to. */
export const officeIdsOfAssignedCases = async (db: Db, officerId: string): Promise<string[]> =>
  (
    await db
      .selectDistinct({ id: cases.officeId })
      .from(caseAssignments)
      .innerJoin(cases, eq(cases.id, caseAssignments.caseId))
      .where(and(eq(caseAssignments.officerId, officerId), isNull(caseAssignments.toDate)))
  ).map((r) => r.id);

/** Pages of the cases the officer is assigned to, narrowed first to those cases' offices. */
export const inAssignedCases = (officeIds: readonly string[], officerId: string): SQL =>
  and(inOffices(officeIds, sql`true`), isAssignedTo(officerId)) as SQL;

/** Pages of the current version only, or of every version. */
export const versionCondition = (versions: 'current' | 'all'): SQL | undefined =>
  versions === 'current' ? eq(caseDocumentVersions.version, caseDocuments.currentVersion) : undefined;

// Marks that cannot occur in the page text (removed from it first), turned into snippet parts afterwards.
const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;
const cleanText = sql`translate(coalesce(${caseDocumentPages.text}, ''), ${HIT_START + HIT_END}, '')`;

/** The snippet of a page: its original text (with diacritics), the words that matched between the marks. */
const headline = (query: SQL) => sql<string>`ts_headline(${CONFIG}, ${cleanText}, ${query}, ${HEADLINE_OPTIONS})`;

// Aliased, so that the same names come out of a plain select and of the ranked CTE.
const pageColumns = (query: SQL) => ({
  pageId: sql<string>`${caseDocumentPages.id}`.as('pageId'),
  caseId: sql<string>`${cases.id}`.as('caseId'),
  caseNumber: sql<number>`${cases.number}`.as('caseNumber'),
  caseYear: sql<number>`${cases.year}`.as('caseYear'),
  caseTitle: sql<string>`${cases.title}`.as('caseTitle'),
  officeCode: pageOffice<string>(offices.code).as('officeCode'),
  documentId: sql<string>`${caseDocuments.id}`.as('documentId'),
  documentTitle: sql<string>`${caseDocuments.title}`.as('documentTitle'),
  documentType: sql<string>`${caseDocuments.type}`.as('documentType'),
  documentDate: sql<string | null>`${caseDocuments.documentDate}::text`.as('documentDate'),
  position: sql<number>`${caseDocuments.position}`.as('position'),
  currentVersion: sql<number>`${caseDocuments.currentVersion}`.as('currentVersion'),
  secrecy: sql<string>`${effectiveSecrecy}`.as('secrecy'),
  version: sql<number>`${caseDocumentVersions.version}`.as('version'),
  pageNo: sql<number>`${caseDocumentPages.pageNo}`.as('pageNo'),
  rank: sql<number>`ts_rank(${searchVector}, ${query})`.as('rank'),
});

export type PageMatch = { [K in keyof ReturnType<typeof pageColumns>]: ReturnType<typeof pageColumns>[K]['_']['type'] };

/**
 * The pages `where` keeps, ranked against `query`. `where` holds the match itself, inside each access arm
 * (`readableDocuments` in search-access.ts): said once more around the arms, it would only be tested twice.
 */
const candidates = (db: Db, query: SQL, where: SQL) =>
  db
    .select(pageColumns(query))
    .from(caseDocumentPages)
    .innerJoin(caseDocumentVersions, eq(caseDocumentVersions.id, caseDocumentPages.versionId))
    .innerJoin(caseDocuments, eq(caseDocuments.id, caseDocumentVersions.documentId))
    .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
    .where(where);

/** The matching pages of one case file in file-index order (document, newest version first, page). */
export const findMatchesInFileOrder = (
  db: Db,
  { query, where, limit }: { query: SQL; where: SQL; limit: number },
): Promise<PageMatch[]> =>
  candidates(db, query, where)
    .orderBy(caseDocuments.position, sql`${caseDocumentVersions.version} DESC`, caseDocumentPages.pageNo)
    .limit(limit);

type RankQuery = { query: SQL; where: SQL; limit: number; offset: number; cap: number };

/**
 * One screen of matching pages, best first, and how many match, counted up to `cap + 1`. Ranking reads the
 * vector of every candidate, so only the first `cap + 1` pages found are ranked: when more match (the list
 * then says "more than cap", asking for a narrower search) the best of those are shown, and the time of a
 * common word over millions of pages stays bounded.
 */
export const rankMatches = async (
  db: Db,
  { query, where, limit, offset, cap }: RankQuery,
): Promise<{ rows: PageMatch[]; total: number }> => {
  const result = (await db.execute(sql`WITH matching AS MATERIALIZED (${candidates(db, query, where).limit(cap + 1)})
    SELECT *, (SELECT count(*) FROM matching)::int AS "total" FROM matching
    ORDER BY "rank" DESC, "caseId", "position", "version" DESC, "pageNo"
    LIMIT ${limit} OFFSET ${offset}`)) as unknown as { rows: (PageMatch & { total: number })[] };
  if (result.rows.length > 0) return { rows: result.rows, total: Number(result.rows[0]?.total) };
  // Paged past the end: the count still answers.
  const counted = (await db.execute(
    sql`SELECT count(*)::int AS "total" FROM (${candidates(db, query, where).limit(cap + 1)}) AS matching`,
  )) as unknown as { rows: { total: number }[] };
  return { rows: [], total: Number(counted.rows[0]?.total ?? 0) };
};

/** The snippets of some pages: their original text with the words that matched marked. */
export const headlines = async (db: Db, query: SQL, pageIds: readonly string[]): Promise<Map<string, string>> => {
  if (pageIds.length === 0) return new Map();
  const rows = await db
    .select({ id: caseDocumentPages.id, headline: headline(query) })
    .from(caseDocumentPages)
    .where(inArray(caseDocumentPages.id, [...pageIds]));
  return new Map(rows.map((r) => [r.id, r.headline]));
};

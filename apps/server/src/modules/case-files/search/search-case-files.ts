import {
  type CaseDocumentTypeCode,
  type CaseFileSearchHit,
  type CaseFileSearchQuery,
  type CaseFileSearchResult,
  SEARCH_COUNT_CAP,
  type Secrecy,
} from '@eprocuracy/domain';
import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.ts';
import { caseCode } from '../../cases/case-derived.ts';
import { getOffice } from '../../identity/offices.ts';
import { caseDocuments } from '../case-files.schema.ts';
import * as repo from './case-file-search.repo.ts';
import { readableDocuments } from './search-access.ts';
import { assertDateRange, auditClassifiedHits, parseSearch } from './search-query.ts';
import { snippetParts } from './snippet.ts';

const searchFilter = async (ctx: Ctx, query: CaseFileSearchQuery, tsQuery: SQL): Promise<SQL> => {
  const conditions: (SQL | undefined)[] = [repo.versionCondition(query.versions)];
  if (query.officeId) {
    const office = await getOffice(ctx, query.officeId);
    if (query.subtree !== 'true') conditions.push(repo.inOffice(office.id));
    else {
      const pattern = `${office.path}%`;
      conditions.push(repo.inOfficesUnder(await repo.officeIdsUnder(ctx.db, pattern), pattern));
    }
  }
  if (query.caseId) conditions.push(eq(caseDocuments.caseId, query.caseId));
  if (query.documentType) conditions.push(eq(caseDocuments.type, query.documentType));
  if (query.from) conditions.push(gte(caseDocuments.documentDate, query.from));
  if (query.to) conditions.push(lte(caseDocuments.documentDate, query.to));
  return and(await readableDocuments(ctx, repo.matches(tsQuery)), ...conditions) as SQL;
};

/** Page-level full-text search across every case file the actor may read, best matches first. */
export const searchCaseFiles = async (ctx: Ctx, query: CaseFileSearchQuery): Promise<CaseFileSearchResult> => {
  assertDateRange(query.from, query.to);
  const tsQuery = await parseSearch(ctx, query.q);
  const where = await searchFilter(ctx, query, tsQuery);
  const page = { limit: query.limit, offset: query.offset, cap: SEARCH_COUNT_CAP };
  const { rows, total } = await repo.rankMatches(ctx.db, { query: tsQuery, where, ...page });
  const snippets = await repo.headlines(
    ctx.db,
    tsQuery,
    rows.map((r) => r.pageId),
  );
  const items = rows.map(
    (r): CaseFileSearchHit => ({
      caseId: r.caseId,
      caseCode: caseCode({ number: r.caseNumber, year: r.caseYear }, r.officeCode),
      caseTitle: r.caseTitle,
      documentId: r.documentId,
      documentTitle: r.documentTitle,
      documentType: r.documentType as CaseDocumentTypeCode,
      documentDate: r.documentDate,
      secrecy: r.secrecy as Secrecy,
      pageNo: r.pageNo,
      version: r.version,
      isCurrentVersion: r.version === r.currentVersion,
      rank: Number(r.rank),
      snippet: snippetParts(snippets.get(r.pageId) ?? ''),
    }),
  );
  await auditClassifiedHits(ctx, items);
  return { items, total };
};

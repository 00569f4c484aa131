import {
  type CaseDocumentTypeCode,
  type CaseFileFindQuery,
  type CaseFileFindResult,
  FIND_IN_FILE_MAX_HITS,
  type Secrecy,
} from '@eprocuracy/domain';
import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.ts';
import { readableCase } from '../case-file-access.ts';
import { caseDocuments } from '../case-files.schema.ts';
import * as repo from './case-file-search.repo.ts';
import { readableDocuments } from './search-access.ts';
import { auditClassifiedHits, parseSearch } from './search-query.ts';
import { snippetParts } from './snippet.ts';

type FoundDocument = CaseFileFindResult['documents'][number];

/** The pages of one case file that hold the words, per document in file-index order (the viewer's search). */
export const findInCaseFile = async (
  ctx: Ctx,
  { caseId, query }: { caseId: string; query: CaseFileFindQuery },
): Promise<CaseFileFindResult> => {
  await readableCase(ctx, caseId);
  const tsQuery = await parseSearch(ctx, query.q);
  const where = and(
    await readableDocuments(ctx, repo.matches(tsQuery)),
    eq(caseDocuments.caseId, caseId),
    repo.versionCondition(query.versions),
  ) as SQL;
  const rows = await repo.findMatchesInFileOrder(ctx.db, { query: tsQuery, where, limit: FIND_IN_FILE_MAX_HITS + 1 });
  const shown = rows.slice(0, FIND_IN_FILE_MAX_HITS);
  const snippets = await repo.headlines(
    ctx.db,
    tsQuery,
    shown.map((r) => r.pageId),
  );
  const documents = new Map<string, FoundDocument>();
  for (const r of shown) {
    const document = documents.get(r.documentId) ?? {
      documentId: r.documentId,
      position: r.position,
      title: r.documentTitle,
      type: r.documentType as CaseDocumentTypeCode,
      hits: [],
    };
    document.hits.push({
      pageNo: r.pageNo,
      version: r.version,
      isCurrentVersion: r.version === r.currentVersion,
      rank: Number(r.rank),
      snippet: snippetParts(snippets.get(r.pageId) ?? ''),
    });
    documents.set(r.documentId, document);
  }
  await auditClassifiedHits(
    ctx,
    shown.map((r) => ({ documentId: r.documentId, secrecy: r.secrecy as Secrecy })),
  );
  return { caseId, documents: [...documents.values()], isTruncated: rows.length > FIND_IN_FILE_MAX_HITS };
};

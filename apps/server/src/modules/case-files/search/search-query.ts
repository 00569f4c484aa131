import { type CaseFileSearchHit, compareDates, type Secrecy } from '@eprocuracy/domain';
import type { SQL } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { invalid } from '../../../platform/errors.ts';
import * as repo from './case-file-search.repo.ts';

/**
 * The tsquery of what the user typed. Refused (naming the field) when it holds no word to look up: nothing
 * but punctuation finds nothing, and nothing but exclusions ("-word") would read every page of the country.
 */
export const parseSearch = async (ctx: Ctx, q: string): Promise<SQL> => {
  const { nodes, tree } = await repo.inspectQuery(ctx.db, q);
  if (nodes === 0) {
    throw invalid([{ field: 'query.q', vi: 'Hãy nhập ít nhất một từ cần tìm', en: 'Enter at least one word to find' }]);
  }
  if (tree === 'T') {
    throw invalid([
      {
        field: 'query.q',
        vi: 'Cần ít nhất một từ phải có, không chỉ các từ loại trừ (-từ)',
        en: 'Enter at least one word that must appear, not only excluded words (-word)',
      },
    ]);
  }
  return repo.tsQuery(q);
};

/** Refuses a date range that ends before it starts. */
export const assertDateRange = (from: string | undefined, to: string | undefined) => {
  if (from && to && compareDates(from, to) > 0) {
    throw invalid([
      {
        field: 'query.to',
        vi: 'Đến ngày phải sau hoặc bằng từ ngày',
        en: 'The end date must not precede the start date',
      },
    ]);
  }
};

/** Classified pages shown in results are read like the document itself: one audit entry per document. */
export const auditClassifiedHits = async (
  ctx: Ctx,
  hits: readonly Pick<CaseFileSearchHit, 'documentId' | 'secrecy'>[],
) => {
  const classified = new Map<string, Secrecy>();
  for (const hit of hits) if (hit.secrecy !== 'normal') classified.set(hit.documentId, hit.secrecy);
  if (classified.size === 0) return;
  await ctx.db.transaction(async (tx) => {
    for (const [documentId, secrecy] of classified) {
      await appendAudit(tx, ctx.audit, {
        action: 'record.read_classified',
        entityType: 'case_document',
        entityId: documentId,
        changes: { secrecy: { before: null, after: secrecy } },
      });
    }
  });
};

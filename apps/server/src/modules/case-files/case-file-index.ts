import { type CaseDocumentDetail, type CaseFileIndex, can, effectiveSecrecy, type Secrecy } from '@eprocuracy/domain';
import { appendAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { canReadDocument, loadDocument, readableCase } from './case-file-access.ts';
import { documentDetail, documentView } from './case-file-views.ts';
import * as repo from './case-files.repo.ts';

/** Records that the actor saw classified documents (DESIGN.md §5: every view of a classified record is traced). */
export const auditClassifiedView = (ctx: Ctx, action: string, documentId: string, secrecy: Secrecy, extra = {}) =>
  ctx.db.transaction((tx) =>
    appendAudit(tx, ctx.audit, {
      action,
      entityType: 'case_document',
      entityId: documentId,
      changes: { secrecy: { before: null, after: secrecy }, ...extra },
    }),
  );

const INDEX_VIEWED = 'case_file.index_viewed';
const COALESCE_MINUTES = 10;

const sawIndexLately = async (ctx: Ctx, caseId: string, documentIds: readonly string[]) => {
  if (!ctx.audit.actorId) return false;
  const changes = await repo.lastAuditChanges(ctx.db, {
    actorId: ctx.audit.actorId,
    action: INDEX_VIEWED,
    entity: { type: 'case', id: caseId },
    withinMinutes: COALESCE_MINUTES,
  });
  const seen = (changes as { classifiedDocuments?: { after?: string[] } } | null)?.classifiedDocuments?.after;
  return seen?.length === documentIds.length && seen.every((id, i) => id === documentIds[i]);
};

/**
 * The file index (bảng kê tài liệu, BLTTHS Art. 131(4)) as the actor may see it: documents above their
 * reach are left out, exactly as their detail page would refuse them. Its view is audited when it shows
 * classified documents; the page reloads it every few seconds during digitisation, so the same officer
 * seeing the same classified documents again within a few minutes is already on record.
 */
export const listCaseFile = async (ctx: Ctx, caseId: string): Promise<CaseFileIndex> => {
  const caseResource = await readableCase(ctx, caseId);
  const rows = (await repo.listDocuments(ctx.db, caseId)).filter((row) =>
    canReadDocument(ctx, caseResource, row.document),
  );
  const classified = rows.filter(
    (row) => effectiveSecrecy(caseResource.secrecy, row.document.secrecy as Secrecy) !== 'normal',
  );
  const classifiedIds = classified.map((row) => row.document.id);
  if (classified.length > 0 && !(await sawIndexLately(ctx, caseId, classifiedIds))) {
    await ctx.db.transaction((tx) =>
      appendAudit(tx, ctx.audit, {
        action: INDEX_VIEWED,
        entityType: 'case',
        entityId: caseId,
        changes: { classifiedDocuments: { before: null, after: classifiedIds } },
      }),
    );
  }
  return { caseId, canWrite: can(ctx.actor, 'write', caseResource), items: rows.map(documentView) };
};

/** One document with its versions and pages; a view of a classified one is audited unless `audited: false`. */
export const getCaseDocument = async (
  ctx: Ctx,
  { caseId, documentId, audited = true }: { caseId: string; documentId: string; audited?: boolean },
): Promise<CaseDocumentDetail> => {
  const found = await loadDocument(ctx, caseId, documentId, 'read');
  const [versions, pages] = [
    await repo.listVersions(ctx.db, documentId),
    await repo.listPages(ctx.db, found.version.id),
  ];
  if (audited && found.resource.secrecy !== 'normal')
    await auditClassifiedView(ctx, 'case_file.document_viewed', documentId, found.resource.secrecy);
  return documentDetail(found, versions, pages, can(ctx.actor, 'write', found.resource));
};

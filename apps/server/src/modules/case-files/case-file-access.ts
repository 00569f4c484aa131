import { type Action, can, effectiveSecrecy, type Resource, type Secrecy } from '@eprocuracy/domain';
import { appendAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, conflict, forbidden } from '../../platform/errors.ts';
import { loadReadable, loadWritable } from '../cases/case-records.ts';
import * as repo from './case-files.repo.ts';

export const documentNotFound = () =>
  new AppError('NOT_FOUND', { vi: 'Không tìm thấy tài liệu trong hồ sơ', en: 'Document not found in the case file' });

/** The case whose file is read: refused as the case page would be (404, audited). */
export const readableCase = async (ctx: Ctx, caseId: string): Promise<Resource> =>
  (await loadReadable(ctx, caseId)).resource;

/** The case whose file is changed: 404 when unreadable, 403 when read-only, 409 once merged into another case. */
export const writableCase = async (ctx: Ctx, caseId: string): Promise<Resource> => {
  const { found, resource } = await loadWritable(ctx, caseId);
  if (found.row.mergedInto) {
    throw conflict({
      vi: 'Vụ án đã được nhập vào vụ án khác; tài liệu được thêm ở vụ án đó',
      en: 'The case was merged into another; add documents there',
    });
  }
  return resource;
};

/** A document is the case's record, at the higher of its own and the case's secrecy level. */
export const documentResource = (caseResource: Resource, document: { id: string; secrecy: string }): Resource => ({
  ...caseResource,
  id: document.id,
  secrecy: effectiveSecrecy(caseResource.secrecy, document.secrecy as Secrecy),
});

export const canReadDocument = (ctx: Ctx, caseResource: Resource, document: { id: string; secrecy: string }) =>
  can(ctx.actor, 'read', documentResource(caseResource, document));

/**
 * Enforces the policy on one document of a readable case: a refused read is an audited 404 (so a
 * classified document's existence does not leak), a refused write on a readable one a 403.
 */
export const authorizeDocument = async (
  ctx: Ctx,
  action: Action,
  caseResource: Resource,
  document: { id: string; secrecy: string },
): Promise<Resource> => {
  const resource = documentResource(caseResource, document);
  if (can(ctx.actor, action, resource)) return resource;
  const readable = action !== 'read' && can(ctx.actor, 'read', resource);
  await ctx.db.transaction((tx) =>
    appendAudit(tx, ctx.audit, {
      action: `access.refused.${action}`,
      entityType: 'case_document',
      entityId: document.id,
    }),
  );
  throw readable ? forbidden() : documentNotFound();
};

/** Loads a document of a case the actor may read, enforcing `action` on the document itself. */
export const loadDocument = async (ctx: Ctx, caseId: string, documentId: string, action: Action) => {
  const caseResource = action === 'read' ? await readableCase(ctx, caseId) : await writableCase(ctx, caseId);
  const found = await repo.findDocument(ctx.db, caseId, documentId);
  if (!found) throw documentNotFound();
  const resource = await authorizeDocument(ctx, action, caseResource, found.document);
  return { ...found, caseResource, resource };
};

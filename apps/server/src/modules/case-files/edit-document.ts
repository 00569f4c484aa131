import {
  type CaseDocumentDetail,
  type CaseFileIndex,
  checkFolioRange,
  checkTypeForKind,
  type FileKind,
  type ReorderCaseFileInput,
  reorderVisible,
  type UpdateCaseDocumentInput,
  ZReorderCaseFileInput,
  ZUpdateCaseDocumentInput,
} from '@eprocuracy/domain';
import { appendAudit, diffFields } from '../../platform/audit.ts';
import { assertClearance } from '../../platform/checks.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import { canReadDocument, documentResource, loadDocument, writableCase } from './case-file-access.ts';
import { getCaseDocument, listCaseFile } from './case-file-index.ts';
import { auditableDocument } from './case-file-views.ts';
import * as repo from './case-files.repo.ts';
import { enqueueReencryptionIfRaised } from './reencrypt.job.ts';

/**
 * Corrects the description of a document; its files are never changed (a new file is a new version), except
 * that a level raised to a classified one has its plain files re-stored encrypted by a job.
 */
export const updateCaseDocument = async (
  ctx: Ctx,
  { caseId, documentId, input }: { caseId: string; documentId: string; input: UpdateCaseDocumentInput },
): Promise<CaseDocumentDetail> => {
  const patch = Object.fromEntries(
    Object.entries(ZUpdateCaseDocumentInput.parse(input)).filter(([, value]) => value !== undefined),
  ) as UpdateCaseDocumentInput;
  if (patch.secrecy) assertClearance(ctx.actor, patch.secrecy);
  const { document, version, caseResource } = await loadDocument(ctx, caseId, documentId, 'write');
  const next = { ...document, ...patch };
  const folio = checkFolioRange(next.folioFrom, next.folioTo);
  if (folio.length > 0) throw invalid(folio);
  const refusals = patch.type ? checkTypeForKind(patch.type, version.kind as FileKind) : [];
  if (refusals.length > 0) throw invalid(refusals);
  await ctx.db.transaction(async (tx) => {
    await repo.updateDocument(tx, documentId, patch);
    await appendAudit(tx, ctx.audit, {
      action: 'case_file.document_updated',
      entityType: 'case_document',
      entityId: documentId,
      changes: diffFields(auditableDocument(document), auditableDocument(next)),
    });
    await enqueueReencryptionIfRaised(tx, ctx.config, {
      caseId,
      documentId,
      before: documentResource(caseResource, document).secrecy,
      after: documentResource(caseResource, next).secrecy,
    });
  });
  return getCaseDocument(ctx, { caseId, documentId, audited: false });
};

/**
 * Puts the documents the actor sees in a new order; documents beyond their reach keep their places,
 * so a reorder neither reveals nor moves what is hidden from them.
 */
export const reorderCaseFile = async (
  ctx: Ctx,
  { caseId, input }: { caseId: string; input: ReorderCaseFileInput },
): Promise<CaseFileIndex> => {
  const { documentIds } = ZReorderCaseFileInput.parse(input);
  const caseResource = await writableCase(ctx, caseId);
  await ctx.db.transaction(async (tx) => {
    await repo.lockCaseFile(tx, caseId);
    const rows = await repo.listDocuments(tx, caseId);
    const current = rows.map((row) => row.document.id);
    const visible = new Set(
      rows.filter((row) => canReadDocument(ctx, caseResource, row.document)).map((row) => row.document.id),
    );
    const result = reorderVisible(current, visible, documentIds);
    if (!result.ok) {
      throw invalid([
        {
          field: 'documentIds',
          vi: 'Danh sách phải gồm đúng các tài liệu của hồ sơ, mỗi tài liệu một lần',
          en: 'The list must contain exactly the documents of the case file, each once',
        },
      ]);
    }
    await repo.setPositions(tx, caseId, result.order);
    await appendAudit(tx, ctx.audit, {
      action: 'case_file.reordered',
      entityType: 'case',
      entityId: caseId,
      changes: { order: { before: current, after: result.order } },
    });
  });
  return listCaseFile(ctx, caseId);
};

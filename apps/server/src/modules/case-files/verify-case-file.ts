import type { CaseFileCheckView, IntegrityProblem, IntegrityState } from '@eprocuracy/domain';
import { type AuditContext, appendAudit } from '../../platform/audit.ts';
import type { BlobAddress, BlobStore } from '../../platform/blobs/blob-store.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import { canReadDocument, readableCase } from './case-file-access.ts';
import * as repo from './case-files.repo.ts';
import { type BlobUse, blobUsesOfCase, recordIntegrity } from './integrity.repo.ts';

const keyOf = (address: BlobAddress) => `${address.sha256}${address.encrypted ? '.enc' : ''}`;

/** Re-hashes one blob and records the result on it. */
export const checkBlob = async (db: Db, store: BlobStore, address: BlobAddress): Promise<IntegrityState> => {
  const verdict = await store.verify(address);
  await db.transaction((tx) => recordIntegrity(tx, address, verdict.state));
  return verdict.state;
};

export const problemOf = (use: BlobUse | null, address: BlobAddress, state: IntegrityState): IntegrityProblem => ({
  documentId: use?.documentId ?? null,
  version: use?.version ?? null,
  part: use?.part ?? null,
  pageNo: use?.pageNo ?? null,
  sha256: address.sha256,
  encrypted: address.encrypted,
  state,
});

type CheckResult = { caseId: string | null; jobId: string | null; requestedBy: string | null; filesChecked: number };

/** Stores a check's result and its audit entry in one transaction. */
export const recordCheck = async (
  tx: Db,
  audit: AuditContext,
  result: CheckResult & { problems: IntegrityProblem[]; startedAt: Date },
): Promise<CaseFileCheckView> => {
  const id = newId();
  const ok = result.problems.length === 0;
  const finishedAt = new Date();
  await repo.insertCheck(tx, { id, ...result, ok, finishedAt });
  await appendAudit(tx, audit, {
    action: ok ? 'case_file.verified' : 'case_file.integrity_failed',
    entityType: result.caseId ? 'case' : 'job',
    entityId: result.caseId ?? result.jobId ?? id,
    changes: {
      filesChecked: { before: null, after: result.filesChecked },
      ...(ok ? {} : { problems: { before: null, after: result.problems } }),
    },
  });
  return {
    id,
    caseId: result.caseId,
    ok,
    filesChecked: result.filesChecked,
    problems: result.problems,
    startedAt: result.startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
  };
};

/**
 * Re-hashes every file of a case file the actor can see (originals of every version, searchable PDFs,
 * thumbnails) and reports those whose content no longer matches its SHA-256; the result is stored and
 * audited, and each file's integrity state updated.
 */
export const verifyCaseFile = async (
  ctx: Ctx,
  { caseId, store }: { caseId: string; store: BlobStore },
): Promise<CaseFileCheckView> => {
  const startedAt = new Date();
  const caseResource = await readableCase(ctx, caseId);
  const visible = new Set(
    (await repo.listDocuments(ctx.db, caseId))
      .filter((row) => canReadDocument(ctx, caseResource, row.document))
      .map((row) => row.document.id),
  );
  const uses = (await blobUsesOfCase(ctx.db, caseId)).filter((use) => visible.has(use.documentId));
  const states = new Map<string, IntegrityState>();
  for (const use of uses) {
    if (!states.has(keyOf(use))) states.set(keyOf(use), await checkBlob(ctx.db, store, use));
  }
  const problems = uses.flatMap((use) => {
    const state = states.get(keyOf(use)) ?? 'unchecked';
    return state === 'ok' ? [] : [problemOf(use, use, state)];
  });
  return ctx.db.transaction((tx) =>
    recordCheck(tx, ctx.audit, {
      caseId,
      jobId: null,
      requestedBy: ctx.actor.officerId,
      filesChecked: states.size,
      problems,
      startedAt,
    }),
  );
};

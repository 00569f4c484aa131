import {
  CASE_IMPORT_REQUIRED,
  type CaseImportOptions,
  type CaseImportRows,
  type CaseImportRowsQuery,
  type CaseImportView,
  can,
} from '@eprocuracy/domain';
import type { Ctx } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { enqueue } from '../../../platform/jobs/enqueue.ts';
import { findJob } from '../../../platform/jobs/jobs.repo.ts';
import { caseImportJob } from './case-import.job.ts';
import * as repo from './case-imports.repo.ts';
import { liveProgress } from './import-progress.ts';
import { readCaseSheet } from './import-sheet.ts';

const importNotFound = () => notFound();

/**
 * Refuses (403) an officer who may not write a case of their own office under the access policy: importing
 * is a leader's act (Art. 41 CPC: the head directs the office's cases); every row is then checked again.
 */
export const authorizeCaseImport = (ctx: Ctx) => {
  const own = {
    kind: 'case' as const,
    id: ctx.actor.officeId,
    officeId: ctx.actor.officeId,
    officePath: ctx.actor.officePath,
    secrecy: 'normal' as const,
    assigneeIds: [],
  };
  if (!can(ctx.actor, 'write', own)) throw forbidden();
};

const viewOf = async (ctx: Ctx, record: repo.CaseImportSummary): Promise<CaseImportView> => {
  const isFinished = ['done', 'rejected', 'failed'].includes(record.status);
  // A job that used up its attempts while the worker was dead never reached its own error handling.
  const job = !isFinished && record.jobId ? await findJob(ctx.db, record.jobId) : undefined;
  const hasJobFailed = job?.status === 'failed';
  return {
    id: record.id,
    status: hasJobFailed ? 'failed' : (record.status as CaseImportView['status']),
    filename: record.filename,
    mode: record.mode as CaseImportView['mode'],
    dryRun: record.dryRun,
    total: record.total,
    processed: Math.max(record.processed, liveProgress(record.id) ?? 0),
    imported: record.imported,
    failed: record.failed,
    casesCreated: record.casesCreated,
    casesUpdated: record.casesUpdated,
    error: hasJobFailed ? (job?.lastError ?? null) : record.error,
    createdAt: record.createdAt.toISOString(),
    finishedAt: record.finishedAt?.toISOString() ?? null,
  };
};

/** An import the actor started (the report holds personal data: nobody else sees it; 404 otherwise). */
const ownImport = async (ctx: Ctx, id: string) => {
  const record = await repo.findImportSummary(ctx.db, id);
  if (!record || record.createdBy !== ctx.actor.officerId) throw importNotFound();
  return record;
};

/**
 * Accepts a legacy case file: reads it (a bad file is refused at once, naming the problem), stores its rows
 * and queues the import job in one transaction, so the job exists exactly when the upload was accepted.
 */
export const startCaseImport = async (
  ctx: Ctx,
  { file, options }: { file: { data: Buffer; filename: string }; options: CaseImportOptions },
): Promise<CaseImportView> => {
  authorizeCaseImport(ctx);
  const rows = await readCaseSheet(file, CASE_IMPORT_REQUIRED);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const jobId = newId();
    await repo.insertImport(tx, {
      id,
      officeId: ctx.actor.officeId,
      createdBy: ctx.actor.officerId,
      ip: ctx.audit.ip,
      filename: file.filename.slice(0, 255),
      mode: options.mode,
      dryRun: options.dryRun,
      total: rows.length,
      rows,
      jobId,
    });
    await enqueue(tx, caseImportJob, { importId: id }, { id: jobId });
  });
  return getCaseImport(ctx, id);
};

export const getCaseImport = async (ctx: Ctx, id: string): Promise<CaseImportView> =>
  viewOf(ctx, await ownImport(ctx, id));

/** The actor's recent imports, newest first. */
export const listCaseImports = async (ctx: Ctx): Promise<CaseImportView[]> =>
  Promise.all((await repo.listImports(ctx.db, ctx.actor.officerId, 20)).map((r) => viewOf(ctx, r)));

/** The report rows, a page at a time (optionally only the failed ones), with the codes of written cases. */
export const getCaseImportRows = async (ctx: Ctx, id: string, query: CaseImportRowsQuery): Promise<CaseImportRows> => {
  const summary = await ownImport(ctx, id);
  const record = await repo.findImport(ctx.db, summary.id);
  const all = record?.report ?? [];
  const wanted = query.errorsOnly === 'true' ? all.filter((r) => !r.ok) : all;
  const page = wanted.slice(query.offset, query.offset + query.limit);
  const codes = await repo.caseCodes(ctx.db, [...new Set(page.flatMap((r) => (r.caseId ? [r.caseId] : [])))]);
  return {
    total: wanted.length,
    items: page.map((r) => {
      const caseCode = r.caseId ? codes.get(r.caseId) : undefined;
      return caseCode ? { ...r, caseCode } : r;
    }),
  };
};

/** The whole report with case codes, for the downloadable file. */
export const getCaseImportReport = async (ctx: Ctx, id: string) => {
  const summary = await ownImport(ctx, id);
  const record = await repo.findImport(ctx.db, summary.id);
  const rows = record?.report ?? [];
  const codes = await repo.caseCodes(ctx.db, [...new Set(rows.flatMap((r) => (r.caseId ? [r.caseId] : [])))]);
  return { summary, rows: rows.map((r) => ({ ...r, caseCode: r.caseId ? codes.get(r.caseId) : undefined })) };
};

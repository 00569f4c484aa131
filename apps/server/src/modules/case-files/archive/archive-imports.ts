import type { ArchiveImportView, ArchiveRow, ArchiveRows, ArchiveRowsQuery } from '@eprocuracy/domain';
import type { Ctx } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors.ts';
import { findJob } from '../../../platform/jobs/jobs.repo.ts';
import { liveProgress } from '../../cases/import/import-progress.ts';
import * as repo from './case-file-archives.repo.ts';

const FINISHED = ['done', 'rejected', 'failed'];

const viewOf = async (ctx: Ctx, record: repo.ArchiveSummary): Promise<ArchiveImportView> => {
  const isFinished = FINISHED.includes(record.status);
  // A job that used up its attempts while the worker was dead never reached its own error handling.
  const job = !isFinished && record.jobId ? await findJob(ctx.db, record.jobId) : undefined;
  const hasJobFailed = job?.status === 'failed';
  return {
    id: record.id,
    status: hasJobFailed ? 'failed' : (record.status as ArchiveImportView['status']),
    filename: record.filename,
    mode: record.mode as ArchiveImportView['mode'],
    dryRun: record.dryRun,
    total: record.total,
    processed: Math.max(record.processed, liveProgress(record.id) ?? 0),
    matched: record.matched,
    failed: record.failed,
    documentsCreated: record.documentsCreated,
    unlistedFiles: record.unlistedFiles,
    error: hasJobFailed ? (job?.lastError ?? null) : record.error,
    createdAt: record.createdAt.toISOString(),
    finishedAt: record.finishedAt?.toISOString() ?? null,
  };
};

/** An import the actor started; the report names cases and files, so nobody else sees it (404). */
const ownArchive = async (ctx: Ctx, id: string) => {
  const record = await repo.findArchiveSummary(ctx.db, id);
  if (!record || record.createdBy !== ctx.actor.officerId) throw notFound();
  return record;
};

export const getArchiveImport = async (ctx: Ctx, id: string): Promise<ArchiveImportView> =>
  viewOf(ctx, await ownArchive(ctx, id));

/** The actor's recent archive imports, newest first. */
export const listArchiveImports = async (ctx: Ctx): Promise<ArchiveImportView[]> =>
  Promise.all((await repo.listArchives(ctx.db, ctx.actor.officerId, 20)).map((r) => viewOf(ctx, r)));

/** The whole per-row report of an import the actor started, and the ZIP's files no row names. */
export const getArchiveReport = async (ctx: Ctx, id: string): Promise<{ rows: ArchiveRow[]; unlisted: string[] }> => {
  const summary = await ownArchive(ctx, id);
  const rows = (await repo.findArchive(ctx.db, summary.id))?.report ?? [];
  return { rows, unlisted: summary.unlistedFiles };
};

/** A page of the report, optionally the failed rows only. */
export const getArchiveRows = async (ctx: Ctx, id: string, query: ArchiveRowsQuery): Promise<ArchiveRows> => {
  const all = (await getArchiveReport(ctx, id)).rows;
  const wanted = query.errorsOnly === 'true' ? all.filter((r) => !r.ok) : all;
  return { total: wanted.length, items: wanted.slice(query.offset, query.offset + query.limit) };
};

import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { ARCHIVE_LIMITS, type ArchiveRow, type Role, type Secrecy } from '@eprocuracy/domain';
import { appendAudit } from '../../../platform/audit.ts';
import { openBlobStore } from '../../../platform/blobs/open-blob-store.ts';
import { type Ctx, type SignedInActor, splitPath } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db.ts';
import type { JobContext } from '../../../platform/jobs/define-job.ts';
import { clearLiveProgress, setLiveProgress } from '../../cases/import/import-progress.ts';
import { findOfficer } from '../../identity/officers.repo.ts';
import { archiveTempFile } from './archive-upload.ts';
import { type ArchiveValidation, type FilePlan, validateArchive } from './archive-validate.ts';
import { fileArchiveRow, stageArchiveFile } from './archive-write.ts';
import { type OpenedZip, openZip } from './archive-zip.ts';
import * as repo from './case-file-archives.repo.ts';

const FINISHED = ['done', 'rejected', 'failed'];

/** The officer who uploaded the archive, as they are now: the job acts with the rights they still have. */
const loadActor = async (db: Db, officerId: string): Promise<SignedInActor | undefined> => {
  const found = await findOfficer(db, officerId);
  if (found?.officer.status !== 'active') return undefined;
  const { officer } = found;
  return {
    officerId: officer.id,
    officeId: officer.officeId,
    officePath: splitPath(found.officePath),
    roles: officer.roles as Role[],
    clearance: officer.clearance as Secrecy,
    fullName: officer.fullName,
    username: officer.username,
  };
};

type Run = { ctx: Ctx; record: repo.ArchiveRecord; zip: OpenedZip; signal: AbortSignal };

/** all_or_nothing: one transaction files every row, or (crash, error) none of them. */
const writeAll = async (run: Run, plans: readonly FilePlan[]) => {
  const store = openBlobStore(run.ctx.config);
  const archive = { id: run.record.id, sha256: run.record.archiveSha256 };
  let processed = run.record.total - plans.length;
  await run.ctx.db.transaction(async (tx) => {
    for (const plan of plans) {
      run.signal.throwIfAborted();
      const staged = await stageArchiveFile(store, run.zip, plan);
      try {
        if ((await fileArchiveRow(tx, run.ctx, { archive, plan, staged })) === null) await staged.discard();
      } catch (error) {
        await staged.discard();
        throw error;
      }
      setLiveProgress(run.record.id, ++processed);
    }
  });
};

/** valid_rows: each row commits with its idempotency key and progress, so a crash loses at most the row in flight. */
const writeEach = async (run: Run, plans: readonly FilePlan[]) => {
  const store = openBlobStore(run.ctx.config);
  const archive = { id: run.record.id, sha256: run.record.archiveSha256 };
  for (const plan of plans) {
    run.signal.throwIfAborted();
    const staged = await stageArchiveFile(store, run.zip, plan);
    try {
      await run.ctx.db.transaction(async (tx) => {
        const written = await fileArchiveRow(tx, run.ctx, { archive, plan, staged });
        if (written === null) await staged.discard();
        await repo.countRowDone(tx, run.record.id);
      });
    } catch (error) {
      await staged.discard();
      throw error;
    }
  }
};

/** The report with the documents now filed, counts, audit event; the manifest rows are dropped. */
const finish = async (run: Run, validation: ArchiveValidation) => {
  const { ctx, record } = run;
  const filed = await repo.filedRows(ctx.db, record.archiveSha256);
  const report: ArchiveRow[] = validation.report.map((r) => {
    const row = filed.get(r.row);
    return r.ok && row && !r.documentId ? { ...r, documentId: row.documentId } : r;
  });
  const documentsCreated = await repo.countFiledBy(ctx.db, record.id);
  await ctx.db.transaction(async (tx) => {
    await repo.updateArchive(tx, record.id, {
      status: 'done',
      processed: record.total,
      report,
      documentsCreated,
      rows: null,
      finishedAt: new Date(),
    });
    const changes = { filename: record.filename, mode: record.mode, total: record.total, documentsCreated };
    await appendAudit(tx, ctx.audit, {
      action: 'import.case_file_archive',
      entityType: 'import',
      entityId: record.id,
      changes: Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, { before: null, after: v }])),
    });
  });
};

/** Copies the stored ZIP to a local file (random access for its central directory) and opens it. */
const openStoredZip = async (ctx: Ctx, record: repo.ArchiveRecord, file: string) => {
  const content = await openBlobStore(ctx.config).open({
    sha256: record.archiveSha256,
    encrypted: record.archiveEncrypted,
  });
  if (!content) throw new Error(`The archive ${record.archiveSha256} is missing from the blob store`);
  await pipeline(content, createWriteStream(file));
  return openZip(file, ARCHIVE_LIMITS.maxEntries);
};

/**
 * The job's handler. Safe to run again after a crash: a finished import is left alone, validation is redone
 * from the stored manifest rows, and rows already filed (their idempotency key is written with the document)
 * are skipped, so no document is filed twice.
 */
export const runArchiveImport = async ({ payload, db, config, job, signal }: JobContext<{ archiveId: string }>) => {
  const record = await repo.findArchive(db, payload.archiveId);
  if (!record || FINISHED.includes(record.status)) return;
  const file = await archiveTempFile(config.DATA_DIR);
  let zip: OpenedZip | undefined;
  try {
    const actor = await loadActor(db, record.createdBy);
    if (!actor) throw new Error('the officer who uploaded the archive is no longer active');
    const audit = { actorId: actor.officerId, actorName: actor.fullName, officeId: actor.officeId, ip: record.ip };
    const ctx: Ctx = { db, config, actor, audit };
    await repo.updateArchive(db, record.id, { status: 'validating', jobId: job.id, processed: 0 });
    zip = await openStoredZip(ctx, record, file);
    const filed = await repo.filedRows(db, record.archiveSha256);
    const rows = record.rows ?? [];
    const onRow = async (done: number) => {
      await repo.updateArchive(db, record.id, { processed: done });
    };
    const validation = await validateArchive(ctx, { archiveId: record.id, rows, zip, filed, onRow });
    signal.throwIfAborted();
    const isRejected = record.mode === 'all_or_nothing' && validation.failedRows > 0;
    const outcome = {
      report: validation.report,
      matched: validation.plans.length,
      failed: validation.failedRows,
      unlistedFiles: validation.unlistedFiles,
    };
    if (record.dryRun || isRejected) {
      const end = {
        status: isRejected ? 'rejected' : 'done',
        processed: record.total,
        rows: null,
        finishedAt: new Date(),
      };
      await repo.updateArchive(db, record.id, { ...outcome, ...end });
      return;
    }
    const pending = validation.plans.filter((p) => !p.filed);
    await repo.updateArchive(db, record.id, {
      ...outcome,
      status: 'writing',
      processed: record.total - pending.length,
    });
    const run = { ctx, record, zip, signal };
    if (record.mode === 'all_or_nothing') await writeAll(run, pending);
    else await writeEach(run, pending);
    await finish(run, validation);
  } catch (error) {
    if (job.attempts >= job.maxAttempts) {
      const message = error instanceof Error ? error.message : String(error);
      await repo.updateArchive(db, record.id, { status: 'failed', error: message, rows: null, finishedAt: new Date() });
    }
    throw error;
  } finally {
    zip?.close();
    clearLiveProgress(record.id);
    await rm(file, { force: true });
  }
};

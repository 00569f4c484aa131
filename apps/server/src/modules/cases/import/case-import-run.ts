import type { Role, Secrecy } from '@eprocuracy/domain';
import { type AuditContext, appendAudit } from '../../../platform/audit.ts';
import { type SignedInActor, splitPath } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db.ts';
import type { JobContext } from '../../../platform/jobs/define-job.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { findOfficer } from '../../identity/officers.repo.ts';
import * as repo from './case-imports.repo.ts';
import type { CasePlan } from './import-check.ts';
import { clearLiveProgress, setLiveProgress } from './import-progress.ts';
import { type Validation, validateImport } from './import-validate.ts';
import { inBatches, writeCases } from './import-write.ts';

const FINISHED = ['done', 'rejected', 'failed'];

/** The officer who uploaded the file, as they are now: a job acts with the rights they still have. */
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

type Run = {
  db: Db;
  record: repo.CaseImportRecord;
  actor: SignedInActor;
  validation: Validation;
  today: string;
  signal: AbortSignal;
};

const rowsOf = (plans: readonly CasePlan[]) => plans.reduce((n, p) => n + p.group.rows.length, 0);

/** The end of a committed import, in the transaction of its last write: counts, report kept, file rows dropped. */
const finish = async (tx: Db, run: Run, counts: { created: number; updated: number }) => {
  const { record, actor, validation } = run;
  await repo.updateImport(tx, record.id, {
    status: 'done',
    processed: record.total,
    imported: validation.validRows,
    failed: validation.failedRows,
    casesCreated: counts.created,
    casesUpdated: counts.updated,
    rows: null,
    finishedAt: new Date(),
  });
  const audit: AuditContext = {
    actorId: actor.officerId,
    actorName: actor.fullName,
    officeId: actor.officeId,
    ip: record.ip,
  };
  const changes = {
    mode: record.mode,
    filename: record.filename,
    total: record.total,
    imported: validation.validRows,
    failed: validation.failedRows,
    casesCreated: counts.created,
    casesUpdated: counts.updated,
  };
  await appendAudit(tx, audit, {
    action: 'import.cases',
    entityType: 'import',
    entityId: record.id,
    changes: Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, { before: null, after: v }])),
  });
};

/** all_or_nothing: one transaction writes every case, or (crash, error) none of them. */
const writeAll = async (run: Run) => {
  const { db, record, validation } = run;
  let processed = validation.failedRows;
  await db.transaction(async (tx) => {
    const counts = { created: 0, updated: 0 };
    for (const batch of inBatches(validation.plans)) {
      run.signal.throwIfAborted();
      const written = await writeCases(tx, batch, { actor: run.actor, importId: record.id, today: run.today });
      counts.created += written.created;
      counts.updated += written.updated;
      processed += rowsOf(batch);
      setLiveProgress(record.id, processed);
    }
    await finish(tx, run, counts);
  });
};

/**
 * valid_rows: each batch commits with its counts, so a crash loses at most the batch in flight; the resumed
 * job skips the cases this import already wrote (their `imported` event names it) and goes on.
 */
const writeInBatches = async (run: Run) => {
  const { db, record, validation } = run;
  const existingIds = validation.plans.filter((p) => p.existing).map((p) => p.caseId);
  const written = await repo.casesWrittenBy(db, record.id, existingIds);
  const remaining = validation.plans.filter((p) => !written.has(p.caseId));
  const done = validation.failedRows + rowsOf(validation.plans) - rowsOf(remaining);
  await repo.updateImport(db, record.id, { processed: done });
  const batches = inBatches(remaining);
  if (batches.length === 0) {
    const current = await repo.findImportSummary(db, record.id);
    await db.transaction((tx) =>
      finish(tx, run, { created: current?.casesCreated ?? 0, updated: current?.casesUpdated ?? 0 }),
    );
  }
  for (const [i, batch] of batches.entries()) {
    run.signal.throwIfAborted();
    await db.transaction(async (tx) => {
      const counts = await writeCases(tx, batch, { actor: run.actor, importId: record.id, today: run.today });
      await repo.addToImportCounts(tx, record.id, { processed: rowsOf(batch), ...counts });
      if (i === batches.length - 1) {
        const current = await repo.findImportSummary(tx, record.id);
        await finish(tx, run, { created: current?.casesCreated ?? 0, updated: current?.casesUpdated ?? 0 });
      }
    });
  }
};

/** Ends an import that writes nothing: a dry run, or all_or_nothing with invalid rows. */
const report = (db: Db, record: repo.CaseImportRecord, validation: Validation, status: 'done' | 'rejected') => {
  const wouldUpdate = validation.plans.filter((p) => p.existing).length;
  return repo.updateImport(db, record.id, {
    status,
    processed: record.total,
    imported: status === 'done' ? validation.validRows : 0,
    failed: validation.failedRows,
    casesCreated: status === 'done' ? validation.plans.length - wouldUpdate : 0,
    casesUpdated: status === 'done' ? wouldUpdate : 0,
    rows: null,
    finishedAt: new Date(),
  });
};

/**
 * The job's handler. Safe to run again after a crash: a finished import is left alone, validation is redone
 * from the stored rows, and writing is all-or-nothing or resumes after the last committed batch.
 */
export const runCaseImport = async ({ payload, db, job, signal }: JobContext<{ importId: string }>) => {
  const record = await repo.findImport(db, payload.importId);
  if (!record || FINISHED.includes(record.status)) return;
  try {
    const actor = await loadActor(db, record.createdBy);
    if (!actor) throw new Error('the officer who uploaded the file is no longer active');
    await repo.updateImport(db, record.id, { status: 'validating', jobId: job.id });
    const today = todayInVietnam();
    const isDryRun = record.dryRun;
    const validation = await validateImport(db, { actor, rows: record.rows ?? [], today, isDryRun });
    signal.throwIfAborted();
    const isRejected = record.mode === 'all_or_nothing' && validation.failedRows > 0;
    await repo.updateImport(db, record.id, {
      ...(isDryRun || isRejected ? {} : { status: 'writing' }),
      report: validation.report,
      imported: validation.validRows,
      failed: validation.failedRows,
    });
    if (isDryRun || isRejected) {
      await report(db, record, validation, isDryRun ? 'done' : 'rejected');
      return;
    }
    const run = { db, record, actor, validation, today, signal };
    if (record.mode === 'all_or_nothing') await writeAll(run);
    else await writeInBatches(run);
  } catch (error) {
    if (job.attempts >= job.maxAttempts) {
      const message = error instanceof Error ? error.message : String(error);
      await repo.updateImport(db, record.id, { status: 'failed', error: message, rows: null, finishedAt: new Date() });
    }
    throw error;
  } finally {
    clearLiveProgress(record.id);
  }
};

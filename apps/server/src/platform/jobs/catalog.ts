import { archiveImportJob } from '../../modules/case-files/archive/archive-import.job.ts';
import { caseFileIntegrityJob } from '../../modules/case-files/integrity.job.ts';
import { digitiseJob } from '../../modules/case-files/pipeline/digitise.job.ts';
import { reencryptJob } from '../../modules/case-files/reencrypt.job.ts';
import { deadlineAlertsJob } from '../../modules/cases/deadline-alerts.job.ts';
import { caseImportJob } from '../../modules/cases/import/case-import.job.ts';
import { sessionsCleanupJob } from '../../modules/identity/sessions-cleanup.job.ts';
import { auditVerifyJob } from './audit-verify.job.ts';
import type { JobDefinition } from './define-job.ts';
import { type DailySchedule, daily } from './schedules.ts';

/** Every job the application runs; a worker runs only jobs listed here. */
export const jobCatalog: readonly JobDefinition[] = [
  auditVerifyJob,
  sessionsCleanupJob,
  deadlineAlertsJob,
  caseImportJob,
  caseFileIntegrityJob,
  digitiseJob,
  archiveImportJob,
  reencryptJob,
];

/** Recurring jobs, in Vietnam time; enqueued idempotently by whichever worker sees the slot first. */
export const scheduleCatalog: readonly DailySchedule[] = [
  daily(sessionsCleanupJob, {}, { hour: 2, minute: 30 }),
  daily(auditVerifyJob, {}, { hour: 6 }),
  daily(deadlineAlertsJob, {}, { hour: 5 }),
  daily(caseFileIntegrityJob, {}, { hour: 3 }),
];

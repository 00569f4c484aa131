import * as caseFileArchives from './modules/case-files/archive/case-file-archives.schema.ts';
import * as caseFiles from './modules/case-files/case-files.schema.ts';
import * as cases from './modules/cases/cases.schema.ts';
import * as caseImports from './modules/cases/import/case-imports.schema.ts';
import * as crimeReports from './modules/crime-reports/crime-reports.schema.ts';
import * as documentRegistry from './modules/documents/registry/registry.schema.ts';
import * as identity from './modules/identity/identity.schema.ts';
import * as notifications from './modules/notifications/notifications.schema.ts';
import * as oidc from './modules/oidc/oidc.schema.ts';
import * as audit from './platform/audit.schema.ts';
import * as jobs from './platform/jobs/jobs.schema.ts';
import * as numbering from './platform/numbering.schema.ts';

/** Every table of every module; drizzle-kit generates migrations from it. */
export const schema = {
  ...identity,
  ...oidc,
  ...audit,
  ...jobs,
  ...crimeReports,
  ...cases,
  ...caseImports,
  ...caseFiles,
  ...caseFileArchives,
  ...notifications,
  ...documentRegistry,
  ...numbering,
};

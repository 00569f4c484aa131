import { DEMO_CASE_COUNT, seedCases } from '../modules/cases/case-seed.ts';
import { DEMO_REPORTS_PER_OFFICE, seedCrimeReports } from '../modules/crime-reports/crime-report-seed.ts';
import { seedDocumentRegistry } from '../modules/documents/registry/registry-seed.ts';
import { seedIfEmpty } from '../modules/identity/seed.ts';
import type { Db } from '../platform/db.ts';
import { todayInVietnam } from '../platform/time.ts';

/** Crime reports per office for a demo of `cases` cases: in proportion to the default demo, at least one if any case. */
export const demoReportsPerOffice = (cases: number) => Math.ceil((DEMO_REPORTS_PER_OFFICE * cases) / DEMO_CASE_COUNT);

/**
 * The demo on an empty database: the organisation and its officers, then crime reports and `cases` criminal
 * cases (DEMO_CASES) dated around today (so some deadlines are near and some overdue). Null when there was data.
 */
export const seedDemo = async (
  db: Db,
  { cases = DEMO_CASE_COUNT }: { cases?: number } = {},
): Promise<{ crimeReports: number; cases: number; incomingDocuments: number } | null> => {
  if (!(await seedIfEmpty(db))) return null;
  const today = todayInVietnam();
  return {
    crimeReports: await seedCrimeReports(db, { today, perOffice: demoReportsPerOffice(cases) }),
    cases: await seedCases(db, { today, count: cases }),
    incomingDocuments: await seedDocumentRegistry(db, { today }),
  };
};

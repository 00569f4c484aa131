import { seedCases } from '../modules/cases/case-seed.ts';
import { seedCrimeReports } from '../modules/crime-reports/crime-report-seed.ts';
import { seedIfEmpty } from '../modules/identity/seed.ts';
import type { Db } from '../platform/db.ts';
import { todayInVietnam } from '../platform/time.ts';

/**
 * The demo on an empty database: the organisation and its officers, then crime reports and criminal
 * cases dated around today (so some deadlines are near and some overdue). Null when there was data.
 */
export const seedDemo = async (db: Db): Promise<{ crimeReports: number; cases: number } | null> => {
  if (!(await seedIfEmpty(db))) return null;
  const today = todayInVietnam();
  return { crimeReports: await seedCrimeReports(db, { today }), cases: await seedCases(db, { today }) };
};

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { parseConfig } from '../config.ts';
import { DEMO_CASE_COUNT } from '../modules/cases/case-seed.ts';
import { cases } from '../modules/cases/cases.schema.ts';
import { DEMO_REPORTS_PER_OFFICE } from '../modules/crime-reports/crime-report-seed.ts';
import { crimeReports } from '../modules/crime-reports/crime-reports.schema.ts';
import { incomingDocuments } from '../modules/documents/registry/registry.schema.ts';
import { offices } from '../modules/identity/identity.schema.ts';
import type { Database } from '../platform/db.ts';
import { createTestDatabase } from '../test/harness.ts';
import { demoReportsPerOffice, seedDemo } from './seed-demo.ts';

describe('demo size (DEMO_CASES)', () => {
  test('defaults to the full demo; a bad value stops start naming the variable', () => {
    assert.equal(parseConfig({}).DEMO_CASES, DEMO_CASE_COUNT);
    assert.equal(parseConfig({ DEMO_CASES: '300' }).DEMO_CASES, 300);
    assert.equal(parseConfig({ DEMO_CASES: '0' }).DEMO_CASES, 0);
    for (const bad of ['-1', '2.5', 'many', '100001'])
      assert.throws(() => parseConfig({ DEMO_CASES: bad }), /Configuration error: DEMO_CASES=/);
  });

  test('crime reports per office follow the number of cases; the default demo keeps its eight', () => {
    assert.equal(demoReportsPerOffice(DEMO_CASE_COUNT), DEMO_REPORTS_PER_OFFICE);
    assert.equal(demoReportsPerOffice(DEMO_CASE_COUNT * 2), DEMO_REPORTS_PER_OFFICE * 2);
    assert.equal(demoReportsPerOffice(300), 2);
    assert.equal(demoReportsPerOffice(1), 1, 'any case brings at least one report per office');
    assert.equal(demoReportsPerOffice(0), 0);
  });
});

describe('seedDemo with a small demo', () => {
  let database: Database;
  let seeded: Awaited<ReturnType<typeof seedDemo>>;
  before(async () => {
    database = await createTestDatabase();
    seeded = await seedDemo(database.db, { cases: 40 });
  });
  after(() => database.close());

  test('seeds exactly the cases asked for, one crime report per office that has prosecutors, and their registry books', async () => {
    const [caseRows] = await database.db.select({ n: count() }).from(cases);
    assert.equal(caseRows?.n, 40);
    const perOffice = await database.db
      .select({ officeId: crimeReports.officeId, n: count() })
      .from(crimeReports)
      .groupBy(crimeReports.officeId);
    assert.ok(perOffice.length > 10, `${perOffice.length} offices with reports`);
    assert.ok(perOffice.every((row) => row.n === 1));
    const booksPerOffice = await database.db
      .select({ officeId: incomingDocuments.officeId, n: count() })
      .from(incomingDocuments)
      .groupBy(incomingDocuments.officeId);
    assert.equal(booksPerOffice.length, perOffice.length, 'every office with prosecutors has a book');
    const incoming = booksPerOffice.reduce((sum, row) => sum + row.n, 0);
    assert.deepEqual(seeded, { crimeReports: perOffice.length, cases: 40, incomingDocuments: incoming });
    const [quangNinh] = await database.db.select({ id: offices.id }).from(offices).where(eq(offices.code, 'QNI'));
    assert.ok(perOffice.some((row) => row.officeId === quangNinh?.id));
  });

  test('seeds nothing into a database that already holds the demo', async () => {
    assert.equal(await seedDemo(database.db, { cases: 40 }), null);
    const [caseRows] = await database.db.select({ n: count() }).from(cases);
    assert.equal(caseRows?.n, 40);
  });
});

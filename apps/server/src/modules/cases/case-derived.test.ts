import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CaseDetail } from '@eprocuracy/domain';
import { eq } from 'drizzle-orm';
import { todayInVietnam } from '../../platform/time.ts';
import { signedIn } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { refreshCaseDerived } from './case-derived.ts';
import { caseInput } from './case-test-fixtures.ts';
import { caseDeadlines, cases } from './cases.schema.ts';

describe('derived fields of a case', () => {
  let t: TestApp;
  let c: CaseDetail;

  before(async () => {
    t = await createTestApp();
    const prosecutor = await signedIn(t.app, 'ksv.quangninh');
    c = (await prosecutor.post('/api/cases', caseInput())).body;
  });
  after(() => t.close());

  test('a refresh of an up-to-date case writes nothing; a damaged one is put right', async () => {
    const db = t.database.db;
    const today = todayInVietnam();
    assert.deepEqual(await refreshCaseDerived(db, [c.id], today), { changed: 0 });
    await db.update(cases).set({ completeness: 1, nextDueDate: null }).where(eq(cases.id, c.id));
    await db.delete(caseDeadlines).where(eq(caseDeadlines.caseId, c.id));
    assert.deepEqual(await refreshCaseDerived(db, [c.id], today), { changed: 1 });
    const [row] = await db.select().from(cases).where(eq(cases.id, c.id));
    assert.equal(row?.completeness, c.completeness);
    assert.equal(row?.nextDueDate, c.nextDeadline?.dueDate);
    const deadlines = await db.select().from(caseDeadlines).where(eq(caseDeadlines.caseId, c.id));
    assert.deepEqual(deadlines.map((d) => d.key).sort(), c.deadlines.map((d) => d.key).sort());
    assert.deepEqual(await refreshCaseDerived(db, [c.id], today), { changed: 0 });
  });
});

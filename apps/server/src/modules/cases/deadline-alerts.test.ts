import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { formatViDate } from '@eprocuracy/domain';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { auditLog } from '../../platform/audit.schema.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { officers, offices } from '../identity/identity.schema.ts';
import { openingDates, openTheftCase, runDeadlineAlerts } from '../notifications/deadline-test-cases.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { caseDeadlines } from './cases.schema.ts';

const INVESTIGATION = 'period:art172_investigation';

describe('the daily deadline alerts job (cases.deadline-alerts)', () => {
  let t: TestApp;
  const today = todayInVietnam();
  const ids = { overdue: '', dueSoon: '', running: '', secret: '', regional: '', elsewhere: '' };
  const officerIds = { prosecutor: '', regional: '', stranger: '', head: '', lowered: '' };
  let leadersQN: string[] = [];
  let leadersRegion: string[] = [];
  let firstJob = '';

  const officerId = async (client: TestClient) => (await client.get('/api/me')).body.officerId as string;
  const leadersOf = async (code: string) =>
    (
      await t.database.db
        .select({ id: officers.id })
        .from(officers)
        .innerJoin(offices, eq(offices.id, officers.officeId))
        .where(and(eq(offices.code, code), sql`'leader' = ANY(${officers.roles})`))
    ).map((r) => r.id);
  const alerts = () => t.database.db.select().from(notifications).where(ne(notifications.kind, 'digest'));
  const outcomeOf = async (jobId: string) => {
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'job'), eq(auditLog.entityId, jobId)));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.action, 'cases.deadline_alerts');
    const changes = rows[0]?.changes as Record<string, { after: unknown }>;
    return Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.after]));
  };

  before(async () => {
    t = await createTestApp();
    const prosecutor = await signedIn(t.app, 'ksv.quangninh');
    const regional = await signedIn(t.app, 'ksv.halong');
    const stranger = await signedIn(t.app, 'ksv.travinh');
    const head = await signedIn(t.app, 'vt.quangninh');
    officerIds.prosecutor = await officerId(prosecutor);
    officerIds.regional = await officerId(regional);
    officerIds.stranger = await officerId(stranger);
    officerIds.head = await officerId(head);
    const dates = openingDates(today);
    ids.overdue = (await openTheftCase(prosecutor, { title: 'Quá hạn', openedOn: dates.overdue })).id;
    ids.dueSoon = (await openTheftCase(prosecutor, { title: 'Sắp hạn', openedOn: dates.dueSoon })).id;
    ids.running = (await openTheftCase(prosecutor, { title: 'Còn hạn', openedOn: dates.running })).id;
    ids.secret = (await openTheftCase(prosecutor, { title: 'Mật', openedOn: dates.overdue, secrecy: 'secret' })).id;
    ids.regional = (await openTheftCase(regional, { title: 'Hạ Long', openedOn: dates.overdue })).id;
    ids.elsewhere = (await openTheftCase(stranger, { title: 'Trà Vinh', openedOn: dates.overdue })).id;
    leadersQN = await leadersOf('QNI');
    leadersRegion = await leadersOf('QNI-KV1');
    assert.ok(leadersQN.length >= 2, 'Quảng Ninh has a head and deputies');
    // A deputy whose clearance does not reach "secret" may not read the secret case, so is not told about it.
    officerIds.lowered = leadersQN.find((id) => id !== officerIds.head) ?? '';
    await t.database.db.update(officers).set({ clearance: 'normal' }).where(eq(officers.id, officerIds.lowered));
    firstJob = await runDeadlineAlerts(t, { batchSize: 2 });
  });
  after(() => t.close());

  const received = async (officer: string) =>
    (await alerts())
      .filter((n) => n.officerId === officer)
      .map((n) => `${n.kind} ${n.caseId}`)
      .sort();

  test('prosecutors hear of due-soon and overdue deadlines, leaders of their office of overdue ones', async () => {
    assert.deepEqual(
      await received(officerIds.prosecutor),
      [`due_soon ${ids.dueSoon}`, `overdue ${ids.overdue}`, `overdue ${ids.secret}`].sort(),
    );
    for (const leader of leadersQN.filter((id) => id !== officerIds.lowered))
      assert.deepEqual(await received(leader), [`overdue ${ids.overdue}`, `overdue ${ids.secret}`].sort());
    assert.deepEqual(await received(officerIds.lowered), [`overdue ${ids.overdue}`]);
    assert.deepEqual(await received(officerIds.regional), [`overdue ${ids.regional}`]);
    for (const leader of leadersRegion) assert.deepEqual(await received(leader), [`overdue ${ids.regional}`]);
    assert.deepEqual(await received(officerIds.stranger), [`overdue ${ids.elsewhere}`]);
    const all = await alerts();
    assert.ok(!all.some((n) => n.caseId === ids.running), 'a deadline far ahead alerts nobody');
    const leadersTV = await leadersOf('TVH');
    assert.equal(all.length, 3 + (leadersQN.length - 1) * 2 + 1 + 1 + leadersRegion.length + 1 + leadersTV.length);
  });

  test('each alert names the deadline, the case and the due day, keyed by case, deadline and due date', async () => {
    const [due] = await t.database.db
      .select()
      .from(caseDeadlines)
      .where(and(eq(caseDeadlines.caseId, ids.overdue), eq(caseDeadlines.key, INVESTIGATION)));
    assert.ok(due);
    const [alert] = (await alerts()).filter((n) => n.officerId === officerIds.prosecutor && n.caseId === ids.overdue);
    assert.ok(alert);
    assert.equal(alert.subjectKey, `${ids.overdue}:${INVESTIGATION}:${due.dueDate}`);
    assert.equal(alert.dueDate, due.dueDate);
    assert.match(alert.titleVi, /^Quá hạn: Thời hạn điều tra — vụ án \d+\/\d{4}\/QNI, hạn /);
    assert.ok(alert.titleVi.endsWith(formatViDate(due.dueDate)));
    assert.match(alert.titleEn, /^Overdue: Investigation period — case \d+\/\d{4}\/QNI, due /);
    assert.equal(alert.readAt, null);
  });

  test('one digest per officer for the day, with their own counts and, for leaders, the office’s', async () => {
    const digests = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'digest'));
    const digestOf = (officer: string) => digests.filter((d) => d.officerId === officer);
    const day = formatViDate(today);
    const [mine] = digestOf(officerIds.prosecutor);
    assert.equal(digestOf(officerIds.prosecutor).length, 1);
    assert.equal(mine?.subjectKey, `digest:${today}`);
    assert.equal(mine?.titleVi, `Tổng hợp ngày ${day}: 2 việc quá hạn, 1 việc sắp đến hạn`);
    assert.equal(mine?.titleEn, `Summary for ${day}: 2 overdue, 1 due soon`);
    assert.equal(digestOf(officerIds.head)[0]?.titleVi, `Tổng hợp ngày ${day}: đơn vị có 2 việc quá hạn`);
    assert.equal(digestOf(officerIds.lowered)[0]?.titleVi, `Tổng hợp ngày ${day}: đơn vị có 1 việc quá hạn`);
    const officersWithWork = new Set([
      officerIds.prosecutor,
      officerIds.regional,
      officerIds.stranger,
      ...leadersQN,
      ...leadersRegion,
      ...(await leadersOf('TVH')),
    ]);
    assert.deepEqual(new Set(digests.map((d) => d.officerId)), officersWithWork);
  });

  test('the outcome is recorded once with the cases walked and their rate', async () => {
    const outcome = await outcomeOf(firstJob);
    assert.equal(outcome.date, today);
    assert.equal(outcome.cases, 6);
    assert.equal(outcome.alerts, (await alerts()).length);
    assert.equal(outcome.digests, (await t.database.db.select().from(notifications)).length - (await alerts()).length);
    assert.ok(Number(outcome.casesPerSecond) > 0);
  });

  test('running it again sends nothing new and restores deadlines recomputed from the case', async () => {
    const before = (await t.database.db.select().from(notifications)).length;
    await t.database.db.delete(caseDeadlines).where(inArray(caseDeadlines.caseId, [ids.dueSoon, ids.running]));
    const again = await runDeadlineAlerts(t);
    assert.equal((await t.database.db.select().from(notifications)).length, before);
    const outcome = await outcomeOf(again);
    assert.equal(outcome.cases, 6);
    assert.equal(outcome.alerts, 0);
    assert.equal(outcome.digests, 0);
    const restored = await t.database.db
      .select({ caseId: caseDeadlines.caseId })
      .from(caseDeadlines)
      .where(inArray(caseDeadlines.caseId, [ids.dueSoon, ids.running]));
    assert.equal(restored.length, 2, 'the job recomputes each live case’s deadlines');
  });

  test('an admin may ask for a run now (one at a time); others may not', async () => {
    const admin = await signedIn(t.app, 'admin');
    const first = await admin.post('/api/deadlines/alerts/run');
    assert.equal(first.status, 202, first.text);
    assert.match(first.body.jobId, /^[0-9a-f-]{36}$/);
    const second = await admin.post('/api/deadlines/alerts/run');
    assert.equal(second.status, 202);
    assert.equal(second.body.jobId, null, 'a requested run still queued is not queued twice');
    const prosecutor = await signedIn(t.app, 'ksv.quangninh');
    assert.equal((await prosecutor.post('/api/deadlines/alerts/run')).status, 403);
  });
});

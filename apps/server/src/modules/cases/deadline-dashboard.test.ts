import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, ne } from 'drizzle-orm';
import { parseConfig } from '../../config.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { signedIn, TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { officers, offices } from '../identity/identity.schema.ts';
import { openingDates, openTheftCase } from '../notifications/deadline-test-cases.ts';

type Item = { caseId: string; caseCode: string; state: string; daysLeft: number; [k: string]: unknown };

describe('deadline dashboard (GET /api/deadlines)', () => {
  let t: TestApp;
  let prosecutor: TestClient;
  let regional: TestClient;
  let stranger: TestClient;
  let leader: TestClient;
  let colleague: TestClient;
  const ids = { overdue: '', dueSoon: '', running: '', secret: '', regional: '', region2: '', elsewhere: '' };
  let regionalOfficeId = '';

  before(async () => {
    t = await createTestApp();
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    regional = await signedIn(t.app, 'ksv.halong');
    stranger = await signedIn(t.app, 'ksv.travinh');
    leader = await signedIn(t.app, 'vt.quangninh');
    const prosecutorOf = async (code: string) => {
      const [found] = await t.database.db
        .select({ username: officers.username })
        .from(officers)
        .innerJoin(offices, eq(offices.id, officers.officeId))
        .where(and(eq(offices.code, code), eq(officers.position, 'prosecutor'), ne(officers.username, 'ksv.quangninh')))
        .limit(1);
      assert.ok(found);
      return signedIn(t.app, found.username);
    };
    colleague = await prosecutorOf('QNI');
    const secondRegion = await prosecutorOf('QNI-KV2');
    const dates = openingDates(todayInVietnam());
    ids.overdue = (await openTheftCase(prosecutor, { title: 'Trộm xe máy (quá hạn)', openedOn: dates.overdue })).id;
    ids.dueSoon = (await openTheftCase(prosecutor, { title: 'Trộm điện thoại (sắp hạn)', openedOn: dates.dueSoon })).id;
    ids.running = (await openTheftCase(prosecutor, { title: 'Trộm gà (còn hạn)', openedOn: dates.running })).id;
    ids.secret = (
      await openTheftCase(prosecutor, { title: 'Vụ án mật', openedOn: dates.overdue, secrecy: 'secret' })
    ).id;
    const atRegion = await openTheftCase(regional, { title: 'Trộm ở Hạ Long', openedOn: dates.overdue });
    ids.regional = atRegion.id;
    regionalOfficeId = atRegion.officeId;
    ids.region2 = (await openTheftCase(secondRegion, { title: 'Trộm ở Cẩm Phả', openedOn: dates.dueSoon })).id;
    ids.elsewhere = (await openTheftCase(stranger, { title: 'Trộm ở Trà Vinh', openedOn: dates.overdue })).id;
  });
  after(() => t.close());

  const dashboard = async (client: TestClient, query: string) => {
    const reply = await client.get(`/api/deadlines?${query}`);
    assert.equal(reply.status, 200, reply.text);
    return reply.body as {
      items: Item[];
      total: number;
      counts: { overdue: number; dueSoon: number };
      byOffice: { officeId: string; officeName: string; overdue: number; dueSoon: number }[];
    };
  };
  const caseIds = (items: Item[]) => items.map((i) => i.caseId);

  test('mine: the prosecutor’s overdue and due-soon deadlines, soonest first, with counts', async () => {
    const me = (await prosecutor.get('/api/me')).body;
    const body = await dashboard(prosecutor, 'scope=mine');
    assert.deepEqual(caseIds(body.items), [ids.overdue, ids.secret, ids.dueSoon], 'a running deadline is not listed');
    assert.deepEqual(body.counts, { overdue: 2, dueSoon: 1 });
    assert.equal(body.total, 3);
    const [late, , soon] = body.items;
    assert.ok(late && soon);
    assert.equal(late.state, 'overdue');
    assert.ok(late.daysLeft < 0);
    assert.equal(soon.state, 'due_soon');
    assert.ok(soon.daysLeft >= 0 && soon.daysLeft <= 10);
    assert.match(late.caseCode, /^\d+\/\d{4}\/QNI$/);
    assert.equal(late.caseTitle, 'Trộm xe máy (quá hạn)');
    assert.deepEqual(late.label, { vi: 'Thời hạn điều tra', en: 'Investigation period' });
    assert.equal(late.basis, 'Điều 172 khoản 1 BLTTHS');
    assert.equal(late.kind, 'period');
    assert.deepEqual(late.prosecutors, [me.fullName]);
    assert.deepEqual(body.byOffice, []);
  });

  test('mine: filtered by state, and paged', async () => {
    const overdue = await dashboard(prosecutor, 'scope=mine&state=overdue');
    assert.deepEqual(caseIds(overdue.items), [ids.overdue, ids.secret]);
    assert.equal(overdue.total, 2);
    const soon = await dashboard(prosecutor, 'scope=mine&state=due_soon');
    assert.deepEqual(caseIds(soon.items), [ids.dueSoon]);
    assert.equal(soon.total, 1);
    const page = await dashboard(prosecutor, 'scope=mine&limit=1&offset=1');
    assert.deepEqual(caseIds(page.items), [ids.secret]);
    assert.equal(page.total, 3);
  });

  test('office: the leader sees the office’s deadlines, not those of the offices below', async () => {
    const body = await dashboard(leader, 'scope=office');
    assert.deepEqual(caseIds(body.items), [ids.overdue, ids.secret, ids.dueSoon]);
    assert.deepEqual(body.counts, { overdue: 2, dueSoon: 1 });
  });

  test('below: the leader of the province sees the regional offices’ deadlines, counted per office', async () => {
    const body = await dashboard(leader, 'scope=below');
    assert.deepEqual(caseIds(body.items), [ids.regional, ids.region2]);
    assert.deepEqual(body.counts, { overdue: 1, dueSoon: 1 });
    assert.deepEqual(
      body.byOffice.map((o) => [o.overdue, o.dueSoon]),
      [
        [1, 0],
        [0, 1],
      ],
      'offices with the most overdue first',
    );
    assert.equal(body.byOffice[0]?.officeId, regionalOfficeId);
    assert.match(body.byOffice[0]?.officeName ?? '', /khu vực 1/i);
    const narrowed = await dashboard(leader, `scope=below&officeId=${regionalOfficeId}`);
    assert.deepEqual(caseIds(narrowed.items), [ids.regional]);
    assert.deepEqual(narrowed.counts, { overdue: 1, dueSoon: 0 });
    assert.deepEqual(narrowed.byOffice, body.byOffice, 'picking an office keeps the per-office table whole');
    const stranger = (await t.database.db.select().from(offices).where(eq(offices.code, 'TVH')))[0];
    assert.ok(stranger);
    const elsewhere = await dashboard(leader, `scope=below&officeId=${stranger.id}`);
    assert.deepEqual(elsewhere.items, []);
    assert.deepEqual(elsewhere.counts, { overdue: 0, dueSoon: 0 });
  });

  test('another province sees nothing of Quảng Ninh, whatever the scope', async () => {
    assert.deepEqual(caseIds((await dashboard(stranger, 'scope=mine')).items), [ids.elsewhere]);
    assert.deepEqual(caseIds((await dashboard(stranger, 'scope=office')).items), [ids.elsewhere]);
    const below = await dashboard(stranger, 'scope=below');
    assert.deepEqual(below.items, []);
    assert.deepEqual(below.counts, { overdue: 0, dueSoon: 0 });
  });

  test('an unassigned colleague sees the office’s ordinary cases but not the secret one', async () => {
    assert.deepEqual((await dashboard(colleague, 'scope=mine')).items, []);
    const office = await dashboard(colleague, 'scope=office');
    assert.deepEqual(caseIds(office.items), [ids.overdue, ids.dueSoon]);
    assert.deepEqual(office.counts, { overdue: 1, dueSoon: 1 });
    const regionalOffice = await dashboard(regional, 'scope=office');
    assert.deepEqual(caseIds(regionalOffice.items), [ids.regional]);
  });

  test('a bad query is refused with the failing field; signed out is 401', async () => {
    const bad = await prosecutor.get('/api/deadlines?scope=everything');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.fields[0].field, 'query.scope');
    assert.equal((await prosecutor.get('/api/deadlines?limit=0')).status, 400);
    assert.equal((await new TestClient(t.app).get('/api/deadlines')).status, 401);
  });

  test('DEADLINE_SOON_DAYS is a whole number of days between 1 and 90, 10 by default', () => {
    assert.equal(parseConfig({}).DEADLINE_SOON_DAYS, 10);
    assert.equal(parseConfig({ DEADLINE_SOON_DAYS: '15' }).DEADLINE_SOON_DAYS, 15);
    for (const bad of ['0', '91', '2.5', 'soon'])
      assert.throws(() => parseConfig({ DEADLINE_SOON_DAYS: bad }), /DEADLINE_SOON_DAYS/);
  });
});

import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { addDays } from '@eprocuracy/domain';
import { sql } from 'drizzle-orm';
import { backupToFile, restoreFromFile } from '../../platform/backup.ts';
import type { Database } from '../../platform/db.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, createTestDatabase, type TestApp } from '../../test/harness.ts';

const TABLES = ['number_sequences', 'crime_reports', 'crime_report_assignments', 'crime_report_events'];

/** Every row of the module's tables as text, to compare two databases. */
const dumpTables = async (database: Database) => {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    const result = (await database.db.execute(
      sql.raw(`SELECT t::text AS row FROM "${table}" t ORDER BY t::text`),
    )) as unknown as { rows: { row: string }[] };
    out[table] = result.rows.map((r) => r.row);
  }
  return out;
};

type Field = { field: string; vi: string; en: string };

const report = (overrides: Record<string, unknown> = {}) => ({
  kind: 'denunciation',
  receivedOn: '2026-03-02',
  source: 'Nguyễn Văn A, trú tại phường Hồng Gai',
  summary: 'Tố giác hành vi trộm cắp xe máy tại chợ Hạ Long',
  suspectedOffence: { article: '173', clause: 1 },
  investigatingBodyName: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
  investigatingBodyCode: 'CSDT-QNI',
  ...overrides,
});

describe('crime reports over HTTP', () => {
  let t: TestApp;
  let leader: TestClient;
  let prosecutor: TestClient;
  let stranger: TestClient;
  let admin: TestClient;
  let prosecutorId: string;

  before(async () => {
    t = await createTestApp();
    leader = await signedIn(t.app, 'vt.quangninh');
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    stranger = await signedIn(t.app, 'ksv.travinh');
    admin = await signedIn(t.app, 'admin');
    prosecutorId = (await prosecutor.get('/api/me')).body.officerId;
  });
  after(() => t.close());

  const auditOf = async (action: string, entityId: string) =>
    (await admin.get(`/api/audit?action=${action}&entityId=${entityId}`)).body as {
      changes: Record<string, { before: unknown; after: unknown }>;
    }[];

  test('numbers are consecutive per office and year, with no gap after a refused registration', async () => {
    const clerk = await signedIn(t.app, 'vanthu.hanoi');
    const first = await clerk.post('/api/crime-reports', report({ summary: 'Tin báo số một' }));
    assert.equal(first.status, 201, first.text);
    assert.equal(first.body.number, 1);
    assert.equal(first.body.year, 2026);
    assert.match(first.body.code, /^1\/2026\/HNI$/);
    const unknown = await clerk.post('/api/crime-reports', report({ suspectedOffence: { article: '999' } }));
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.fields[0].field, 'suspectedOffence.article');
    assert.match(unknown.body.fields[0].vi, /Điều 999/);
    const second = await clerk.post('/api/crime-reports', report({ summary: 'Tin báo số hai' }));
    assert.equal(second.body.number, 2);
    const otherYear = await clerk.post('/api/crime-reports', report({ receivedOn: '2025-12-30' }));
    assert.equal(otherYear.body.number, 1, 'each year starts its own register');
    const elsewhere = await leader.post('/api/crime-reports', report({ receivedOn: '2026-01-05' }));
    assert.equal(elsewhere.status, 201);
    assert.equal(elsewhere.body.code.endsWith('/2026/QNI'), true);

    const entries = await auditOf('crime_report.registered', first.body.id);
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0]?.changes.summary, { before: null, after: 'Tin báo số một' });

    const statistician = await signedIn(t.app, 'thongke.hanoi');
    assert.equal((await statistician.post('/api/crime-reports', report())).status, 403);
    assert.equal((await clerk.post(`/api/crime-reports/${first.body.id}/settle`, settle())).status, 403);
  });

  test('validation errors name the fields in Vietnamese and English', async () => {
    const reply = await leader.post('/api/crime-reports', { ...report({ kind: 'rumour' }), summary: '', extra: 1 });
    assert.equal(reply.status, 400);
    const fields = (reply.body.fields as Field[]).map((f) => f.field);
    for (const name of ['kind', 'summary']) assert.ok(fields.includes(name), `${name} in ${fields}`);
    assert.ok((reply.body.fields as Field[]).every((f) => f.vi && f.en));
    const badClause = await leader.post(
      '/api/crime-reports',
      report({ suspectedOffence: { article: '173', clause: 9 } }),
    );
    assert.equal(badClause.body.fields[0].field, 'suspectedOffence.clause');
    const future = await leader.post('/api/crime-reports', report({ receivedOn: addDays(todayInVietnam(), 2) }));
    assert.equal(future.body.fields[0].field, 'receivedOn');
  });

  test('the deadline is 20 days from receipt, with its basis and arithmetic', async () => {
    const created = (await leader.post('/api/crime-reports', report())).body;
    const { deadline } = (await leader.get(`/api/crime-reports/${created.id}`)).body;
    assert.equal(deadline.state, 'running');
    assert.equal(deadline.due, '2026-03-22');
    assert.equal(deadline.basis, 'Điều 147 khoản 1 BLTTHS');
    assert.ok(deadline.steps.length >= 2);
    assert.match(deadline.steps[0].vi, /20 ngày/);
    assert.equal(deadline.overdue, true);
    assert.ok(deadline.daysLeft < 0);
  });

  test('extensions follow Art. 147(2),(3) and a longer one is refused citing the article', async () => {
    const { id } = (await leader.post('/api/crime-reports', report())).body;
    const tooLong = await leader.post(`/api/crime-reports/${id}/extensions`, {
      months: 3,
      grantedOn: '2026-03-20',
      grantedBy: 'Thủ trưởng CQĐT',
    });
    assert.equal(tooLong.status, 400);
    assert.equal(tooLong.body.fields[0].field, 'months');
    assert.match(tooLong.body.fields[0].vi, /Điều 147/);
    assert.match(tooLong.body.fields[0].en, /Art\. 147/);
    const first = await leader.post(`/api/crime-reports/${id}/extensions`, {
      months: 2,
      grantedOn: '2026-03-20',
      grantedBy: 'Thủ trưởng CQĐT',
    });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.deadline.due, '2026-05-04');
    const second = await leader.post(`/api/crime-reports/${id}/extensions`, {
      months: 2,
      grantedOn: '2026-04-28',
      grantedBy: 'Viện trưởng VKSND tỉnh',
    });
    assert.equal(second.body.deadline.due, '2026-07-06');
    const third = await leader.post(`/api/crime-reports/${id}/extensions`, {
      months: 1,
      grantedOn: '2026-07-01',
      grantedBy: 'Viện trưởng VKSND tỉnh',
    });
    assert.equal(third.status, 400);
    assert.match(third.body.fields[0].vi, /Điều 147/);
    const late = await leader.post(
      `/api/crime-reports/${(await leader.post('/api/crime-reports', report())).body.id}/extensions`,
      {
        months: 2,
        grantedOn: '2026-04-01',
        grantedBy: 'Thủ trưởng CQĐT',
      },
    );
    assert.equal(late.body.fields[0].field, 'grantedOn', 'granted after the 20 days expired');
    const entries = await auditOf('crime_report.extension_granted', id);
    assert.equal(entries.length, 2);
  });

  test('the leader assigns a prosecutor, who then sees it among their reports and may act on it', async () => {
    const { id } = (await leader.post('/api/crime-reports', report({ summary: 'Đánh bạc tại Cẩm Phả' }))).body;
    assert.equal(
      (await prosecutor.post(`/api/crime-reports/${id}/assignments`, { officerId: prosecutorId })).status,
      403,
    );
    const assigned = await leader.post(`/api/crime-reports/${id}/assignments`, { officerId: prosecutorId });
    assert.equal(assigned.status, 200, assigned.text);
    assert.equal(assigned.body.status, 'assigned');
    assert.deepEqual(
      assigned.body.assignees.map((a: { officerId: string }) => a.officerId),
      [prosecutorId],
    );
    const again = await leader.post(`/api/crime-reports/${id}/assignments`, { officerId: prosecutorId });
    assert.equal(again.status, 409);
    const strangerId = (await stranger.get('/api/me')).body.officerId;
    const foreign = await leader.post(`/api/crime-reports/${id}/assignments`, { officerId: strangerId });
    assert.equal(foreign.body.fields[0].field, 'officerId');

    const mine = await prosecutor.get('/api/crime-reports?mine=true');
    assert.deepEqual(
      mine.body.items.map((r: { id: string }) => r.id),
      [id],
    );
    const dropped = await leader.request('DELETE', `/api/crime-reports/${id}/assignments/${prosecutorId}`);
    assert.equal(dropped.status, 200, dropped.text);
    assert.deepEqual(dropped.body.assignees, []);
    assert.deepEqual((await prosecutor.get('/api/crime-reports?mine=true')).body.items, []);
    assert.equal((await leader.request('DELETE', `/api/crime-reports/${id}/assignments/${prosecutorId}`)).status, 404);
    await leader.post(`/api/crime-reports/${id}/assignments`, { officerId: prosecutorId });
    assert.equal((await prosecutor.get('/api/crime-reports?mine=true')).body.total, 1, 'assigned again');
    const entries = await auditOf('crime_report.assigned', id);
    assert.equal(entries.length, 2);
    const firstEntry = entries.find((e) => e.changes.status);
    assert.deepEqual(firstEntry?.changes.assignees, { before: [], after: [prosecutorId] });
    assert.deepEqual(firstEntry?.changes.status, { before: 'received', after: 'assigned' });
    assert.equal((await auditOf('crime_report.unassigned', id)).length, 1);

    const found = await prosecutor.get('/api/crime-reports?q=danh bac cam pha');
    assert.equal(found.body.total, 1, 'search ignores diacritics');

    const settled = await prosecutor.post(`/api/crime-reports/${id}/settle`, settle('open_case'));
    assert.equal(settled.status, 200, settled.text);
    assert.equal(settled.body.status, 'settled');
    assert.equal(settled.body.outcome, 'opened_case');
    assert.equal(settled.body.deadline.state, 'stopped');
    assert.equal((await prosecutor.post(`/api/crime-reports/${id}/settle`, settle('refuse'))).status, 409);
  });

  test('another province gets 404 and an empty list', async () => {
    const { id } = (await leader.post('/api/crime-reports', report())).body;
    const reply = await stranger.get(`/api/crime-reports/${id}`);
    assert.equal(reply.status, 404);
    const missing = await stranger.get('/api/crime-reports/01890000-0000-7000-8000-000000000000');
    assert.equal(missing.body.detail, reply.body.detail);
    const list = await stranger.get('/api/crime-reports?limit=500');
    assert.equal(list.body.items.length, 0);
    assert.equal(list.body.total, 0);
    assert.equal((await stranger.post(`/api/crime-reports/${id}/settle`, settle())).status, 404);
  });

  test('the office filter, with or without the offices below', async () => {
    const offices = (await admin.get('/api/offices')).body as { id: string; code: string }[];
    const qni = offices.find((o) => o.code === 'QNI')?.id;
    const regional = await signedIn(t.app, 'ksv.halong');
    const below = (await regional.post('/api/crime-reports', report({ summary: 'Tin báo khu vực 1' }))).body;
    const own = (await leader.get(`/api/crime-reports?officeId=${qni}&limit=500`)).body.items;
    assert.ok(!own.some((r: { id: string }) => r.id === below.id));
    const all = (await leader.get(`/api/crime-reports?officeId=${qni}&subtree=true&limit=500`)).body.items;
    assert.ok(all.some((r: { id: string }) => r.id === below.id));
    assert.equal(all.length, own.length + 1);
  });

  test('a secret report is hidden from an unassigned prosecutor of the office, visible to the leader', async () => {
    const { id } = (await leader.post('/api/crime-reports', report({ secrecy: 'secret', summary: 'Tin mật' }))).body;
    assert.equal((await prosecutor.get(`/api/crime-reports/${id}`)).status, 404);
    const list = await prosecutor.get('/api/crime-reports?limit=500');
    assert.ok(!list.body.items.some((r: { id: string }) => r.id === id));
    assert.ok(list.body.items.length > 0, 'the normal reports of the office stay visible');
    assert.equal((await leader.get(`/api/crime-reports/${id}`)).status, 200);
    await leader.post(`/api/crime-reports/${id}/assignments`, { officerId: prosecutorId });
    const detail = (await prosecutor.get(`/api/crime-reports/${id}`)).body;
    assert.equal(detail.status, 'assigned', 'once assigned');
    assert.deepEqual(
      detail.events.map((e: { kind: string }) => e.kind),
      ['registered', 'assigned'],
    );
    assert.ok(detail.events.every((e: { actorName: string | null }) => e.actorName));
  });

  test('overdue and due-soon filters use the computed deadline; suspension stops it, resumption restarts it', async () => {
    const today = todayInVietnam();
    const old = (await leader.post('/api/crime-reports', report({ receivedOn: '2026-01-05' }))).body;
    const fresh = (await leader.post('/api/crime-reports', report({ receivedOn: addDays(today, -5) }))).body;
    assert.equal(fresh.deadline.daysLeft, 15);
    const overdue = (await leader.get('/api/crime-reports?overdue=true&limit=500')).body;
    const ids = overdue.items.map((r: { id: string }) => r.id);
    assert.ok(ids.includes(old.id));
    assert.ok(!ids.includes(fresh.id));
    assert.equal(overdue.total, overdue.items.length);
    const soon = (await leader.get('/api/crime-reports?dueSoon=20')).body.items.map((r: { id: string }) => r.id);
    assert.deepEqual(soon, [fresh.id]);
    assert.deepEqual((await leader.get('/api/crime-reports?dueSoon=10')).body.items, []);

    const suspended = await leader.post(`/api/crime-reports/${fresh.id}/suspend`, {
      decisionNumber: '01/QĐ-TĐC',
      date: today,
    });
    assert.equal(suspended.body.status, 'suspended');
    assert.equal(suspended.body.deadline.state, 'stopped');
    assert.match(suspended.body.deadline.reason.vi, /Điều 148/);
    assert.deepEqual((await leader.get('/api/crime-reports?dueSoon=20')).body.items, []);
    const resumed = await leader.post(`/api/crime-reports/${fresh.id}/resume`, {
      decisionNumber: '02/QĐ-PH',
      date: today,
    });
    assert.equal(resumed.body.status, 'resumed');
    assert.equal(resumed.body.deadline.due, addDays(today, 20));
    assert.match(resumed.body.deadline.steps[0].vi, /Điều 149/);
  });

  test('backup and restore carry the registers, assignments and events', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'crime-reports-'));
    const target = await createTestDatabase();
    try {
      const file = path.join(dir, 'backup.gz');
      await backupToFile(t.database, file);
      await restoreFromFile(target, file);
      const expected = await dumpTables(t.database);
      assert.ok((expected.crime_report_events?.length ?? 0) > 10);
      assert.deepEqual(await dumpTables(target), expected);
      const appendOnly = (error: Error & { cause?: Error }) =>
        /append-only/.test(error.cause?.message ?? error.message);
      await assert.rejects(t.database.db.execute(sql`UPDATE crime_report_events SET kind = 'x'`), appendOnly);
      await assert.rejects(t.database.db.execute(sql`DELETE FROM crime_report_events`), appendOnly);
    } finally {
      await target.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

function settle(outcome = 'refuse') {
  return { outcome, decisionNumber: '15/QĐ-KTVA', date: '2026-03-10' };
}

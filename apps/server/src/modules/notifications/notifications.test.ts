import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { todayInVietnam } from '../../platform/time.ts';
import { signedIn, TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { openingDates, openTheftCase, runDeadlineAlerts } from './deadline-test-cases.ts';

type Listed = {
  items: { id: string; kind: string; caseId: string | null; caseCode: string | null; readAt: string | null }[];
  unread: number;
};

describe('notifications over HTTP', () => {
  let t: TestApp;
  let prosecutor: TestClient;
  let stranger: TestClient;
  const cases = { overdue: { id: '', code: '' }, dueSoon: { id: '', code: '' } };

  before(async () => {
    t = await createTestApp();
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    stranger = await signedIn(t.app, 'ksv.travinh');
    const dates = openingDates(todayInVietnam());
    cases.overdue = await openTheftCase(prosecutor, { title: 'Trộm xe máy', openedOn: dates.overdue });
    cases.dueSoon = await openTheftCase(prosecutor, { title: 'Trộm điện thoại', openedOn: dates.dueSoon });
    await runDeadlineAlerts(t);
  });
  after(() => t.close());

  const list = async (client: TestClient, query = '') => {
    const reply = await client.get(`/api/notifications${query}`);
    assert.equal(reply.status, 200, reply.text);
    return reply.body as Listed;
  };

  test('an officer lists their own notifications with the case code, and the unread count', async () => {
    const body = await list(prosecutor);
    assert.equal(body.unread, 3);
    assert.deepEqual(body.items.map((n) => n.kind).sort(), ['digest', 'due_soon', 'overdue']);
    const overdue = body.items.find((n) => n.kind === 'overdue');
    assert.equal(overdue?.caseId, cases.overdue.id);
    assert.equal(overdue?.caseCode, cases.overdue.code);
    assert.equal(body.items.find((n) => n.kind === 'digest')?.caseCode, null);
    assert.ok(body.items.every((n) => n.readAt === null));
    assert.equal((await list(prosecutor, '?limit=1')).items.length, 1);
    const theirs = await list(stranger);
    assert.deepEqual(theirs, { items: [], unread: 0 }, 'nothing of Quảng Ninh reaches Trà Vinh');
  });

  test('marking one read: only one’s own; anyone else’s id is a 404 and changes nothing', async () => {
    const [first] = (await list(prosecutor, '?unread=true')).items;
    assert.ok(first);
    const refused = await stranger.post(`/api/notifications/${first.id}/read`);
    assert.equal(refused.status, 404);
    assert.equal(refused.body.code, 'NOT_FOUND');
    assert.equal((await list(prosecutor)).unread, 3);
    const read = await prosecutor.post(`/api/notifications/${first.id}/read`);
    assert.equal(read.status, 200, read.text);
    assert.deepEqual(read.body, { unread: 2 });
    const readAt = (await list(prosecutor)).items.find((n) => n.id === first.id)?.readAt;
    assert.ok(readAt);
    assert.deepEqual((await prosecutor.post(`/api/notifications/${first.id}/read`)).body, { unread: 2 });
    assert.equal(
      (await list(prosecutor)).items.find((n) => n.id === first.id)?.readAt,
      readAt,
      'the first read counts',
    );
    const unread = await list(prosecutor, '?unread=true');
    assert.equal(unread.items.length, 2);
    assert.ok(!unread.items.some((n) => n.id === first.id));
    assert.equal((await prosecutor.post('/api/notifications/00000000-0000-7000-8000-000000000000/read')).status, 404);
    assert.equal((await prosecutor.post('/api/notifications/not-an-id/read')).status, 400);
  });

  test('marking all read', async () => {
    const reply = await prosecutor.post('/api/notifications/read-all');
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual(reply.body, { marked: 2, unread: 0 });
    assert.deepEqual((await list(prosecutor, '?unread=true')).items, []);
    assert.equal((await list(prosecutor)).items.length, 3);
  });

  test('a re-run of the job brings back nothing already read', async () => {
    await runDeadlineAlerts(t);
    assert.equal((await list(prosecutor)).unread, 0);
  });

  test('signed out: 401; a bad query: 400', async () => {
    const anonymous = new TestClient(t.app);
    assert.equal((await anonymous.get('/api/notifications')).status, 401);
    assert.equal((await prosecutor.get('/api/notifications?limit=1000')).status, 400);
    assert.equal((await prosecutor.get('/api/notifications?unread=yes')).status, 400);
  });
});

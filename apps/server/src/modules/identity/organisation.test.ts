import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

type Office = { id: string; code: string; parentId: string | null; status: string };

describe('organisation: offices and officers over their history', () => {
  let t: TestApp;
  let admin: TestClient;
  const offices = async (includeClosed = false): Promise<Office[]> =>
    (await admin.get(`/api/offices?includeClosed=${includeClosed}`)).body;
  const byCode = async (code: string) => (await offices(true)).find((o) => o.code === code) as Office;
  const staffOf = async (officeId: string) =>
    (await admin.get(`/api/officers?officeId=${officeId}&limit=500`)).body.items;

  before(async () => {
    t = await createTestApp();
    admin = await signedIn(t.app, 'admin');
  });
  after(() => t.close());

  test('merging regional offices closes them, moves their staff, and keeps the history', async () => {
    const kv3 = await byCode('QNI-KV3');
    const kv4 = await byCode('QNI-KV4');
    const staff = [...(await staffOf(kv3.id)), ...(await staffOf(kv4.id))];
    const merged = await admin.post('/api/offices/merge', {
      sourceIds: [kv3.id, kv4.id],
      into: { newOffice: { code: 'QNI-KV34', name: 'Viện kiểm sát nhân dân khu vực 3 – Quảng Ninh (mới)' } },
      effectiveDate: '2026-12-01',
      reason: 'Sắp xếp tổ chức bộ máy',
    });
    assert.equal(merged.status, 200, merged.text);
    const target = merged.body as Office;
    assert.equal(target.parentId, (await byCode('QNI')).id);
    const active = (await offices()).map((o) => o.code);
    assert.ok(!active.includes('QNI-KV3') && active.includes('QNI-KV34'));
    const closed = await byCode('QNI-KV3');
    assert.equal(closed.status, 'merged');
    assert.equal(
      closed.parentId,
      target.id,
      'the closed office sits under its successor, so its records stay reachable',
    );
    const moved = await staffOf(target.id);
    assert.equal(moved.length, staff.length);
    const postings = (await admin.get(`/api/officers/${staff[0].id}/postings`)).body;
    assert.equal(postings.length, 2);
    assert.equal(postings[0].toDate, '2026-12-01');
    const history = (await admin.get(`/api/offices/${kv3.id}/history`)).body;
    assert.ok(history.some((e: { kind: string }) => e.kind === 'merged'));
    const head = await signedIn(t.app, 'vt.quangninh');
    assert.equal((await head.get(`/api/offices/${kv3.id}`)).status, 200);
  });

  test('splitting an office creates its successors under the same parent', async () => {
    const source = await byCode('NAN-KV4');
    const split = await admin.post('/api/offices/split', {
      sourceId: source.id,
      into: [
        { code: 'NAN-KV4A', name: 'Viện kiểm sát nhân dân khu vực 4A – Nghệ An' },
        { code: 'NAN-KV4B', name: 'Viện kiểm sát nhân dân khu vực 4B – Nghệ An' },
      ],
      effectiveDate: '2026-12-01',
      reason: 'Chia tách địa bàn',
    });
    assert.equal(split.status, 200, split.text);
    assert.equal(split.body.length, 2);
    assert.ok(split.body.every((o: Office) => o.parentId === source.parentId));
    assert.equal((await byCode('NAN-KV4')).status, 'split');
    assert.ok((await staffOf(split.body[0].id)).length > 0);
  });

  test('a reorganisation that fails validation changes nothing', async () => {
    const before = await offices(true);
    const kv1 = await byCode('QNI-KV1');
    const bad = await admin.post('/api/offices/merge', {
      sourceIds: [kv1.id],
      into: { newOffice: { code: 'QNI', name: 'Trùng mã' } },
      effectiveDate: '2026-12-01',
      reason: 'x',
    });
    assert.equal(bad.status, 409);
    assert.equal(bad.body.fields[0].field, 'code');
    assert.deepEqual(await offices(true), before);
  });

  test('an officer is transferred with the posting history kept', async () => {
    const [officer] = await staffOf((await byCode('HNI-KV1')).id);
    const target = await byCode('HCM');
    const moved = await admin.post(`/api/officers/${officer.id}/transfer`, {
      toOfficeId: target.id,
      position: 'deputy_head',
      effectiveDate: '2026-12-15',
      reason: 'Điều động theo quyết định số 12/QĐ-VKSTC',
    });
    assert.equal(moved.status, 200, moved.text);
    assert.equal(moved.body.officeId, target.id);
    const postings = (await admin.get(`/api/officers/${officer.id}/postings`)).body;
    assert.deepEqual(
      postings.map((p: { officeName: string; toDate: string | null }) => [p.officeName, p.toDate]),
      [
        [officer.officeName, '2026-12-15'],
        ['Viện kiểm sát nhân dân Thành phố Hồ Chí Minh', null],
      ],
    );
    const audit = (await admin.get(`/api/audit?entityId=${officer.id}&action=officer.transfer`)).body;
    assert.equal(audit[0].changes.officeId.after, target.id);
  });

  test('office levels are data: the root admin adds one, a provincial admin cannot', async () => {
    const level = { code: 'commune', nameVi: 'Cấp xã', nameEn: 'Commune', rank: 4 };
    const created = await admin.post('/api/office-levels', level);
    assert.equal(created.status, 201, created.text);
    const office = await admin.post('/api/offices', {
      code: 'QNI-KV1-X1',
      name: 'Điểm tiếp công dân Hạ Long',
      levelCode: 'commune',
      parentId: (await byCode('QNI-KV1')).id,
    });
    assert.equal(office.status, 201, office.text);
    const provincial = await signedIn(t.app, 'qt.quangninh');
    assert.equal((await provincial.patch('/api/office-levels/commune', { nameVi: 'Xã' })).status, 403);
    assert.equal((await admin.patch('/api/office-levels/commune', { nameVi: 'Cấp cơ sở' })).body.nameVi, 'Cấp cơ sở');
    assert.equal((await admin.post('/api/office-levels', level)).status, 409);
  });

  test('the directory search ignores case and Vietnamese diacritics, and counts what it finds', async () => {
    const plain = (await admin.get('/api/officers?q=nguyen&limit=500')).body;
    const marked = (await admin.get(`/api/officers?q=${encodeURIComponent('NGUYỄN')}&limit=500`)).body;
    assert.ok(plain.total > 0);
    assert.equal(plain.total, plain.items.length);
    assert.deepEqual(
      marked.items.map((o: { id: string }) => o.id),
      plain.items.map((o: { id: string }) => o.id),
    );
    assert.ok(
      plain.items.every(
        (o: { fullName: string; username: string }) => /nguy[eễ]n/i.test(o.fullName) || o.username.includes('nguyen'),
      ),
    );
    assert.equal((await admin.get('/api/officers?q=%25')).body.total, 0, 'LIKE wildcards are taken literally');
  });

  test('an office level must be below its parent', async () => {
    const reply = await admin.post('/api/offices', {
      code: 'QNI-X',
      name: 'Sai cấp',
      levelCode: 'provincial',
      parentId: (await byCode('QNI')).id,
    });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.fields[0].field, 'levelCode');
  });

  test('a retired officer can no longer sign in and their sessions end', async () => {
    const client = await signedIn(t.app, 'vanthu.hanoi');
    const me = (await client.get('/api/me')).body;
    assert.equal((await admin.patch(`/api/officers/${me.officerId}`, { status: 'retired' })).status, 200);
    assert.equal((await client.get('/api/me')).status, 401);
    assert.equal((await client.login('vanthu.hanoi')).status, 401);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signedIn } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

type Item = { id: string; code?: string; officeId?: string; username?: string };

describe('hierarchical access over HTTP', () => {
  let t: TestApp;
  let offices: Item[];
  const idOf = (code: string) => (offices.find((o) => o.code === code) as Item).id;
  const someOfficer = async (officeCode: string) => {
    const admin = await signedIn(t.app, 'admin');
    const list = await admin.get(`/api/officers?officeId=${idOf(officeCode)}&limit=5`);
    return list.body.items[0] as Item;
  };

  before(async () => {
    t = await createTestApp();
    offices = (await (await signedIn(t.app, 'admin')).get('/api/offices')).body;
  });
  after(() => t.close());

  test('a prosecutor of one province cannot read an officer of another: 404, and the refusal is audited', async () => {
    const stranger = await someOfficer('TVH');
    const client = await signedIn(t.app, 'ksv.quangninh');
    const reply = await client.get(`/api/officers/${stranger.id}`);
    assert.equal(reply.status, 404);
    assert.equal(reply.body.code, 'NOT_FOUND');
    const missing = await client.get('/api/officers/01890000-0000-7000-8000-000000000000');
    assert.equal(missing.body.detail, reply.body.detail, 'a refused read looks exactly like a missing record');
    const audit = await (await signedIn(t.app, 'admin')).get(
      `/api/audit?action=access.refused.read&entityId=${stranger.id}`,
    );
    assert.equal(audit.body.length, 1);
  });

  test('lists use the same rule as detail reads', async () => {
    const client = await signedIn(t.app, 'ksv.quangninh');
    const own = await client.get('/api/officers?limit=500');
    assert.ok(own.body.items.length > 5);
    assert.ok(own.body.items.every((o: Item) => o.officeId === idOf('QNI')));
    assert.equal(own.body.total, own.body.items.length);
    const other = await client.get(`/api/officers?officeId=${idOf('TVH')}`);
    assert.deepEqual(other.body.items, []);
  });

  test('the head of a province sees the regional offices below, not a sibling province', async () => {
    const head = await signedIn(t.app, 'vt.quangninh');
    const below = await head.get(`/api/officers?officeId=${idOf('QNI')}&subtree=true&limit=500`);
    const officeIds = new Set(below.body.items.map((o: Item) => o.officeId));
    assert.ok(officeIds.has(idOf('QNI-KV1')) && officeIds.has(idOf('QNI')));
    const regional = await someOfficer('QNI-KV2');
    assert.equal((await head.get(`/api/officers/${regional.id}`)).status, 200);
    const sibling = await someOfficer('NAN');
    assert.equal((await head.get(`/api/officers/${sibling.id}`)).status, 404);
  });

  test('a refused write on a readable record is 403; on an unreadable one 404; nothing changes', async () => {
    const colleague = await someOfficer('QNI');
    const prosecutor = await signedIn(t.app, 'ksv.quangninh');
    const write = await prosecutor.patch(`/api/officers/${colleague.id}`, { fullName: 'Đổi Tên' });
    assert.equal(write.status, 403);
    const provincialAdmin = await signedIn(t.app, 'qt.quangninh');
    const stranger = await someOfficer('TVH');
    assert.equal((await provincialAdmin.patch(`/api/officers/${stranger.id}`, { fullName: 'Đổi Tên' })).status, 404);
    const after = await (await signedIn(t.app, 'admin')).get(`/api/officers/${colleague.id}`);
    assert.notEqual(after.body.fullName, 'Đổi Tên');
  });

  test('a provincial admin manages their subtree only', async () => {
    const admin = await signedIn(t.app, 'qt.quangninh');
    const created = await admin.post('/api/offices', {
      code: 'QNI-KV9',
      name: 'Viện kiểm sát nhân dân khu vực 9 – Quảng Ninh',
      levelCode: 'regional',
      parentId: idOf('QNI'),
    });
    assert.equal(created.status, 201);
    const elsewhere = await admin.post('/api/offices', {
      code: 'TVH-KV9',
      name: 'X',
      levelCode: 'regional',
      parentId: idOf('TVH'),
    });
    assert.equal(elsewhere.status, 403, 'the office tree is readable by all, so a refused write is 403');
    const officer = await admin.post('/api/officers', {
      username: 'nguyen.van.moi',
      fullName: 'Nguyễn Văn Mới',
      officeId: created.body.id,
      position: 'prosecutor',
      password: 'Temporary#Pass2026',
    });
    assert.equal(officer.status, 201);
    assert.deepEqual(officer.body.roles, ['prosecutor']);
    const escalate = await admin.patch(`/api/officers/${officer.body.id}`, { clearance: 'top_secret' });
    assert.equal(escalate.status, 400, 'an admin cannot grant more clearance than they hold');
    assert.equal(escalate.body.fields[0].field, 'clearance');
  });

  test('non-admins cannot read the audit log', async () => {
    const head = await signedIn(t.app, 'vt.quangninh');
    const reply = await head.get('/api/audit');
    assert.deepEqual(reply.body, []);
  });
});

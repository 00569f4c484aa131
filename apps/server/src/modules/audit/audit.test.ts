import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signedIn } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

describe('audit log', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('every write is recorded with actor, office, IP and the before/after of changed fields', async () => {
    const admin = await signedIn(t.app, 'admin');
    const me = (await admin.get('/api/me')).body;
    const [officer] = (await admin.get('/api/officers?q=Nguyễn&limit=1')).body.items;
    const updated = await admin.patch(`/api/officers/${officer.id}`, { phone: '0912 345 678' });
    assert.equal(updated.status, 200);
    const [entry] = (await admin.get(`/api/audit?entityId=${officer.id}&action=officer.update`)).body;
    assert.equal(entry.actorId, me.officerId);
    assert.equal(entry.officeId, me.officeId);
    assert.equal(entry.ip, '127.0.0.1');
    assert.deepEqual(entry.changes, { phone: { before: null, after: '0912 345 678' } });
  });

  test('sign-ins and failed sign-ins are recorded', async () => {
    await signedIn(t.app, 'ksv.travinh');
    const admin = await signedIn(t.app, 'admin');
    await admin.login('ksv.travinh', 'Not-the-password-1');
    const logins = (await admin.get('/api/audit?action=auth.login&limit=500')).body;
    assert.ok(logins.some((e: { actorName: string | null; entityType: string }) => e.entityType === 'officer'));
    const failed = (await admin.get('/api/audit?action=auth.login_failed')).body;
    assert.ok(failed.length >= 1);
  });

  test('the chain verifies and each entry points at the previous one', async () => {
    const admin = await signedIn(t.app, 'admin');
    const verdict = await admin.get('/api/audit/verify');
    assert.equal(verdict.body.ok, true);
    assert.ok(verdict.body.count > 5);
    const entries = (await admin.get('/api/audit?limit=10')).body;
    for (let i = 0; i + 1 < entries.length; i++) assert.equal(entries[i].seq, entries[i + 1].seq + 1);
  });

  test('the audit cannot be edited through the database either', async () => {
    await assert.rejects(t.database.exec('UPDATE audit_log SET action = $$x$$ WHERE seq = 1'), /append-only/);
    await assert.rejects(t.database.exec('DELETE FROM audit_log WHERE seq = 1'), /append-only/);
  });

  test('admins export the filtered audit as CSV; a provincial admin sees only their subtree', async () => {
    const admin = await signedIn(t.app, 'admin');
    const csv = await admin.get('/api/audit/export.csv?action=auth.login');
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    const lines = csv.text.trim().split('\n');
    assert.match(lines[0] as string, /^\uFEFF?seq,at,actor_id/);
    assert.ok(lines.slice(1).every((line) => line.includes(',auth.login,')));
    const provincial = await signedIn(t.app, 'qt.quangninh');
    const seen = (await provincial.get('/api/audit?limit=500')).body;
    const offices = (await provincial.get('/api/offices')).body as { id: string; code: string }[];
    const allowed = new Set(offices.filter((o) => o.code.startsWith('QNI')).map((o) => o.id));
    assert.ok(seen.length > 0);
    assert.ok(seen.every((e: { officeId: string }) => allowed.has(e.officeId)));
  });
});

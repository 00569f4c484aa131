import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { signedIn, TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { officers } from './identity.schema.ts';
import { forgetAllSessions } from './session-cache.ts';
import { currentTotp } from './totp.ts';

describe('sign-in', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: '3' });
  });
  after(() => t.close());

  test('a demo officer signs in, sees who they are, and signs out', async () => {
    const client = await signedIn(t.app, 'ksv.quangninh');
    const me = await client.get('/api/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.officeCode, 'QNI');
    assert.deepEqual(me.body.roles, ['prosecutor']);
    const sid = client.cookies.get('eproc_sid');
    assert.ok(sid);
    assert.equal((await client.post('/api/auth/logout')).status, 204);
    const reuse = new TestClient(t.app);
    reuse.cookies.set('eproc_sid', sid);
    assert.equal((await reuse.get('/api/me')).status, 401);
  });

  test('the session cookie is httpOnly and SameSite', async () => {
    const client = new TestClient(t.app);
    const reply = await client.login('ksv.travinh');
    const cookie = String(reply.headers['set-cookie']);
    assert.match(cookie, /eproc_sid=/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
  });

  test('a wrong password is refused in Vietnamese or English, naming no detail', async () => {
    const client = new TestClient(t.app);
    const vi = await client.login('ksv.travinh', 'Wrong-password-1');
    assert.equal(vi.status, 401);
    assert.equal(vi.body.code, 'BAD_CREDENTIALS');
    assert.match(vi.headers['content-type'] as string, /application\/problem\+json/);
    assert.equal(vi.body.detail, 'Tên đăng nhập hoặc mật khẩu không đúng');
    const en = await client.request(
      'POST',
      '/api/auth/login',
      { username: 'nobody', password: 'x' },
      { 'accept-language': 'en' },
    );
    assert.equal(en.body.detail, 'Wrong username or password');
  });

  test('repeated failures lock the account for a while, even with the right password', async () => {
    const client = new TestClient(t.app);
    for (let i = 0; i < 3; i++) assert.equal((await client.login('thongke.hanoi', `Wrong-password-${i}`)).status, 401);
    const locked = await client.login('thongke.hanoi');
    assert.equal(locked.status, 423);
    assert.equal(locked.body.code, 'LOCKED');
    const audit = await (await signedIn(t.app, 'admin')).get('/api/audit?action=auth.locked');
    assert.ok(audit.body.some((e: { entityType: string }) => e.entityType === 'officer'));
  });

  test('a write without the CSRF token is refused and changes nothing', async () => {
    const client = await signedIn(t.app, 'admin');
    const reply = await client.request('POST', '/api/auth/logout', {}, { 'x-csrf-token': 'forged' });
    assert.equal(reply.status, 403);
    assert.equal(reply.body.code, 'CSRF');
    assert.equal((await client.get('/api/me')).status, 200);
  });

  test('log out of all devices ends every session of the officer', async () => {
    const phone = await signedIn(t.app, 'vanthu.hanoi');
    const desk = await signedIn(t.app, 'vanthu.hanoi');
    assert.equal((await desk.post('/api/auth/logout', { everywhere: true })).status, 204);
    assert.equal((await phone.get('/api/me')).status, 401);
  });

  test('TOTP: enrol with a code, then sign in needs the code or a recovery code', async () => {
    const client = await signedIn(t.app, 'qt.quangninh');
    const setup = await client.post('/api/me/totp/setup');
    assert.equal(setup.status, 200);
    assert.match(setup.body.uri, /^otpauth:\/\/totp\//);
    assert.match(setup.body.qrDataUrl, /^data:image\/png;base64,/);
    assert.equal((await client.post('/api/me/totp/confirm', { code: '000000' })).status, 400);
    const confirmed = await client.post('/api/me/totp/confirm', { code: currentTotp(setup.body.secret) });
    assert.equal(confirmed.status, 200);
    assert.equal(confirmed.body.recoveryCodes.length, 10);

    const next = new TestClient(t.app);
    assert.deepEqual((await next.login('qt.quangninh')).body, { state: 'mfa_pending' });
    assert.equal((await next.get('/api/officers')).status, 401);
    assert.equal((await next.post('/api/auth/totp', { code: '123456' })).status, 401);
    const done = await next.post('/api/auth/totp', { code: currentTotp(setup.body.secret) });
    assert.deepEqual(done.body, { state: 'active' });
    assert.equal((await next.get('/api/officers')).status, 200);

    const lost = new TestClient(t.app);
    await lost.login('qt.quangninh');
    const code = confirmed.body.recoveryCodes[0];
    assert.equal((await lost.post('/api/auth/totp', { recoveryCode: code })).status, 200);
    const again = new TestClient(t.app);
    await again.login('qt.quangninh');
    assert.equal(
      (await again.post('/api/auth/totp', { recoveryCode: code })).status,
      401,
      'a recovery code works once',
    );
  });

  test('an officer with a temporary password must change it before working', async () => {
    const admin = await signedIn(t.app, 'admin');
    const office = (await admin.get('/api/offices')).body.find((o: { code: string }) => o.code === 'NAN');
    const created = await admin.post('/api/officers', {
      username: 'tran.thi.moi',
      fullName: 'Trần Thị Mới',
      officeId: office.id,
      position: 'prosecutor',
      password: 'Temporary#Pass2026',
    });
    assert.equal(created.status, 201);
    const client = await signedIn(t.app, 'tran.thi.moi', 'Temporary#Pass2026');
    assert.equal((await client.get('/api/me')).body.mustChangePassword, true);
    const blocked = await client.get('/api/officers');
    assert.equal(blocked.status, 403);
    assert.equal(blocked.body.code, 'PASSWORD_CHANGE_REQUIRED');
    const weak = await client.post('/api/me/password', { currentPassword: 'Temporary#Pass2026', newPassword: 'abc' });
    assert.equal(weak.status, 400);
    assert.equal(weak.body.fields[0].field, 'newPassword');
    const changed = await client.post('/api/me/password', {
      currentPassword: 'Temporary#Pass2026',
      newPassword: 'My-own#Secret2026',
    });
    assert.equal(changed.status, 204);
    assert.equal((await client.get('/api/officers')).status, 200);
    assert.equal((await new TestClient(t.app).login('tran.thi.moi', 'Temporary#Pass2026')).status, 401);
  });

  test('an admin removes a lost second factor; the officer signs in with the password again', async () => {
    const client = await signedIn(t.app, 'ksv.halong');
    const setup = await client.post('/api/me/totp/setup');
    await client.post('/api/me/totp/confirm', { code: currentTotp(setup.body.secret) });
    const me = (await client.get('/api/me')).body;
    assert.equal(me.totpEnabled, true);
    const admin = await signedIn(t.app, 'admin');
    assert.equal((await admin.post(`/api/officers/${me.officerId}/reset-totp`)).status, 204);
    assert.equal((await client.get('/api/me')).status, 401, 'existing sessions end');
    assert.deepEqual((await new TestClient(t.app).login('ksv.halong')).body, { state: 'active' });
    const prosecutor = await signedIn(t.app, 'ksv.quangninh');
    assert.equal((await prosecutor.post(`/api/officers/${me.officerId}/reset-totp`)).status, 404);
  });

  test('roles marked by the admin must enrol a second factor before working', async () => {
    const admin = await signedIn(t.app, 'admin');
    assert.equal((await admin.put('/api/admin/mfa-roles', { roles: ['statistician'] })).status, 200);
    await t.database.db
      .update(officers)
      .set({ lockedUntil: null, failedLogins: 0 })
      .where(eq(officers.username, 'thongke.hanoi'));
    const stat = new TestClient(t.app);
    assert.deepEqual((await stat.login('thongke.hanoi')).body, { state: 'mfa_enrol' });
    assert.equal((await stat.get('/api/officers')).status, 401);
    assert.equal((await stat.post('/api/me/totp/setup')).status, 200);
    await admin.put('/api/admin/mfa-roles', { roles: [] });
  });

  test('a session idle past the timeout ends', async () => {
    const client = await signedIn(t.app, 'ksv.halong');
    const { sessions } = await import('./identity.schema.ts');
    await t.database.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) });
    forgetAllSessions();
    assert.equal((await client.get('/api/me')).status, 401);
  });

  test('a session ends at its absolute timeout even when in use', async () => {
    const client = await signedIn(t.app, 'ksv.travinh');
    const { sessions } = await import('./identity.schema.ts');
    await t.database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) });
    forgetAllSessions();
    assert.equal((await client.get('/api/me')).status, 401);
  });

  test('the token rotates after a while and the old one stops working after the grace period', async () => {
    const client = await signedIn(t.app, 'vt.quangninh');
    const first = client.cookies.get('eproc_sid');
    const { sessions } = await import('./identity.schema.ts');
    await t.database.db.update(sessions).set({ rotatedAt: new Date(Date.now() - 11 * 60_000) });
    forgetAllSessions();
    assert.equal((await client.get('/api/me')).status, 200);
    const second = client.cookies.get('eproc_sid');
    assert.notEqual(first, second);
    await t.database.db.update(sessions).set({ rotatedAt: new Date(Date.now() - 2 * 60_000) });
    forgetAllSessions();
    const stale = new TestClient(t.app);
    stale.cookies.set('eproc_sid', first as string);
    assert.equal((await stale.get('/api/me')).status, 401);
    assert.equal((await client.get('/api/me')).status, 200);
  });
});

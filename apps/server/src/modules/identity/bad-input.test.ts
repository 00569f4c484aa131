import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

/** Hostile strings every text field must store verbatim or refuse cleanly, never execute. */
const HOSTILE = [
  "'; DROP TABLE officers; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil")',
  '\\x00\\u0000',
];

describe('bad input on identity endpoints', () => {
  let t: TestApp;
  let admin: TestClient;
  let qni: string;
  const counts = async () => ({
    offices: (await admin.get('/api/offices?includeClosed=true')).body.length,
    officers: (await admin.get('/api/officers?limit=1')).body.total,
  });

  before(async () => {
    t = await createTestApp();
    admin = await signedIn(t.app, 'admin');
    qni = (await admin.get('/api/offices')).body.find((o: { code: string }) => o.code === 'QNI').id;
  });
  after(() => t.close());

  test('unknown fields, wrong types and missing fields are named, in both languages', async () => {
    const before = await counts();
    const reply = await admin.post('/api/officers', {
      username: 'ok.name',
      fullName: 42,
      officeId: qni,
      isAdmin: true,
    });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.code, 'INVALID');
    const fields = reply.body.fields.map((f: { field: string }) => f.field).sort();
    assert.deepEqual(fields, ['fullName', 'isAdmin', 'password', 'position']);
    for (const f of reply.body.fields) assert.ok(f.vi && f.en);
    assert.deepEqual(await counts(), before);
  });

  test('query strings and path parameters are validated too', async () => {
    const q = await admin.get('/api/officers?limit=100000&extra=1');
    assert.equal(q.status, 400);
    assert.deepEqual(q.body.fields.map((f: { field: string }) => f.field).sort(), ['query.extra', 'query.limit']);
    const p = await admin.get('/api/officers/not-a-uuid');
    assert.equal(p.status, 400);
    assert.equal(p.body.fields[0].field, 'params.id');
  });

  test('malformed JSON, wrong content type and oversized bodies are refused with a problem document', async () => {
    const malformed = await admin.request('POST', '/api/offices', '{"code": "X",', {
      'content-type': 'application/json',
    });
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.code, 'MALFORMED');
    const xml = await admin.request('POST', '/api/offices', '<office/>', { 'content-type': 'application/xml' });
    assert.equal(xml.status, 415);
    assert.equal(xml.body.code, 'UNSUPPORTED_MEDIA');
    const huge = await admin.post('/api/offices', { code: 'BIG', name: 'x'.repeat(2_000_000) });
    assert.equal(huge.status, 413);
    assert.equal(huge.body.code, 'TOO_LARGE');
    assert.doesNotMatch(JSON.stringify(huge.body), /at .*\.ts/, 'no stack trace reaches the client');
  });

  test('injection attempts in every text field are stored as plain text or refused, never executed', async () => {
    for (const [i, value] of HOSTILE.entries()) {
      const office = await admin.post('/api/offices', {
        code: `QNI-H${i}`,
        name: value,
        nameEn: value,
        address: value,
        levelCode: 'regional',
        parentId: qni,
      });
      if (office.status === 201) {
        assert.equal(office.body.name, value.trim());
        const officer = await admin.post('/api/officers', {
          username: `hostile.${i}`,
          fullName: value,
          officeId: office.body.id,
          position: 'clerk',
          password: 'Hostile#Input2026',
        });
        assert.equal(officer.status, 201, officer.text);
        assert.equal((await admin.get(`/api/officers/${officer.body.id}`)).body.fullName, value.trim());
      } else {
        assert.equal(office.status, 400);
        assert.ok(office.body.fields.length > 0);
      }
      const search = await admin.get(`/api/officers?q=${encodeURIComponent(value)}`);
      assert.equal(search.status, 200);
    }
    const stillThere = await admin.get('/api/officers?limit=1');
    assert.ok(stillThere.body.total > 200, 'the officers table survived');
    const usernames = await admin.post('/api/auth/login', { username: "admin' --", password: 'x' });
    assert.equal(usernames.status, 400);
  });

  test('control characters in names are refused with the field named', async () => {
    const reply = await admin.post('/api/offices', {
      code: 'QNI-CC',
      name: 'Tên\u0007lạ',
      levelCode: 'regional',
      parentId: qni,
    });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.fields[0].field, 'name');
    assert.equal(reply.body.fields[0].vi, 'Không được chứa ký tự điều khiển');
  });

  test('weak passwords are refused with the policy explained', async () => {
    const reply = await admin.post('/api/officers', {
      username: 'weak.pass',
      fullName: 'Mật Khẩu Yếu',
      officeId: qni,
      position: 'clerk',
      password: 'password',
    });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.fields[0].field, 'password');
    assert.match(reply.body.fields[0].vi, /ít nhất 12 ký tự/);
  });

  test('responses carry security headers', async () => {
    const reply = await admin.get('/api/me');
    assert.match(String(reply.headers['content-security-policy']), /default-src 'self'/);
    assert.equal(reply.headers['x-content-type-options'], 'nosniff');
    assert.ok(reply.headers['strict-transport-security']);
    assert.equal(reply.headers['x-frame-options'], 'SAMEORIGIN');
  });

  test('sign-in attempts are rate limited per client', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const { TestClient } = await import('../../test/client.ts');
      const client = new TestClient(limited.app, '10.9.9.9');
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await client.login('nobody.here', 'x')).status);
      assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestClient } from '../test/client.ts';
import { createTestApp, type TestApp } from '../test/harness.ts';

describe('API surface', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('health reports the database', async () => {
    const reply = await new TestClient(t.app).get('/api/health');
    assert.equal(reply.status, 200);
    assert.equal(reply.body.database.ok, true);
  });

  test('the OpenAPI 3.1 document is generated from the same zod contracts the server validates with', async () => {
    const client = new TestClient(t.app);
    const doc = (await client.get('/api/openapi.json')).body;
    assert.equal(doc.openapi, '3.1.0');
    const create = doc.paths['/api/officers'].post.requestBody.content['application/json'].schema;
    assert.deepEqual(create.required.sort(), ['fullName', 'officeId', 'password', 'position', 'username']);
    assert.equal(create.additionalProperties, false);
    assert.ok(doc.paths['/api/offices/merge'] && doc.paths['/api/audit'] && doc.paths['/api/import/officers']);
    assert.equal((await client.get('/api/docs')).status, 200);
  });

  test('unknown API paths answer a localised problem document, never the web page', async () => {
    const reply = await new TestClient(t.app).get('/api/no-such-thing', { 'accept-language': 'en' });
    assert.equal(reply.status, 404);
    assert.equal(reply.body.title, 'Not found');
  });
});

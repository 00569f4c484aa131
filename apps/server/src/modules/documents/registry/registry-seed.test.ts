import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { todayInVietnam } from '../../../platform/time.ts';
import { signedIn, type TestClient } from '../../../test/client.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { seedDocumentRegistry } from './registry-seed.ts';
import { incoming } from './registry-test-kit.ts';

describe('demo registry books', () => {
  let t: TestApp;
  let clerk: TestClient;
  before(async () => {
    t = await createTestApp();
    await seedDocumentRegistry(t.database.db, { today: todayInVietnam() });
    clerk = await signedIn(t.app, 'vanthu.hanoi');
  });
  after(() => t.close());

  test('each office has overdue handling on its dashboard and a reply linked both ways', async () => {
    const overdue = (await clerk.get('/api/document-registry/incoming/overdue')).body;
    assert.equal(overdue.total, 2);
    const outgoing = (await clerk.get('/api/document-registry/outgoing')).body;
    assert.equal(outgoing.items[0].numberSymbol, '01/VKSHNI-VP');
    const answered = (await clerk.get(`/api/document-registry/incoming/${outgoing.items[0].replyTo.id}`)).body;
    assert.equal(answered.reply.id, outgoing.items[0].id);
  });

  test('new registrations continue the seeded numbering', async () => {
    const today = todayInVietnam();
    const next = await clerk.post(
      '/api/document-registry/incoming',
      incoming({ receivedOn: today, documentDate: today }),
    );
    assert.equal(next.body.number, 7);
  });
});

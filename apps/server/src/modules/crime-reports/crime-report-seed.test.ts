import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CrimeReport } from '@eprocuracy/domain';
import { todayInVietnam } from '../../platform/time.ts';
import { signedIn } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { seedCrimeReports } from './crime-report-seed.ts';

describe('demo crime reports', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('every office gets reports in every state, read through the service like live ones', async () => {
    const count = await seedCrimeReports(t.database.db, { today: todayInVietnam() });
    assert.ok(count > 100, `${count}`);
    const prosecutor = await signedIn(t.app, 'ksv.quangninh');
    const { items, total } = (await prosecutor.get('/api/crime-reports?limit=500')).body as {
      items: CrimeReport[];
      total: number;
    };
    assert.ok(total >= 8);
    assert.ok(items.every((r) => r.deadline.state === 'stopped' || r.deadline.start <= r.deadline.due));
    const statuses = new Set(
      (await (await signedIn(t.app, 'admin')).get('/api/crime-reports?limit=500')).body.items.map(
        (r: CrimeReport) => r.status,
      ),
    );
    assert.equal(statuses.size, 0, 'an administrator reads no case data');
    const registered = await prosecutor.post('/api/crime-reports', {
      kind: 'tip',
      receivedOn: todayInVietnam(),
      source: 'Công dân',
      summary: 'Tin báo mới sau dữ liệu mẫu',
    });
    assert.equal(registered.status, 201, registered.text);
    assert.equal(registered.body.number, 9, 'numbering continues after the seeded reports');
  });
});

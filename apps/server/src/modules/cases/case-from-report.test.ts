import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, type CaseDetail } from '@eprocuracy/domain';
import { todayInVietnam } from '../../platform/time.ts';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { caseInput } from './case-test-fixtures.ts';

const today = todayInVietnam();

describe('a case opened from a crime report', () => {
  let t: TestApp;
  let prosecutor: TestClient;
  let reportId: string;

  before(async () => {
    t = await createTestApp();
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    const report = await prosecutor.post('/api/crime-reports', {
      kind: 'denunciation',
      receivedOn: addDays(today, -25),
      source: 'Nguyễn Văn A',
      summary: 'Tố giác trộm cắp xe máy',
      suspectedOffence: { article: '173', clause: 1 },
    });
    reportId = report.body.id;
    const leader = await signedIn(t.app, 'vt.quangninh');
    const me = (await prosecutor.get('/api/me')).body;
    await leader.post(`/api/crime-reports/${reportId}/assignments`, { officerId: me.officerId });
  });
  after(() => t.close());

  test('needs the report settled by opening a case; takes its received date; one case per report', async () => {
    const early = await prosecutor.post(
      '/api/cases',
      caseInput({ crimeReportId: reportId, reportReceivedOn: undefined }),
    );
    assert.equal(early.status, 400);
    assert.equal(early.body.fields[0].field, 'crimeReportId');
    const settled = await prosecutor.post(`/api/crime-reports/${reportId}/settle`, {
      outcome: 'open_case',
      decisionNumber: '15/QĐ-KTVA',
      date: addDays(today, -20),
    });
    assert.equal(settled.status, 200, settled.text);
    const opened = await prosecutor.post(
      '/api/cases',
      caseInput({ crimeReportId: reportId, reportReceivedOn: undefined }),
    );
    assert.equal(opened.status, 201, opened.text);
    const c = opened.body as CaseDetail;
    assert.equal(c.crimeReportId, reportId);
    const linked = (await prosecutor.get(`/api/cases?crimeReportId=${reportId}`)).body;
    assert.deepEqual(
      linked.items.map((i: { id: string }) => i.id),
      [c.id],
    );
    const twice = await prosecutor.post(
      '/api/cases',
      caseInput({ crimeReportId: reportId, reportReceivedOn: undefined }),
    );
    assert.equal(twice.status, 409);
  });
});

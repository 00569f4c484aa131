import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CaseDetail } from '@eprocuracy/domain';
import { todayInVietnam } from '../../platform/time.ts';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { caseInput } from './case-test-fixtures.ts';

const today = todayInVietnam();

const defendant = (fullName: string, idNumber: string) => ({
  role: 'defendant',
  fullName,
  birthDate: '1991-01-01',
  sex: 'male',
  idNumber,
});

describe('joining, splitting and transferring cases', () => {
  let t: TestApp;
  let prosecutor: TestClient;
  let leader: TestClient;
  let halong: TestClient;

  const open = async (title: string, charges = [{ article: '173', clause: 1 }]) =>
    (await prosecutor.post('/api/cases', caseInput({ title, charges }))).body as CaseDetail;
  const addDefendant = async (id: string, name: string, cccd: string) =>
    (await prosecutor.post(`/api/cases/${id}/persons`, defendant(name, cccd))).body as CaseDetail;

  before(async () => {
    t = await createTestApp();
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    leader = await signedIn(t.app, 'vt.quangninh');
    halong = await signedIn(t.app, 'ksv.halong');
  });
  after(() => t.close());

  test('joining brings the other case’s people in, takes the most serious crime, and retires it', async () => {
    const kept = await open('Vụ trộm', [{ article: '173', clause: 1 }]);
    await addDefendant(kept.id, 'Phạm Văn Một', '022091000001');
    const joined = await open('Vụ cướp', [{ article: '168', clause: 2 }]);
    await addDefendant(joined.id, 'Phạm Văn Hai', '022091000002');
    const res = await prosecutor.post(`/api/cases/${kept.id}/decisions`, {
      typeCode: 'join_cases_investigation',
      number: '05/QĐ-NVA',
      date: today,
      relatedCaseId: joined.id,
    });
    assert.equal(res.status, 200, res.text);
    const detail = res.body as CaseDetail;
    assert.deepEqual(detail.persons.map((p) => p.fullName).sort(), ['Phạm Văn Hai', 'Phạm Văn Một']);
    assert.equal(
      detail.category,
      'very_serious',
      'robbery under Art. 168(2) (7–15 years) is the more serious of the two',
    );
    const retired = (await prosecutor.get(`/api/cases/${joined.id}`)).body as CaseDetail;
    assert.equal(retired.mergedInto?.id, kept.id);
    assert.deepEqual(retired.deadlines, []);
    const listed = (await prosecutor.get('/api/cases?q=vu cuop')).body;
    assert.equal(listed.total, 0, 'a joined case leaves the lists');
    const write = await leader.post(`/api/cases/${joined.id}/evidence`, { description: 'Xe máy' });
    assert.equal(write.status, 409);
  });

  test('splitting moves the chosen defendants to a new case at the same stage; the last one cannot go', async () => {
    const c = await open('Vụ đánh bạc');
    await addDefendant(c.id, 'Đỗ Văn Ba', '022091000003');
    const both = await addDefendant(c.id, 'Đỗ Văn Bốn', '022091000004');
    const [first, second] = both.persons;
    assert.ok(first && second);
    const all = await prosecutor.post(`/api/cases/${c.id}/decisions`, {
      typeCode: 'split_case_investigation',
      date: today,
      personIds: [first.id, second.id],
    });
    assert.equal(all.status, 400);
    assert.equal(all.body.fields[0].field, 'personIds');
    const res = await prosecutor.post(`/api/cases/${c.id}/decisions`, {
      typeCode: 'split_case_investigation',
      number: '06/QĐ-TVA',
      date: today,
      personIds: [second.id],
    });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(
      (res.body as CaseDetail).persons.map((p) => p.id),
      [first.id],
    );
    const split = (await prosecutor.get('/api/cases?q=danh bac tach')).body.items[0];
    assert.ok(split, 'the new case is listed');
    const newCase = (await prosecutor.get(`/api/cases/${split.id}`)).body as CaseDetail;
    assert.equal(newCase.stage, 'investigation');
    assert.deepEqual(
      newCase.persons.map((p) => p.id),
      [second.id],
    );
    assert.equal(newCase.events[0]?.kind, 'split_from');
  });

  test('a transfer issued by the procuracy moves the case to the receiving office', async () => {
    const c = await open('Vụ chuyển');
    const target = (await halong.get('/api/me')).body.officeId as string;
    const draft = (
      await prosecutor.post(`/api/cases/${c.id}/decisions`, {
        typeCode: 'transfer_case_investigation',
        date: today,
        targetOfficeId: target,
      })
    ).body as CaseDetail;
    const decision = draft.decisions.find((d) => d.typeCode === 'transfer_case_investigation');
    assert.equal((await halong.get(`/api/cases/${c.id}`)).status, 404, 'not yet');
    const act = (client: TestClient, action: string, extra = {}) =>
      client.post(`/api/cases/${c.id}/decisions/${decision?.id}/actions`, { action, ...extra });
    await act(prosecutor, 'submit');
    await act(leader, 'approve');
    const issued = await act(leader, 'issue', { number: '09/QĐ-VKS' });
    assert.equal(issued.status, 200, issued.text);
    assert.equal((issued.body as CaseDetail).officeId, target);
    const received = await halong.get(`/api/cases/${c.id}`);
    assert.equal(received.status, 200);
    assert.deepEqual(received.body.officers, [], 'the receiving office assigns its own prosecutor');
  });
});

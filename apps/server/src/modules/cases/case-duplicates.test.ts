import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CaseDetail } from '@eprocuracy/domain';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { caseInput } from './case-test-fixtures.ts';

const defendant = {
  role: 'defendant',
  fullName: 'Lê Thị Hoa',
  birthDate: '1988-02-03',
  sex: 'female',
  idNumber: '022188004321',
  province: 'Quảng Ninh',
};

describe('duplicates of people and cases (sạch)', () => {
  let t: TestApp;
  let prosecutor: TestClient;
  let stranger: TestClient;
  let first: CaseDetail;
  let second: CaseDetail;

  before(async () => {
    t = await createTestApp();
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    stranger = await signedIn(t.app, 'ksv.travinh');
    first = (await prosecutor.post('/api/cases', caseInput({ title: 'Vụ gốc', openingNumber: '77/QĐ' }))).body;
    await prosecutor.post(`/api/cases/${first.id}/persons`, defendant);
    second = (await prosecutor.post('/api/cases', caseInput({ title: 'Vụ nhập trùng', openingNumber: '77 /qđ' }))).body;
    await prosecutor.post(`/api/cases/${second.id}/persons`, defendant);
    second = (await prosecutor.post(`/api/cases/${second.id}/persons`, { ...defendant, fullName: 'Le Thi Hoa' })).body;
  });
  after(() => t.close());

  test('finds the same person twice in a case, the same person in another case, and the case entered twice', async () => {
    const res = await prosecutor.get(`/api/cases/${second.id}/duplicates`);
    assert.equal(res.status, 200, res.text);
    const person = res.body.persons[0];
    assert.equal(person.sameCase.length, 1);
    assert.ok(person.sameCase[0].reasons.includes('same_id_number'), JSON.stringify(person.sameCase));
    assert.equal(person.otherCases[0].caseId, first.id);
    assert.equal(res.body.cases[0].caseId, first.id);
    assert.ok(res.body.cases[0].reasons.includes('same_opening_decision'));
    assert.equal((await stranger.get(`/api/cases/${second.id}/duplicates`)).status, 404);
  });

  test('merging keeps the first record, marks the duplicate, and moves its charges', async () => {
    const [kept, duplicate] = second.persons;
    assert.ok(kept && duplicate);
    await prosecutor.post(`/api/cases/${second.id}/charges`, { personId: duplicate.id, article: '173', clause: 1 });
    const merged = await prosecutor.post(`/api/cases/${second.id}/persons/${duplicate.id}/merge`, {
      intoPersonId: kept.id,
    });
    assert.equal(merged.status, 200, merged.text);
    const detail = merged.body as CaseDetail;
    assert.deepEqual(
      detail.persons.map((p) => p.id),
      [kept.id],
    );
    assert.equal(detail.charges.find((c) => c.personId !== null)?.personId, kept.id);
    assert.equal(detail.events[0]?.kind, 'person_merged');
    const self = await prosecutor.post(`/api/cases/${second.id}/persons/${kept.id}/merge`, { intoPersonId: kept.id });
    assert.equal(self.status, 400);
  });
});

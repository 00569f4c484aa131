import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, type CaseDetail } from '@eprocuracy/domain';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../platform/audit.schema.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { caseInput } from './case-test-fixtures.ts';

const opened = addDays(todayInVietnam(), -20);
const defendant = {
  role: 'defendant',
  fullName: 'Vũ Đình Khang',
  birthDate: '1985-09-09',
  sex: 'male',
  idNumber: '022085009999',
  province: 'Quảng Ninh',
};
const witness = { role: 'witness', fullName: 'Hoàng Thị Lan', birthDate: '1970-01-01', idNumber: '022170000111' };

describe('merging a case registered twice (sạch)', () => {
  let t: TestApp;
  let prosecutor: TestClient;
  let leader: TestClient;
  let stranger: TestClient;
  let kept: CaseDetail;
  let duplicate: CaseDetail;

  const post = async (client: TestClient, url: string, body: unknown) => {
    const res = await client.post(url, body);
    assert.equal(res.status, 200, res.text);
    return res.body as CaseDetail;
  };
  const open = async (fields: Record<string, unknown>) => {
    const res = await prosecutor.post('/api/cases', caseInput(fields));
    assert.equal(res.status, 201, res.text);
    return res.body as CaseDetail;
  };
  const personOf = (c: CaseDetail, name: string) => c.persons.find((p) => p.fullName === name)?.id as string;
  const merge = (client: TestClient, id: string, body: Record<string, unknown>) =>
    client.post(`/api/cases/${id}/merge-into`, { reason: 'Vào sổ hai lần cùng một quyết định khởi tố', ...body });
  const snapshot = async (...ids: string[]) =>
    Promise.all(ids.map(async (id) => (await prosecutor.get(`/api/cases/${id}`)).body));

  before(async () => {
    t = await createTestApp();
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    leader = await signedIn(t.app, 'vt.quangninh');
    stranger = await signedIn(t.app, 'ksv.travinh');
    kept = await open({ title: 'Vụ trộm xe máy tại Cẩm Phả', openingNumber: '31/QĐ-CSĐT' });
    kept = await post(prosecutor, `/api/cases/${kept.id}/persons`, defendant);
    kept = await post(prosecutor, `/api/cases/${kept.id}/charges`, {
      personId: personOf(kept, defendant.fullName),
      article: '173',
      clause: 1,
    });
    kept = await post(prosecutor, `/api/cases/${kept.id}/evidence`, {
      description: 'Xe máy Honda Wave',
      seizedOn: opened,
    });
    duplicate = await open({
      title: 'Vụ trộm xe máy Cẩm Phả (nhập lại)',
      openingNumber: '31/qđ-csđt',
      externalRef: 'CU-2026-031',
    });
    duplicate = await post(prosecutor, `/api/cases/${duplicate.id}/persons`, {
      ...defendant,
      fullName: 'Vu Dinh Khang',
    });
    duplicate = await post(prosecutor, `/api/cases/${duplicate.id}/persons`, witness);
    const twin = personOf(duplicate, 'Vu Dinh Khang');
    for (const charge of [
      { article: '173', clause: 1 },
      { article: '168', clause: 1 },
    ]) {
      duplicate = await post(prosecutor, `/api/cases/${duplicate.id}/charges`, { personId: twin, ...charge });
    }
    duplicate = await post(prosecutor, `/api/cases/${duplicate.id}/evidence`, {
      description: 'xe may honda wave',
      seizedOn: opened,
    });
    duplicate = await post(prosecutor, `/api/cases/${duplicate.id}/evidence`, { description: 'Điện thoại Nokia' });
    duplicate = await post(prosecutor, `/api/cases/${duplicate.id}/decisions`, {
      typeCode: 'detention',
      subjectId: twin,
      number: '07/LTG',
      date: addDays(opened, 2),
      receivedAt: `${addDays(opened, 2)}T09:00`,
      period: { months: 2 },
    });
  });
  after(() => t.close());

  test('the duplicate is listed on the case kept with its reasons', async () => {
    const res = await prosecutor.get(`/api/cases/${kept.id}/duplicates`);
    assert.equal(res.status, 200, res.text);
    const found = res.body.cases.find((c: { caseId: string }) => c.caseId === duplicate.id);
    assert.ok(found, JSON.stringify(res.body.cases));
    assert.ok(found.reasons.includes('same_opening_decision'), found.reasons);
    assert.equal(found.stage, 'investigation');
  });

  test('another province’s officer gets a 404 for either side, and nothing changes', async () => {
    const before = await snapshot(kept.id, duplicate.id);
    assert.equal((await merge(stranger, duplicate.id, { intoCaseId: kept.id })).status, 404);
    const own = (await stranger.post('/api/cases', caseInput({ investigatingBodyName: 'CQĐT Trà Vinh' }))).body;
    assert.equal((await merge(stranger, own.id, { intoCaseId: kept.id })).status, 404);
    assert.equal((await merge(prosecutor, duplicate.id, { intoCaseId: own.id })).status, 404);
    assert.deepEqual(await snapshot(kept.id, duplicate.id), before);
  });

  test('refused merges name the field and change nothing', async () => {
    const before = await snapshot(kept.id, duplicate.id);
    const pending = await merge(prosecutor, duplicate.id, { intoCaseId: kept.id });
    assert.equal(pending.status, 400, pending.text);
    assert.deepEqual(
      pending.body.fields.map((f: { field: string }) => f.field),
      ['id'],
      'the detention order still awaits approval on the duplicate',
    );
    assert.match(pending.body.fields[0].vi, /quyết định chưa xử lý xong/);
    const self = await merge(prosecutor, kept.id, { intoCaseId: kept.id });
    assert.equal(self.status, 400);
    assert.equal(self.body.fields[0].field, 'intoCaseId');
    const unrelated = await open({ title: 'Vụ đánh bạc khác', openingNumber: '99/QĐ-CSĐT' });
    const different = await merge(prosecutor, unrelated.id, { intoCaseId: kept.id });
    assert.equal(different.status, 400);
    assert.match(different.body.fields[0].en, /Art\. 170/);
    const blank = await merge(prosecutor, duplicate.id, { intoCaseId: kept.id, reason: '  ' });
    assert.equal(blank.status, 400);
    assert.equal(blank.body.fields[0].field, 'reason');
    assert.deepEqual(await snapshot(kept.id, duplicate.id), before);
  });

  test('merging marks the same defendant, moves the rest, and retires the duplicate read-only', async () => {
    const detention = duplicate.decisions.find((d) => d.typeCode === 'detention');
    await post(leader, `/api/cases/${duplicate.id}/decisions/${detention?.id}/actions`, { action: 'approve' });
    const res = await merge(prosecutor, duplicate.id, { intoCaseId: kept.id });
    assert.equal(res.status, 200, res.text);
    const after = res.body as CaseDetail;
    const keptDefendant = personOf(kept, defendant.fullName);
    assert.equal(after.id, kept.id);
    assert.deepEqual(after.persons.map((p) => p.fullName).sort(), [witness.fullName, defendant.fullName].sort());
    assert.deepEqual(
      after.charges
        .filter((c) => c.personId === keptDefendant)
        .map((c) => c.article)
        .sort(),
      ['168', '173'],
      'the charge under Art. 173 was there already; Art. 168 moved over to the defendant kept',
    );
    assert.equal(after.charges.filter((c) => c.personId === null).length, 1, 'the case-level charge is not doubled');
    assert.deepEqual(after.evidence.map((e) => e.description).sort(), ['Xe máy Honda Wave', 'Điện thoại Nokia']);
    assert.deepEqual(
      after.measures.map((m) => [m.kind, m.personId]),
      [['detention', keptDefendant]],
    );
    assert.equal(after.externalRef, 'CU-2026-031', 'the legacy reference follows the record kept');
    assert.equal(after.events[0]?.kind, 'duplicate_merged');
    assert.equal(after.events[0]?.data.caseId, duplicate.id);

    const retired = (await prosecutor.get(`/api/cases/${duplicate.id}`)).body as CaseDetail;
    assert.deepEqual(retired.mergedInto, { id: kept.id, reason: 'duplicate' });
    assert.deepEqual(retired.persons, []);
    assert.deepEqual(retired.deadlines, []);
    assert.deepEqual(retired.allowedActs, []);
    assert.ok(
      retired.decisions.some((d) => d.typeCode === 'detention'),
      'decisions stay as history',
    );
    assert.equal(retired.events[0]?.kind, 'merged_into');
    assert.equal((await prosecutor.get('/api/cases?q=nhap lai')).body.total, 0, 'gone from the case list');
    const dupes = (await prosecutor.get(`/api/cases/${kept.id}/duplicates`)).body;
    assert.ok(!dupes.cases.some((c: { caseId: string }) => c.caseId === duplicate.id));
    // The retired record's assignments ended; its office's leader still reads it, and cannot change it.
    assert.equal((await leader.post(`/api/cases/${duplicate.id}/evidence`, { description: 'Mũ' })).status, 409);
    assert.equal((await merge(leader, duplicate.id, { intoCaseId: kept.id })).status, 409);

    const audit = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, duplicate.id)));
    assert.ok(audit.some((a) => a.action === 'case.merged_into'));
  });
});

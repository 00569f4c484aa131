import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, type CaseDetail } from '@eprocuracy/domain';
import { todayInVietnam } from '../../platform/time.ts';
import { signedIn, type TestClient } from '../../test/client.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { caseInput } from './case-test-fixtures.ts';

type Field = { field: string; vi: string; en: string };

const today = todayInVietnam();
const opened = addDays(today, -20);

const deadline = (c: CaseDetail, key: string) => c.deadlines.find((d) => d.key === key);

describe('criminal cases over HTTP', () => {
  let t: TestApp;
  let leader: TestClient;
  let prosecutor: TestClient;
  let stranger: TestClient;
  let admin: TestClient;

  before(async () => {
    t = await createTestApp();
    leader = await signedIn(t.app, 'vt.quangninh');
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    stranger = await signedIn(t.app, 'ksv.travinh');
    admin = await signedIn(t.app, 'admin');
  });
  after(() => t.close());

  test('a prosecutor opens a case: numbered, in investigation, with the Art. 172 period from the opening day', async () => {
    const res = await prosecutor.post('/api/cases', caseInput());
    assert.equal(res.status, 201, res.text);
    const c = res.body as CaseDetail;
    assert.equal(c.stage, 'investigation');
    assert.match(c.code, /^\d+\/\d{4}\//);
    assert.equal(c.category, 'minor');
    assert.equal(c.leadCharge?.article, '173');
    assert.equal(c.officers[0]?.role, 'prosecutor');
    const investigation = deadline(c, 'period:art172_investigation');
    assert.ok(investigation, JSON.stringify(c.deadlines));
    assert.match(investigation.basis, /Điều 172/);
    assert.equal(c.decisions[0]?.typeCode, 'open_case');
    assert.equal(c.events[0]?.kind, 'opened');
    assert.equal(c.quality.completeness.score === 100, c.quality.completeness.missing.length === 0);
  });

  test('a defendant charged and detained: detention needs approval, then its Art. 173 deadline runs', async () => {
    const c = (
      await prosecutor.post(
        '/api/cases',
        caseInput({ title: 'Vụ cướp giật', charges: [{ article: '171', clause: 2 }] }),
      )
    ).body as CaseDetail;
    let detail = (
      await prosecutor.post(`/api/cases/${c.id}/persons`, {
        role: 'defendant',
        fullName: 'Trần Văn Bình',
        birthDate: '1990-05-01',
        sex: 'male',
        idNumber: '022090001234',
        address: 'Hạ Long, Quảng Ninh',
      })
    ).body as CaseDetail;
    const defendant = detail.persons.find((p) => p.role === 'defendant');
    assert.ok(defendant);
    detail = (
      await prosecutor.post(`/api/cases/${c.id}/charges`, {
        personId: defendant.id,
        article: '171',
        clause: 2,
        point: 'd',
        chargedOn: addDays(opened, 1),
      })
    ).body as CaseDetail;
    assert.equal(detail.charges.filter((ch) => ch.personId === defendant.id).length, 1);
    const recorded = await prosecutor.post(`/api/cases/${c.id}/decisions`, {
      typeCode: 'detention',
      subjectId: defendant.id,
      number: '03/LTG',
      date: addDays(opened, 2),
      receivedAt: `${addDays(opened, 2)}T09:00`,
      period: { months: 2 },
    });
    assert.equal(recorded.status, 200, recorded.text);
    detail = recorded.body as CaseDetail;
    const pending = detail.decisions.find((d) => d.typeCode === 'detention');
    assert.equal(pending?.state, 'recorded');
    assert.equal(pending?.inEffect, false);
    assert.equal(detail.measures.length, 0);
    assert.ok(deadline(detail, `approval:${pending?.id}`), 'the approval limit is a deadline');
    assert.deepEqual(pending?.actions, [], 'a prosecutor does not approve');

    const leaderView = (await leader.get(`/api/cases/${c.id}`)).body as CaseDetail;
    assert.deepEqual(leaderView.decisions.find((d) => d.id === pending?.id)?.actions, ['approve', 'refuse']);
    const approved = await leader.post(`/api/cases/${c.id}/decisions/${pending?.id}/actions`, { action: 'approve' });
    assert.equal(approved.status, 200, approved.text);
    detail = approved.body as CaseDetail;
    assert.equal(detail.measures[0]?.kind, 'detention');
    const detention = detail.deadlines.find((d) => d.kind === 'measure');
    assert.ok(detention);
    assert.match(detention.basis, /173/);
    assert.equal(deadline(detail, `approval:${pending?.id}`), undefined);
  });

  test('an act the stage does not allow is refused with its article, and changes nothing', async () => {
    const c = (await prosecutor.post('/api/cases', caseInput({ title: 'Vụ đánh bạc' }))).body as CaseDetail;
    const res = await prosecutor.post(`/api/cases/${c.id}/decisions`, {
      typeCode: 'first_instance_judgment',
      date: today,
    });
    assert.equal(res.status, 400);
    const field = (res.body.fields as Field[])[0];
    assert.equal(field?.field, 'typeCode');
    assert.match(field?.vi ?? '', /Điều \d+/);
    const after = (await prosecutor.get(`/api/cases/${c.id}`)).body as CaseDetail;
    assert.equal(after.decisions.length, 1);
    assert.equal(after.events.length, 1);
  });

  test('the procuracy’s own decision goes draft → submitted → approved → issued, then takes effect', async () => {
    const c = (await prosecutor.post('/api/cases', caseInput({ title: 'Vụ lừa đảo' }))).body as CaseDetail;
    await prosecutor.post(`/api/cases/${c.id}/decisions`, {
      typeCode: 'conclude_investigation_prosecute',
      number: '01/KLĐT',
      date: addDays(today, -1),
    });
    const draft = (await prosecutor.post(`/api/cases/${c.id}/decisions`, { typeCode: 'indictment', date: today }))
      .body as CaseDetail;
    const indictment = draft.decisions.find((d) => d.typeCode === 'indictment');
    assert.equal(indictment?.state, 'draft');
    assert.equal(draft.stage, 'prosecution');
    const act = (client: TestClient, action: string, extra = {}) =>
      client.post(`/api/cases/${c.id}/decisions/${indictment?.id}/actions`, { action, ...extra });
    assert.equal((await act(prosecutor, 'approve')).status, 400, 'a prosecutor cannot approve');
    assert.equal((await act(prosecutor, 'submit')).status, 200);
    assert.equal((await act(leader, 'approve')).status, 200);
    const noNumber = await act(leader, 'issue');
    assert.equal(noNumber.status, 400);
    assert.equal((noNumber.body.fields as Field[])[0]?.field, 'number');
    const issued = (await act(leader, 'issue', { number: '12/CT-VKS', date: today })).body as CaseDetail;
    assert.equal(issued.stage, 'first_instance_trial');
    assert.equal(issued.decisions.find((d) => d.id === indictment?.id)?.state, 'issued');
    assert.ok(deadline(issued, 'period:art240_deliver_decision'), 'the indictment must be delivered (Art. 240(2))');
    const delivered = (
      await prosecutor.post(`/api/cases/${c.id}/decisions`, { typeCode: 'deliver_decision', date: today })
    ).body as CaseDetail;
    assert.equal(deadline(delivered, 'period:art240_deliver_decision'), undefined);
    assert.equal(delivered.decisions.at(-1)?.state, 'recorded');
  });

  test('another province cannot see the case: 404 on the page, absent from lists', async () => {
    const c = (await prosecutor.post('/api/cases', caseInput({ title: 'Vụ riêng Quảng Ninh' }))).body as CaseDetail;
    assert.equal((await stranger.get(`/api/cases/${c.id}`)).status, 404);
    assert.equal((await stranger.post(`/api/cases/${c.id}/persons`, { role: 'victim', fullName: 'X' })).status, 404);
    const list = (await stranger.get('/api/cases?q=rieng quang ninh')).body;
    assert.equal(list.total, 0);
    const own = (await prosecutor.get('/api/cases?q=rieng quang ninh')).body;
    assert.equal(own.total, 1);
    assert.equal((await admin.get(`/api/cases/${c.id}`)).status, 404, 'an administrator is not a reader of cases');
  });

  test('bad input names the field and changes nothing', async () => {
    const before = (await prosecutor.get('/api/cases?mine=true')).body.total;
    const res = await prosecutor.post('/api/cases', caseInput({ charges: [{ article: '999' }] }));
    assert.equal(res.status, 400);
    assert.equal((res.body.fields as Field[])[0]?.field, 'charges.0.article');
    const future = await prosecutor.post('/api/cases', caseInput({ openedOn: addDays(today, 3) }));
    assert.equal((future.body.fields as Field[])[0]?.field, 'openedOn');
    assert.equal((await prosecutor.get('/api/cases?mine=true')).body.total, before);
    const c = (await prosecutor.get('/api/cases?mine=true')).body.items[0];
    const person = await prosecutor.post(`/api/cases/${c.id}/persons`, {
      role: 'defendant',
      fullName: 'A',
      idNumber: '12ab',
    });
    assert.equal(person.status, 400);
    assert.equal((person.body.fields as Field[])[0]?.field, 'idNumber');
    assert.match((person.body.fields as Field[])[0]?.vi ?? '', /Số định danh gồm 9–13 chữ số/);
  });

  test('lists filter by stage, article, deadline state and sort by the nearest deadline', async () => {
    const list = (await prosecutor.get('/api/cases?mine=true&article=173&sort=due')).body;
    assert.ok(list.total >= 1);
    for (const item of list.items)
      assert.equal(
        item.stage === 'investigation' || item.stage === 'first_instance_trial' || item.stage === 'prosecution',
        true,
      );
    const none = (await prosecutor.get('/api/cases?mine=true&stage=appeal')).body;
    assert.equal(none.total, 0);
    const bad = await prosecutor.get('/api/cases?deadline=soonish');
    assert.equal(bad.status, 400);
  });

  test('a whole case code finds that case only; the article filter reads every live charge', async () => {
    const opened = (
      await prosecutor.post(
        '/api/cases',
        caseInput({
          title: 'Vụ tìm theo mã',
          charges: [
            { article: '173', clause: 1 },
            { article: '174', clause: 1 },
          ],
        }),
      )
    ).body;
    const byCode = (await prosecutor.get(`/api/cases?q=${encodeURIComponent(opened.code.toLowerCase())}`)).body;
    assert.deepEqual(
      byCode.items.map((c: { id: string }) => c.id),
      [opened.id],
    );
    const byArticle = (await prosecutor.get('/api/cases?article=174&q=tim theo ma')).body;
    assert.deepEqual(
      byArticle.items.map((c: { id: string }) => c.id),
      [opened.id],
    );
    assert.equal((await prosecutor.get('/api/cases?article=175&q=tim theo ma')).body.total, 0);
    assert.equal((await stranger.get(`/api/cases?q=${encodeURIComponent(opened.code)}`)).body.total, 0);
  });

  test('export: the filtered list as CSV and XLSX, with only what the actor may read', async () => {
    await prosecutor.post('/api/cases', caseInput({ title: 'Vụ xuất danh sách' }));
    const csv = await prosecutor.get('/api/cases/export?q=xuat danh sach&format=csv');
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="vu-an.csv"/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0] ?? '', /^Mã vụ án,Tên vụ án,Giai đoạn/);
    assert.match(lines[1] ?? '', /Vụ xuất danh sách,Điều tra/);
    const xlsx = await prosecutor.get('/api/cases/export?q=xuat danh sach&format=xlsx');
    assert.equal(xlsx.status, 200);
    assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
    const strangerCsv = await stranger.get('/api/cases/export?q=xuat danh sach');
    assert.equal(
      strangerCsv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n').length,
      1,
    );
  });

  test('saved filters belong to their officer', async () => {
    const saved = await prosecutor.post('/api/saved-filters', {
      name: 'Quá hạn của tôi',
      query: { mine: 'true', deadline: 'overdue' },
    });
    assert.equal(saved.status, 201, saved.text);
    const again = await prosecutor.post('/api/saved-filters', { name: 'Quá hạn của tôi', query: {} });
    assert.equal(again.status, 409);
    assert.deepEqual(
      (await prosecutor.get('/api/saved-filters')).body.map((f: { name: string }) => f.name),
      ['Quá hạn của tôi'],
    );
    assert.deepEqual((await stranger.get('/api/saved-filters')).body, []);
    assert.equal((await stranger.delete(`/api/saved-filters/${saved.body.id}`)).status, 404);
    assert.equal((await prosecutor.delete(`/api/saved-filters/${saved.body.id}`)).status, 204);
    const bad = await prosecutor.post('/api/saved-filters', { name: 'x', query: { stage: 'nowhere' } });
    assert.equal(bad.status, 400);
  });
});

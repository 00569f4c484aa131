import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays } from '@eprocuracy/domain';
import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../../platform/time.ts';
import { signedIn, type TestClient } from '../../../test/client.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { incoming, officeProsecutor, outgoing } from './registry-test-kit.ts';

const BASE = '/api/document-registry';
type Field = { field: string; vi: string; en: string };

describe('document registry over HTTP', () => {
  let t: TestApp;
  let clerk: TestClient;
  let leader: TestClient;
  let stranger: TestClient;
  let admin: TestClient;
  let prosecutor: Awaited<ReturnType<typeof officeProsecutor>>;
  const today = todayInVietnam();

  before(async () => {
    t = await createTestApp();
    clerk = await signedIn(t.app, 'vanthu.hanoi');
    leader = await signedIn(t.app, 'vt.quangninh');
    stranger = await signedIn(t.app, 'ksv.travinh');
    admin = await signedIn(t.app, 'admin');
    prosecutor = await officeProsecutor(t, clerk);
  });
  after(() => t.close());

  const auditOf = async (action: string, entityId: string) =>
    (await admin.get(`/api/audit?action=${action}&entityId=${entityId}`)).body as {
      changes: Record<string, { before: unknown; after: unknown }>;
    }[];

  test('incoming numbers run 1, 2, … per year with no gap after a refused registration (Art. 22(2))', async () => {
    const first = await clerk.post(`${BASE}/incoming`, incoming());
    assert.equal(first.status, 201, first.text);
    assert.equal(first.body.number, 1);
    assert.equal(first.body.book, 'regular');
    assert.equal(first.body.status, 'received');
    const bad = await clerk.post(`${BASE}/incoming`, incoming({ documentDate: '2026-03-05' }));
    assert.equal(bad.status, 400);
    assert.equal(bad.body.fields[0].field, 'documentDate');
    const second = await clerk.post(`${BASE}/incoming`, incoming({ abstract: 'Văn bản thứ hai' }));
    assert.equal(second.body.number, 2);
    const lastYear = await clerk.post(
      `${BASE}/incoming`,
      incoming({ receivedOn: '2025-12-30', documentDate: '2025-12-29' }),
    );
    assert.equal(lastYear.body.number, 1, 'each year starts its own book');
    const entries = await auditOf('document_registry.incoming_registered', first.body.id);
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0]?.changes.abstract, { before: null, after: incoming().abstract });
  });

  test('validation errors name each field in Vietnamese and English and change nothing', async () => {
    const before = (await clerk.get(`${BASE}/incoming?limit=500`)).body.total;
    const reply = await clerk.post(`${BASE}/incoming`, {
      ...incoming({ type: 'poem', urgency: 'soon' }),
      abstract: '',
      extra: 1,
    });
    assert.equal(reply.status, 400);
    const fields = (reply.body.fields as Field[]).map((f) => f.field);
    for (const name of ['type', 'urgency', 'abstract', 'extra'])
      assert.ok(fields.includes(name), `${name} in ${fields}`);
    assert.ok((reply.body.fields as Field[]).every((f) => f.vi && f.en));
    const future = await clerk.post(`${BASE}/incoming`, incoming({ receivedOn: addDays(today, 2) }));
    assert.equal(future.body.fields[0].field, 'receivedOn');
    const english = await clerk.post(`${BASE}/incoming`, incoming({ pageCount: 0 }), { 'accept-language': 'en' });
    assert.match(english.body.detail, /pageCount/);
    assert.equal((await clerk.get(`${BASE}/incoming?limit=500`)).body.total, before);
  });

  test('secret documents go to their own book, closed to officers without clearance (Art. 15(2), 22(4))', async () => {
    const refused = await clerk.post(`${BASE}/incoming`, incoming({ secrecy: 'secret' }));
    assert.equal(refused.status, 400);
    assert.equal(refused.body.fields[0].field, 'secrecy');
    const secret = await leader.post(`${BASE}/incoming`, incoming({ secrecy: 'secret', abstract: 'Tài liệu mật' }));
    assert.equal(secret.status, 201, secret.text);
    assert.equal(secret.body.book, 'secret');
    assert.equal(secret.body.number, 1);
    const regular = await leader.post(`${BASE}/incoming`, incoming());
    assert.equal(regular.body.number, 1, 'the regular book of another office counts on its own');
    const qnProsecutor = await signedIn(t.app, 'ksv.quangninh');
    assert.equal((await qnProsecutor.get(`${BASE}/incoming/${secret.body.id}`)).status, 404);
    const listed = (await qnProsecutor.get(`${BASE}/incoming?book=secret`)).body;
    assert.equal(listed.total, 0, 'a list never shows what the detail refuses');
    assert.equal((await stranger.get(`${BASE}/incoming/${regular.body.id}`)).status, 404);
    const hanoiClerk = await clerk.get(`${BASE}/book?direction=incoming&year=2026&book=secret`);
    assert.equal(hanoiClerk.status, 404);
    const refusals = (await admin.get(`/api/audit?action=access.refused.read&entityId=${secret.body.id}`)).body;
    assert.ok(refusals.length >= 1, 'refused reads are audited');
  });

  test('route to a prosecutor with a due date, who takes it through to done (Art. 23, 24)', async () => {
    const doc = (await clerk.post(`${BASE}/incoming`, incoming({ receivedOn: today, documentDate: today }))).body;
    assert.equal((await prosecutor.client.post(`${BASE}/incoming/${doc.id}/handling`, { status: 'done' })).status, 403);
    const early = await clerk.post(`${BASE}/incoming/${doc.id}/route`, {
      officerId: prosecutor.id,
      dueOn: addDays(today, -1),
    });
    assert.equal(early.status, 400);
    assert.equal(early.body.fields[0].field, 'dueOn');
    const notHere = await clerk.post(`${BASE}/incoming/${doc.id}/route`, {
      officerId: (await stranger.get('/api/me')).body.officerId,
      dueOn: addDays(today, 5),
    });
    assert.equal(notHere.body.fields[0].field, 'officerId');
    const routed = await clerk.post(`${BASE}/incoming/${doc.id}/route`, {
      officerId: prosecutor.id,
      unit: 'Phòng 1',
      dueOn: addDays(today, 5),
      instruction: 'Đề nghị đồng chí nghiên cứu, trả lời',
    });
    assert.equal(routed.status, 200, routed.text);
    assert.equal(routed.body.status, 'routed');
    assert.equal(routed.body.handler.officerId, prosecutor.id);
    const mine = (await prosecutor.client.get(`${BASE}/incoming?mine=true`)).body;
    assert.ok(mine.items.some((item: { id: string }) => item.id === doc.id));
    const started = await prosecutor.client.post(`${BASE}/incoming/${doc.id}/handling`, { status: 'in_progress' });
    assert.equal(started.body.status, 'in_progress');
    const done = await prosecutor.client.post(`${BASE}/incoming/${doc.id}/handling`, {
      status: 'done',
      note: 'Đã trả lời',
    });
    assert.equal(done.body.status, 'done');
    assert.equal(done.body.doneOn, today);
    const again = await prosecutor.client.post(`${BASE}/incoming/${doc.id}/handling`, { status: 'in_progress' });
    assert.equal(again.status, 409);
    assert.equal(again.body.fields[0].field, 'status');
    const detail = (await clerk.get(`${BASE}/incoming/${doc.id}`)).body;
    assert.deepEqual(
      detail.events.map((e: { kind: string }) => e.kind),
      ['registered', 'routed', 'in_progress', 'done'],
    );
    const audit = await auditOf('document_registry.incoming_done', doc.id);
    assert.deepEqual(audit[0]?.changes.status, { before: 'in_progress', after: 'done' });
  });

  test('overdue handling is listed for the dashboard and filterable', async () => {
    const doc = (await clerk.post(`${BASE}/incoming`, incoming({ receivedOn: today, documentDate: today }))).body;
    await clerk.post(`${BASE}/incoming/${doc.id}/route`, { officerId: prosecutor.id, dueOn: addDays(today, 3) });
    await t.database.db.execute(sql`UPDATE incoming_documents SET due_on = ${addDays(today, -2)} WHERE id = ${doc.id}`);
    const overdue = (await clerk.get(`${BASE}/incoming/overdue`)).body;
    assert.ok(overdue.items.some((item: { id: string; overdue: boolean }) => item.id === doc.id && item.overdue));
    const filtered = (await clerk.get(`${BASE}/incoming?overdue=true`)).body;
    assert.ok(filtered.items.every((item: { overdue: boolean }) => item.overdue));
    assert.ok(filtered.total >= 1);
    assert.equal((await stranger.get(`${BASE}/incoming/overdue`)).body.total, 0);
  });

  test('outgoing numbers and symbols, and a reply linked to the incoming document', async () => {
    const question = (await clerk.post(`${BASE}/incoming`, incoming())).body;
    const first = await clerk.post(`${BASE}/outgoing`, outgoing(today, { replyToId: question.id }));
    assert.equal(first.status, 201, first.text);
    assert.equal(first.body.number, 1);
    assert.equal(first.body.numberSymbol, '01/QĐ-VKSHNI');
    assert.equal(first.body.replyTo.id, question.id);
    const answered = (await clerk.get(`${BASE}/incoming/${question.id}`)).body;
    assert.equal(answered.reply.numberSymbol, '01/QĐ-VKSHNI', 'the reply is linked both ways');
    const letter = await clerk.post(
      `${BASE}/outgoing`,
      outgoing(today, { type: 'official_letter', unitAbbreviation: 'VP' }),
    );
    assert.equal(letter.body.numberSymbol, '02/VKSHNI-VP');
    const linked = await clerk.post(`${BASE}/incoming/${question.id}/reply`, { outgoingId: first.body.id });
    assert.equal(linked.status, 200, linked.text);
    assert.equal(linked.body.reply.numberSymbol, '01/QĐ-VKSHNI');
    const noSigner = await clerk.post(`${BASE}/outgoing`, { ...outgoing(today), signer: undefined, recipients: [] });
    assert.deepEqual((noSigner.body.fields as Field[]).map((f) => f.field).sort(), ['recipients', 'signer']);
    assert.equal((await clerk.get(`${BASE}/outgoing`)).body.total, 2);
    assert.equal((await prosecutor.client.post(`${BASE}/outgoing`, outgoing(today))).status, 403);
  });

  test('registry books print as PDF and XLSX in the Appendix IV layout', async () => {
    const pdf = await clerk.get(`${BASE}/book?direction=incoming&year=2026&format=pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.ok(pdf.text.startsWith('%PDF'));
    assert.match(String(pdf.headers['content-disposition']), /so-van-ban-den-2026-HNI\.pdf/);
    const xlsx = await t.app.inject({
      method: 'GET',
      url: `${BASE}/book?direction=outgoing&year=${today.slice(0, 4)}&format=xlsx`,
      headers: { cookie: [...clerk.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    assert.equal(xlsx.statusCode, 200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    assert.equal(sheet?.getCell('A4').value, 'SỔ ĐĂNG KÝ VĂN BẢN ĐI');
    assert.equal(sheet?.getCell('A8').value, 'Số, ký hiệu văn bản');
    assert.equal(sheet?.getCell('E8').value, 'Nơi nhận văn bản');
    assert.equal(sheet?.getCell('A10').value, '01/QĐ-VKSHNI');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CaseDetail, CaseFileFindResult, CaseFileSearchHit, CaseFileSearchResult } from '@eprocuracy/domain';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit.schema.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { signedIn, type TestClient } from '../../../test/client.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { caseInput } from '../../cases/case-test-fixtures.ts';
import { officers, offices } from '../../identity/identity.schema.ts';
import { caseDocumentPages, caseDocumentVersions } from '../case-files.schema.ts';
import { addPagedDocument } from './search-test-pages.ts';

const INTERROGATION = [
  'Bị can khai nhận hành vi trộm cắp tài sản tại chợ Hạ Long.',
  'Người phạm tội đã bị bắt quả tang. Đây là tội phạm nghiêm trọng.',
  'Kết luận giám định: chất thu giữ là ma túy loại Methamphetamine.',
  'Hành vi phạm tội của bị can được thực hiện vào ban đêm.',
];

describe('case-file search', () => {
  let t: TestApp;
  let prosecutor: TestClient;
  let leader: TestClient;
  let stranger: TestClient;
  let regional: TestClient;
  let caseId: string;
  let otherCaseId: string;
  const docs: Record<string, string> = {};

  const search = async (client: TestClient, params: Record<string, string>) => {
    const reply = await client.get(`/api/case-files/search?${new URLSearchParams(params)}`);
    assert.equal(reply.status, 200, reply.text);
    return reply.body as CaseFileSearchResult;
  };
  /** The hits as "document name:page", in the order returned. */
  const found = (result: CaseFileSearchResult) =>
    result.items.map((hit) => `${nameOf(hit)}:${hit.pageNo}${hit.isCurrentVersion ? '' : `@v${hit.version}`}`);
  const nameOf = (hit: Pick<CaseFileSearchHit, 'documentId'>) =>
    Object.entries(docs).find(([, id]) => id === hit.documentId)?.[0] ?? hit.documentId;
  const sorted = (list: string[]) => [...list].sort();

  before(async () => {
    t = await createTestApp();
    prosecutor = await signedIn(t.app, 'ksv.quangninh');
    leader = await signedIn(t.app, 'vt.quangninh');
    stranger = await signedIn(t.app, 'ksv.travinh');
    regional = await signedIn(t.app, 'ksv.halong');
    caseId = ((await prosecutor.post('/api/cases', caseInput())).body as CaseDetail).id;
    const other = await stranger.post('/api/cases', caseInput({ title: 'Vụ trộm cắp tài sản ở Trà Vinh' }));
    otherCaseId = (other.body as CaseDetail).id;
    const db = t.database.db;
    const add = async (name: string, document: Parameters<typeof addPagedDocument>[1]) => {
      docs[name] = (await addPagedDocument(db, document)).documentId;
    };
    await add('interrogation', {
      caseId,
      type: 'interrogation_record',
      title: 'Biên bản hỏi cung bị can',
      documentDate: '2026-01-10',
      versions: [INTERROGATION],
    });
    await add('secret', {
      caseId,
      type: 'expert_conclusion',
      title: 'Báo cáo trinh sát',
      documentDate: '2026-02-01',
      secrecy: 'top_secret',
      versions: [['Tài liệu về tội phạm ma túy xuyên quốc gia.']],
    });
    await add('revised', {
      caseId,
      type: 'other',
      title: 'Bản tường trình',
      versions: [['Bản cũ: vườn hoa sen.'], ['Bản mới: vườn hoa hồng.']],
    });
    await add('travinh', {
      caseId: otherCaseId,
      type: 'interrogation_record',
      title: 'Biên bản hỏi cung ở Trà Vinh',
      versions: [['Đây là tội phạm trộm cắp tài sản ở Trà Vinh.']],
    });
  });
  after(() => t.close());

  test('words are found without regard to diacritics or case, typed with or without them', async () => {
    for (const q of ['toi pham', 'tội phạm', 'TỘI PHẠM', 'Tội Pham']) {
      const result = await search(prosecutor, { q });
      assert.deepEqual(sorted(found(result)), ['interrogation:2', 'interrogation:4'], q);
      assert.equal(result.total, 2);
    }
    assert.deepEqual(found(await search(prosecutor, { q: 'Đem' })), ['interrogation:4'], 'đ is d');
  });

  test('a quoted phrase needs its words side by side, in order', async () => {
    assert.deepEqual(found(await search(prosecutor, { q: '"toi pham"' })), ['interrogation:2']);
    assert.deepEqual(found(await search(prosecutor, { q: '"phạm tội"' })).sort(), [
      'interrogation:2',
      'interrogation:4',
    ]);
  });

  test('OR finds either, and -word excludes pages holding it', async () => {
    assert.deepEqual(sorted(found(await search(prosecutor, { q: '"ma tuy" OR "hoa hong"' }))), [
      'interrogation:3',
      'revised:1',
    ]);
    assert.deepEqual(found(await search(prosecutor, { q: 'pham -nghiem' })), ['interrogation:4']);
  });

  test('the snippet is the original text with exactly the matched words marked', async () => {
    const [hit] = (await search(prosecutor, { q: 'toi pham nghiem' })).items;
    assert.ok(hit);
    // Fragments of the page as stored, with their diacritics (trailing punctuation may be cut).
    const text = hit.snippet.map((p) => p.text).join('');
    assert.ok(text.startsWith('Người phạm tội đã bị bắt quả tang. Đây là tội phạm nghiêm trọng'), text);
    assert.ok(INTERROGATION[1]?.includes(text), text);
    assert.deepEqual(
      hit.snippet.filter((p) => p.hit).map((p) => p.text),
      ['phạm', 'tội', 'tội', 'phạm', 'nghiêm'],
    );
    assert.equal(hit.caseId, caseId);
    assert.match(hit.caseCode, /^\d+\/\d{4}\/QNI$/);
    assert.equal(hit.documentTitle, 'Biên bản hỏi cung bị can');
    assert.equal(hit.documentType, 'interrogation_record');
    assert.equal(hit.documentDate, '2026-01-10');
    assert.ok(hit.rank > 0);
  });

  test('the page with more of the words ranks first', async () => {
    const result = await search(prosecutor, { q: 'pham OR nghiem OR bi' });
    assert.equal(found(result)[0], 'interrogation:2');
    const ranks = result.items.map((hit) => hit.rank);
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => b - a),
    );
  });

  test('filters: office, case, document type, date range, paging', async () => {
    const q = 'ma tuy';
    assert.deepEqual(sorted(found(await search(leader, { q }))), ['interrogation:3', 'secret:1']);
    assert.deepEqual(found(await search(leader, { q, documentType: 'expert_conclusion' })), ['secret:1']);
    assert.deepEqual(found(await search(leader, { q, from: '2026-01-15' })), ['secret:1']);
    assert.deepEqual(found(await search(leader, { q, to: '2026-01-15' })), ['interrogation:3']);
    assert.deepEqual(found(await search(leader, { q, caseId: otherCaseId })), []);
    const caseDetail = (await leader.get(`/api/cases/${caseId}`)).body as CaseDetail;
    assert.equal((await search(leader, { q, officeId: caseDetail.officeId })).total, 2);
    const page = await search(leader, { q, limit: '1', offset: '1' });
    assert.equal(page.items.length, 1);
    assert.equal(page.total, 2);
    assert.deepEqual(await search(leader, { q, offset: '40' }), { items: [], total: 2 });
    // Empty filters, as a form sends them, are absent ones.
    assert.equal((await search(leader, { q, officeId: '', caseId: '', documentType: '', from: '', to: '' })).total, 2);
  });

  test('older versions are searched only on request', async () => {
    assert.deepEqual(found(await search(prosecutor, { q: 'hoa sen' })), []);
    assert.deepEqual(found(await search(prosecutor, { q: 'hoa sen', versions: 'all' })), ['revised:1@v1']);
  });

  test('another province sees nothing of this case file, and this office nothing of theirs', async () => {
    assert.deepEqual(found(await search(stranger, { q: 'trom cap' })), ['travinh:1']);
    assert.deepEqual(found(await search(stranger, { q: 'tội phạm' })), ['travinh:1']);
    assert.deepEqual(found(await search(prosecutor, { q: 'trom cap' })), ['interrogation:1']);
    assert.deepEqual(found(await search(regional, { q: 'trom cap' })), []);
    assert.deepEqual(found(await search(stranger, { q: 'ma tuy', caseId })), []);
  });

  test('a document above the clearance of the prosecutor is hidden; the leader reading it is audited', async () => {
    assert.deepEqual(found(await search(prosecutor, { q: 'xuyen quoc gia' })), []);
    const reads = () =>
      t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'record.read_classified'), eq(auditLog.entityId, docs.secret ?? '')));
    const before = (await reads()).length;
    const result = await search(leader, { q: 'xuyen quoc gia' });
    assert.deepEqual(found(result), ['secret:1']);
    assert.equal(result.items[0]?.secrecy, 'top_secret');
    const after = await reads();
    assert.equal(after.length, before + 1);
    assert.equal(after.at(-1)?.entityType, 'case_document');
  });

  test('results show exactly the documents whose page the officer may open', async () => {
    const everything = { q: 'bi OR tuy OR hoa OR vinh', versions: 'all', limit: '100' };
    const caseOf = (name: string) => (name === 'travinh' ? otherCaseId : caseId);
    // The head of the supreme office reaches every office: too many for one index scan each.
    const [head] = await t.database.db
      .select({ username: officers.username })
      .from(officers)
      .innerJoin(offices, eq(offices.id, officers.officeId))
      .where(and(eq(offices.code, 'VKSTC'), eq(officers.position, 'head')));
    assert.ok(head);
    assert.ok((await t.database.db.$count(offices)) > 25);
    const national = await signedIn(t.app, head.username);
    for (const client of [prosecutor, leader, stranger, regional, national]) {
      const shown = new Set((await search(client, everything)).items.map((hit) => nameOf(hit)));
      const openable = new Set<string>();
      for (const [name, id] of Object.entries(docs)) {
        if ((await client.get(`/api/cases/${caseOf(name)}/files/${id}`)).status === 200) openable.add(name);
      }
      assert.deepEqual([...shown].sort(), [...openable].sort());
    }
    assert.equal((await search(national, everything)).items.length > 0, true, 'the whole tree is searched');
  });

  test('a query without a word to look up is refused, naming the field', async () => {
    for (const q of ['-nghiem', '... !!', '']) {
      const reply = await prosecutor.get(`/api/case-files/search?${new URLSearchParams({ q })}`);
      assert.equal(reply.status, 400, q);
      assert.equal(reply.body.fields?.[0]?.field, 'query.q', q);
    }
    const reply = await prosecutor.get('/api/case-files/search?q=toi&from=2026-03-01&to=2026-02-01');
    assert.equal(reply.status, 400);
    assert.equal(reply.body.fields?.[0]?.field, 'query.to');
    const bad = await prosecutor.get('/api/case-files/search?q=toi&documentType=letter');
    assert.equal(bad.status, 400);
  });

  test('within one case file: pages per document in file order; unreadable files are a 404', async () => {
    const reply = await prosecutor.get(`/api/cases/${caseId}/files/search?${new URLSearchParams({ q: 'tội phạm' })}`);
    assert.equal(reply.status, 200, reply.text);
    const result = reply.body as CaseFileFindResult;
    assert.equal(result.isTruncated, false);
    assert.deepEqual(
      result.documents.map((d) => [nameOf(d), d.hits.map((h) => h.pageNo)]),
      [['interrogation', [2, 4]]],
    );
    assert.ok(result.documents[0]?.hits[0]?.snippet.some((p) => p.hit && p.text === 'tội'));
    const leaderView = (await leader.get(`/api/cases/${caseId}/files/search?q=toi+pham`)).body as CaseFileFindResult;
    assert.deepEqual(
      leaderView.documents.map((d) => nameOf(d)),
      ['interrogation', 'secret'],
    );
    assert.equal((await stranger.get(`/api/cases/${caseId}/files/search?q=toi`)).status, 404);
    assert.equal((await prosecutor.get(`/api/cases/${caseId}/files/search?q=-toi`)).status, 400);
  });

  test('both searches are in the OpenAPI document, with their parameters', async () => {
    const doc = (await prosecutor.get('/api/openapi.json')).body;
    const names = (path: string) => doc.paths[path].get.parameters.map((p: { name: string }) => p.name).sort();
    assert.deepEqual(names('/api/case-files/search'), [
      'caseId',
      'documentType',
      'from',
      'limit',
      'officeId',
      'offset',
      'q',
      'subtree',
      'to',
      'versions',
    ]);
    assert.deepEqual(names('/api/cases/{id}/files/search'), ['id', 'q', 'versions']);
  });

  test('a case transferred to another office takes its pages along, and who finds them follows', async () => {
    const moved = ((await prosecutor.post('/api/cases', caseInput({ title: 'Vụ chuyển đi' }))).body as CaseDetail).id;
    const { documentId } = await addPagedDocument(t.database.db, {
      caseId: moved,
      type: 'other',
      title: 'Biên bản giao nhận',
      versions: [['Biên bản giao nhận vật chứng tại cảng Cái Lân.']],
    });
    const q = { q: 'cang cai lan' };
    const finds = async (client: TestClient, params = {}) =>
      (await search(client, { ...q, ...params })).items.map((hit) => hit.documentId);
    const pageOffices = async () =>
      (
        await t.database.db
          .selectDistinct({ officeId: caseDocumentPages.officeId })
          .from(caseDocumentPages)
          .innerJoin(caseDocumentVersions, eq(caseDocumentVersions.id, caseDocumentPages.versionId))
          .where(eq(caseDocumentVersions.documentId, documentId))
      ).map((row) => row.officeId);
    const from = ((await prosecutor.get('/api/me')).body as { officeId: string }).officeId;
    const to = ((await regional.get('/api/me')).body as { officeId: string }).officeId;
    assert.deepEqual(await pageOffices(), [from], 'a new page takes its case’s office');
    assert.deepEqual(await finds(prosecutor), [documentId]);
    assert.deepEqual(await finds(regional), []);

    const draft = (
      await prosecutor.post(`/api/cases/${moved}/decisions`, {
        typeCode: 'transfer_case_investigation',
        date: todayInVietnam(),
        targetOfficeId: to,
      })
    ).body as CaseDetail;
    const decision = draft.decisions.find((d) => d.typeCode === 'transfer_case_investigation');
    const act = (client: TestClient, action: string, extra = {}) =>
      client.post(`/api/cases/${moved}/decisions/${decision?.id}/actions`, { action, ...extra });
    await act(prosecutor, 'submit');
    await act(leader, 'approve');
    assert.equal((await act(leader, 'issue', { number: '11/QĐ-VKS' })).status, 200);

    assert.deepEqual(await pageOffices(), [to], 'the pages moved with the case');
    assert.deepEqual(await finds(regional), [documentId], 'the receiving office finds them');
    assert.deepEqual(await finds(prosecutor), [], 'no longer this office’s, nor assigned to its prosecutor');
    assert.deepEqual(await finds(leader), [documentId], 'still below the provincial leader');
    assert.deepEqual(await finds(leader, { officeId: to }), [documentId]);
    assert.deepEqual(await finds(leader, { officeId: from }), []);
    assert.deepEqual(await finds(leader, { officeId: from, subtree: 'true' }), [documentId]);
  });

  test('counting stops above 10,000 pages, and the best of those found are shown', async () => {
    const pages = Array.from({ length: 10_001 }, (_, i) =>
      i === 5_000 ? 'kiểm đếm kiểm đếm kiểm đếm' : `Trang ${i} kiểm đếm`,
    );
    pages.push('kiểm đếm');
    await addPagedDocument(t.database.db, { caseId, type: 'other', title: 'Sổ dày', versions: [pages] });
    const result = await search(prosecutor, { q: 'kiem dem', limit: '5' });
    assert.equal(result.total, 10_001);
    assert.equal(result.items.length, 5);
    const ranks = result.items.map((hit) => hit.rank);
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => b - a),
    );
  });
});

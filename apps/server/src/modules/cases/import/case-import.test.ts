import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, type CaseDetail, type CaseImportRow } from '@eprocuracy/domain';
import { startWorker, type Worker } from '../../../platform/jobs/worker.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { signedIn, type TestClient } from '../../../test/client.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { caseImportJob } from './case-import.job.ts';
import { type CsvRow, caseCsv, caseRow, daysAgo, uploadCases, waitForImport } from './case-import-test-helpers.ts';

type Row = CaseImportRow & { caseCode?: string };

const today = todayInVietnam();

const NO_DEFENDANT: CsvRow = {
  defendant_ref: '',
  defendant_name: '',
  birth_date: '',
  sex: '',
  id_number: '',
  address: '',
};

describe('legacy case import', () => {
  let t: TestApp;
  let worker: Worker;
  let leader: TestClient;
  before(async () => {
    t = await createTestApp();
    worker = startWorker({ db: t.database.db, config: t.config, jobs: [caseImportJob], schedules: [], pollMs: 20 });
    leader = await signedIn(t.app, 'vt.quangninh');
  });
  after(async () => {
    await worker.stop();
    await t.close();
  });

  const run = async (rows: readonly CsvRow[], fields: Record<string, string> = {}, client = leader) => {
    const started = await uploadCases(client, { name: 'vu-an.csv', data: caseCsv(rows) }, fields);
    assert.equal(started.status, 202, JSON.stringify(started.body));
    const view = await waitForImport(client, started.body.id);
    const report = (await client.get(`/api/case-imports/${view.id}/rows?limit=500`)).body.items as Row[];
    return { view, report };
  };
  const findByRef = async (ref: string) => {
    const list = await leader.get(`/api/cases?q=${encodeURIComponent(ref)}&limit=5`);
    return list.body.items as { id: string; code: string }[];
  };
  const detail = async (id: string) => (await leader.get(`/api/cases/${id}`)).body as CaseDetail;
  const countCases = async () => (await leader.get('/api/cases?limit=1')).body.total as number;

  const validFile: CsvRow[] = [
    caseRow('LG-001', { measure: 'Tạm giam', measure_start: daysAgo(50) }),
    caseRow('LG-001', { article: '174', clause: '1' }),
    caseRow('LG-001', {
      defendant_ref: 'LG-001-BC2',
      defendant_name: 'Lê Thị Hoa',
      sex: 'Nữ',
      birth_date: '1995-02-03',
      id_number: '22195001234',
      measure: 'Cấm đi khỏi nơi cư trú',
      measure_start: daysAgo(40),
      measure_end: daysAgo(5),
    }),
    caseRow('LG-002', {
      stage: 'Truy tố',
      stage_date: daysAgo(10),
      title: 'Vụ lừa đảo LG-002',
      article: '174',
      clause: '2',
    }),
    caseRow('LG-003', { stage: 'suspended', stage_date: daysAgo(3), ...NO_DEFENDANT }),
  ];

  test('a valid file becomes cases: numbered, at their stage, with defendants, charges, measures and prosecutor', async () => {
    const before = await countCases();
    const { view, report } = await run(validFile);
    assert.equal(view.status, 'done', JSON.stringify(report.filter((r) => !r.ok)));
    assert.deepEqual([view.total, view.imported, view.failed, view.casesCreated, view.casesUpdated], [5, 5, 0, 3, 0]);
    assert.equal(view.processed, view.total);
    assert.equal(await countCases(), before + 3);
    assert.ok(report.every((r) => r.ok && r.caseId && r.caseCode && r.isUpdate === false));

    const [one] = await findByRef('LG-001');
    assert.ok(one);
    const first = await detail(one.id);
    assert.equal(first.stage, 'investigation');
    const defendants = first.persons.filter((p) => p.role === 'defendant');
    assert.deepEqual(defendants.map((p) => p.fullName).sort(), ['Lê Thị Hoa', 'Trần Văn Bình']);
    assert.equal(defendants.find((p) => p.fullName === 'Lê Thị Hoa')?.idNumber, '022195001234');
    assert.equal(first.charges.length, 3);
    assert.equal(first.officers[0]?.role, 'prosecutor');
    assert.ok(
      first.deadlines.some((d) => d.key === 'period:art172_investigation'),
      JSON.stringify(first.deadlines),
    );
    assert.ok(
      first.deadlines.some((d) => d.kind === 'measure'),
      'the detention has its Art. 173 deadline',
    );
    assert.equal(first.events[0]?.kind, 'imported');

    const second = await detail(report.find((r) => r.caseRef === 'LG-002')?.caseId as string);
    assert.equal(second.stage, 'prosecution');
    assert.deepEqual(
      second.decisions.map((d) => d.typeCode),
      ['open_case', 'conclude_investigation_prosecute'],
    );
    assert.ok(second.deadlines.some((d) => d.key === 'period:art240_prosecution_decision'));
    const third = await detail(report.find((r) => r.caseRef === 'LG-003')?.caseId as string);
    assert.equal(third.stage, 'suspended');
    assert.equal(third.charges[0]?.personId, null);

    const audit = (await (await signedIn(t.app, 'admin')).get('/api/audit?action=import.cases&limit=5')).body;
    assert.equal(audit.length, 1);
    assert.equal(audit[0].changes.casesCreated.after, 3);
  });

  test('importing the same file again updates the cases in place: same ids and numbers, no duplicates', async () => {
    const before = await countCases();
    const [one] = await findByRef('LG-001');
    const changed = validFile.map((r) => (r.case_ref === 'LG-002' ? { ...r, title: 'Vụ lừa đảo LG-002 (sửa)' } : r));
    const { view, report } = await run(changed);
    assert.equal(view.status, 'done');
    assert.deepEqual([view.casesCreated, view.casesUpdated], [0, 3]);
    assert.equal(await countCases(), before);
    assert.ok(report.every((r) => r.isUpdate));
    const again = await findByRef('LG-001');
    assert.deepEqual(
      again.map((c) => [c.id, c.code]),
      [[one?.id, one?.code]],
    );
    const second = await detail(report.find((r) => r.caseRef === 'LG-002')?.caseId as string);
    assert.equal(second.title, 'Vụ lừa đảo LG-002 (sửa)');
    assert.equal((await detail(one?.id as string)).charges.length, 3);
  });

  const badFile: CsvRow[] = [
    caseRow('BAD-1', { opened_on: '31/02/2024' }),
    caseRow('BAD-2', { article: '999' }),
    caseRow('BAD-3', { office_code: 'KHONGCO' }),
    caseRow('BAD-4', { prosecutor: 'ksv.travinh' }),
    caseRow('BAD-5', { stage: 'Đã kết thúc', stage_date: daysAgo(5) }),
    caseRow('BAD-6', { stage: 'Truy tố' }),
    caseRow('OK-1'),
    caseRow('OK-1', { title: 'Một tên khác', defendant_ref: 'OK-1-BC2', defendant_name: 'Phạm Văn Cường' }),
    caseRow('OK-2'),
  ];

  const errorsOf = (report: Row[], ref: string) =>
    report.filter((r) => r.caseRef === ref).flatMap((r) => r.errors.map((e) => e.field));

  test('all or nothing: one invalid row and nothing is written; every error names its column in vi and en', async () => {
    const before = await countCases();
    const { view, report } = await run(badFile);
    assert.equal(view.status, 'rejected', String(view.error));
    assert.equal(await countCases(), before);
    assert.deepEqual(errorsOf(report, 'BAD-1'), ['opened_on']);
    assert.deepEqual(errorsOf(report, 'BAD-2'), ['article']);
    assert.match(report.find((r) => r.caseRef === 'BAD-2')?.errors[0]?.vi ?? '', /Điều 999/);
    assert.deepEqual(errorsOf(report, 'BAD-3'), ['office_code']);
    assert.deepEqual(errorsOf(report, 'BAD-4'), ['prosecutor']);
    assert.deepEqual(errorsOf(report, 'BAD-5'), ['judgment_date']);
    assert.deepEqual(errorsOf(report, 'BAD-6'), ['stage_date']);
    // Rows of one case disagree on its title: the later row is wrong, and the case is held back whole.
    assert.deepEqual(errorsOf(report, 'OK-1'), ['row', 'title']);
    const [held, disagreeing] = report.filter((r) => r.caseRef === 'OK-1');
    assert.match(disagreeing?.errors[0]?.en ?? '', new RegExp(`Differs from row ${held?.row} of the same case`));
    assert.match(held?.errors[0]?.en ?? '', new RegExp(`invalid rows \\(${disagreeing?.row}\\)`));
    assert.ok(report.find((r) => r.caseRef === 'OK-2')?.ok);
    assert.ok(report.every((r) => r.errors.every((e) => e.vi && e.en)));
  });

  test('valid rows: the valid cases are written and the rest reported; a dry run writes nothing', async () => {
    const before = await countCases();
    const dry = await run(badFile, { mode: 'valid_rows', dryRun: 'true' });
    assert.equal(dry.view.status, 'done');
    assert.deepEqual([dry.view.imported, dry.view.casesCreated], [1, 1]);
    assert.equal(dry.report.find((r) => r.caseRef === 'OK-2')?.caseId, undefined);
    assert.equal(await countCases(), before);

    const { view, report } = await run(badFile, { mode: 'valid_rows' });
    assert.equal(view.status, 'done');
    assert.deepEqual([view.imported, view.failed, view.casesCreated], [1, 8, 1]);
    assert.equal(await countCases(), before + 1);
    assert.ok(report.find((r) => r.caseRef === 'OK-2')?.caseCode);

    const file = await leader.get(`/api/case-imports/${view.id}/report?format=csv`);
    assert.equal(file.status, 200);
    assert.match(String(file.headers['content-disposition']), /attachment/);
    assert.match(file.text, /Mã vụ án nguồn/);
    assert.match(file.text, /OK-2,/);
    assert.match(file.text, /opened_on: Ngày không hợp lệ/);
  });

  test('a closed case comes in when its judgment became final unappealed by the stage date (Art. 343)', async () => {
    const closed = { stage: 'Đã kết thúc' };
    const { view, report } = await run(
      [
        // Judged 50 days ago: the superior procuracy's 30-day window ended 20 days ago, final from the next day.
        caseRow('KT-1', { ...closed, judgment_date: daysAgo(50), stage_date: daysAgo(19) }),
        caseRow('KT-2', { ...closed, judgment_date: daysAgo(20), stage_date: daysAgo(5) }),
        caseRow('KT-3', { stage: 'Truy tố', stage_date: daysAgo(10), judgment_date: daysAgo(8) }),
        caseRow('KT-4', { ...closed, judgment_date: daysAgo(10), stage_date: daysAgo(40) }),
      ],
      { mode: 'valid_rows' },
    );
    assert.equal(view.status, 'done');
    assert.deepEqual(errorsOf(report, 'KT-2'), ['stage_date']);
    const early = report.find((r) => r.caseRef === 'KT-2')?.errors[0];
    assert.match(early?.vi ?? '', /VKS cấp trên trực tiếp.*Điều 343 BLTTHS/);
    assert.match(early?.en ?? '', new RegExp(`runs until the end of ${addDays(today, 10)}`));
    assert.deepEqual(errorsOf(report, 'KT-3'), ['judgment_date']);
    assert.deepEqual(errorsOf(report, 'KT-4'), ['judgment_date']);
    const kept = await detail(report.find((r) => r.caseRef === 'KT-1')?.caseId as string);
    assert.equal(kept.stage, 'closed');
    assert.deepEqual(
      kept.decisions.map((d) => [d.typeCode, d.date.slice(0, 10)]).filter(([code]) => /judgment/.test(code as string)),
      [
        ['first_instance_judgment', addDays(today, -50)],
        ['first_instance_judgment_final', addDays(today, -19)],
      ],
    );
    assert.ok(!kept.deadlines.some((d) => d.kind === 'period'), JSON.stringify(kept.deadlines));
  });

  test('access: the import is a leader’s act on their own office; its report is the uploader’s alone', async () => {
    const prosecutor = await signedIn(t.app, 'ksv.quangninh');
    const refused = await uploadCases(prosecutor, { name: 'a.csv', data: caseCsv([caseRow('X-1')]) });
    assert.equal(refused.status, 403);
    const { view, report } = await run([caseRow('X-2', { office_code: 'TVH', prosecutor: 'ksv.travinh' })]);
    assert.equal(view.status, 'rejected');
    assert.deepEqual(errorsOf(report, 'X-2'), ['office_code']);
    assert.equal((await prosecutor.get(`/api/case-imports/${view.id}`)).status, 404);
  });

  test('a bad file is refused at once, naming the problem', async () => {
    const missing = await uploadCases(leader, { name: 'a.csv', data: 'case_ref,title\r\nA,B\r\n' });
    assert.equal(missing.status, 400);
    assert.match(missing.body.detail, /office_code/);
    const unknown = await uploadCases(leader, { name: 'a.csv', data: 'case_ref,foo\r\nA,B\r\n' });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.detail_en, /Unsupported column: "foo"/);
  });

  test('the templates (CSV and XLSX, Vietnamese headers) import as they are', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const template = await leader.app.inject({
        method: 'GET',
        url: `/api/case-imports/template?format=${format}`,
        headers: { cookie: [...leader.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      assert.equal(template.statusCode, 200);
      const started = await uploadCases(
        leader,
        { name: `mau.${format}`, data: template.rawPayload },
        { dryRun: 'true' },
      );
      assert.equal(started.status, 202, JSON.stringify(started.body));
      const view = await waitForImport(leader, started.body.id);
      const rows = (await leader.get(`/api/case-imports/${view.id}/rows`)).body.items as Row[];
      assert.deepEqual([view.status, view.total, view.failed], ['done', 2, 0], JSON.stringify(rows));
    }
  });
});

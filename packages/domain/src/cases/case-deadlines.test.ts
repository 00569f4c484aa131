import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ProcedureCategory } from '../procedure/rule-types.ts';
import {
  type CaseDeadlineInput,
  caseCategory,
  caseDeadlines,
  DEFAULT_SOON_DAYS,
  deadlineState,
} from './case-deadlines.ts';
import type { PreventiveMeasure } from './measures.ts';

const input = (fields: Partial<CaseDeadlineInput>): CaseDeadlineInput => ({
  category: 'serious',
  periods: [],
  measures: [],
  pendingDecisions: [],
  today: '2026-03-10',
  ...fields,
});

const only = (fields: Partial<CaseDeadlineInput>) => {
  const { deadlines, problems } = caseDeadlines(input(fields));
  assert.deepEqual(problems, []);
  assert.equal(deadlines.length, 1, JSON.stringify(deadlines));
  return deadlines[0] as NonNullable<(typeof deadlines)[number]>;
};

const investigation = { ruleId: 'art172_investigation', start: '2026-03-10', extensions: [] };

describe('live deadlines of a case', () => {
  test('investigation: 2 / 3 / 4 / 4 months from opening the case (Art. 172(1))', () => {
    const expected: [ProcedureCategory, string][] = [
      ['minor', '2026-05-11'], // 10/05/2026 is a Sunday: the next working day (Art. 134(1))
      ['serious', '2026-06-10'],
      ['very_serious', '2026-07-10'],
      ['especially_serious', '2026-07-10'],
    ];
    for (const [category, due] of expected) {
      const d = only({ category, periods: [investigation] });
      assert.equal(d.due, due, category);
      assert.equal(d.key, 'period:art172_investigation');
      assert.equal(d.kind, 'period');
      assert.deepEqual(d.label, { vi: 'Thời hạn điều tra', en: 'Investigation period' });
      assert.equal(d.basis, 'Điều 172 khoản 1 BLTTHS');
      assert.equal(d.basisEn, 'Art. 172(1) CPC');
      assert.equal(d.window, false);
      assert.ok((d.remainingExtensions?.length ?? 0) > 0);
      assert.ok(d.maxPossibleDue && d.maxPossibleDue > d.due);
    }
  });

  test('custody: 3 days from the hour, a date-time due (Art. 118(1))', () => {
    const custody: PreventiveMeasure & { defendantName: string } = {
      id: 'm1',
      defendantId: 'bc1',
      defendantName: 'Nguyễn Văn A',
      kind: 'custody',
      stage: 'investigation',
      start: '2026-03-01T22:30',
    };
    const d = only({ measures: [custody], today: '2026-03-02' });
    assert.equal(d.key, 'measure:m1');
    assert.equal(d.kind, 'measure');
    assert.equal(d.subjectId, 'bc1');
    assert.deepEqual(d.label, { vi: 'Tạm giữ — Nguyễn Văn A', en: 'Custody — Nguyễn Văn A' });
    assert.equal(d.due, '2026-03-04T22:30');
    assert.equal(d.dueDate, '2026-03-04');
    assert.equal(d.daysLeft, 2);
    assert.equal(d.basis, 'Điều 118 khoản 1 BLTTHS');
    assert.equal(d.remainingExtensions?.length, 2); // +3 days, then +3 more (Art. 118(2))
  });

  test('detention for investigation: 90 days counting the first, custody days deducted (Art. 173, 118(4))', () => {
    const detention: PreventiveMeasure = {
      id: 'm2',
      defendantId: 'bc1',
      kind: 'detention',
      stage: 'investigation',
      start: '2026-03-02',
    };
    assert.equal(only({ measures: [detention] }).due, '2026-05-30');
    assert.equal(only({ measures: [{ ...detention, custodyDaysDeducted: 2 }] }).due, '2026-05-28');
    assert.deepEqual(only({ measures: [detention] }).label, { vi: 'Tạm giam', en: 'Detention' });
  });

  test('a custody extension is approved within 12 hours of receipt (Art. 118(2))', () => {
    const d = only({
      pendingDecisions: [{ id: 'qd9', typeCode: 'extend_custody', receivedAt: '2026-03-04T20:00' }],
      today: '2026-03-04',
    });
    assert.equal(d.key, 'approval:qd9');
    assert.equal(d.kind, 'approval');
    assert.equal(d.subjectId, 'qd9');
    assert.equal(d.due, '2026-03-05T08:00');
    assert.equal(d.ruleId, 'art118_approve_custody_extension');
    assert.equal(d.label.vi, 'Phê chuẩn: Gia hạn tạm giữ');
    assert.equal(d.basisEn, 'Art. 118(2) CPC');
  });

  test('the appeal window is 15 days from the judgment (Art. 333(1)), never overdue, gone once lapsed', () => {
    const window = { ruleId: 'art333_appeal_judgment', start: '2026-09-15', extensions: [] };
    const open = only({ periods: [window], today: '2026-09-25' });
    assert.equal(open.due, '2026-09-30');
    assert.equal(open.window, true);
    assert.equal(open.daysLeft, 5);
    assert.equal(open.state, 'due_soon');
    assert.equal(only({ periods: [window], today: '2026-09-30' }).daysLeft, 0);
    assert.deepEqual(caseDeadlines(input({ periods: [window], today: '2026-10-01' })), { deadlines: [], problems: [] });
    // An ordinary period stays and is overdue the day after its last day.
    const late = only({ periods: [investigation], today: '2026-06-11' });
    assert.equal(late.daysLeft, -1);
    assert.equal(late.state, 'overdue');
  });

  test('due soon within 10 days by default; the horizon is configurable', () => {
    assert.equal(DEFAULT_SOON_DAYS, 10);
    assert.equal(only({ periods: [investigation], today: '2026-05-31' }).state, 'due_soon'); // 10 days left
    assert.equal(only({ periods: [investigation], today: '2026-05-30' }).state, 'running'); // 11 days left
    assert.equal(only({ periods: [investigation], today: '2026-05-30', soonDays: 15 }).state, 'due_soon');
    assert.equal(deadlineState(0, 10), 'due_soon');
    assert.equal(deadlineState(-1, 10), 'overdue');
    assert.equal(deadlineState(11, 10), 'running');
    assert.equal(deadlineState(3, 0), 'running');
  });

  test('sorted by due; a moment comes before a day ending at 24:00', () => {
    const { deadlines } = caseDeadlines(
      input({
        periods: [investigation, { ruleId: 'art147_settle_crime_report', start: '2026-02-18', extensions: [] }],
        measures: [
          { id: 'm1', defendantId: 'bc1', kind: 'custody', stage: 'investigation', start: '2026-03-07T08:00' },
        ],
        pendingDecisions: [{ id: 'qd1', typeCode: 'charge_suspect', receivedAt: '2026-03-07T10:00' }],
      }),
    );
    assert.deepEqual(
      deadlines.map((d) => [d.key, d.due]),
      [
        ['measure:m1', '2026-03-10T08:00'],
        ['approval:qd1', '2026-03-10'],
        ['period:art147_settle_crime_report', '2026-03-10'],
        ['period:art172_investigation', '2026-06-10'],
      ],
    );
  });

  test('ended and unbounded measures are skipped; bad data becomes a problem', () => {
    const base = { defendantId: 'bc1', stage: 'investigation' as const };
    const { deadlines, problems } = caseDeadlines(
      input({
        periods: [{ ruleId: 'art172_investigation', start: 'soon', extensions: [] }],
        measures: [
          { ...base, id: 'ended', kind: 'detention', start: '2026-03-01', endedAt: '2026-03-05' },
          { ...base, id: 'arrest', kind: 'arrest', start: '2026-03-01T08:00' },
          { ...base, id: 'bail', kind: 'bail', start: '2026-03-01' },
          { ...base, id: 'ban', kind: 'exit_ban', start: '2026-03-01', orderedEnd: '2026-06-10' },
          { ...base, id: 'bad', kind: 'residence_ban', start: '2026-03-01', orderedEnd: '2026-02-01' },
          { ...base, id: 'hour', kind: 'custody', start: '2026-03-01' },
        ],
        pendingDecisions: [
          { id: 'x', typeCode: 'residence_ban', receivedAt: '2026-03-01' },
          { id: 'y', typeCode: 'no_such_type', receivedAt: '2026-03-01' },
          { id: 'z', typeCode: 'extend_custody', receivedAt: '2026-03-01' },
        ],
      }),
    );
    assert.deepEqual(
      deadlines.map((d) => [d.key, d.due, d.basis]),
      [['measure:ban', '2026-06-10', 'Điều 124 khoản 3 BLTTHS']],
    );
    assert.deepEqual(
      problems.map((p) => [p.key, p.field]),
      [
        ['period:art172_investigation', 'start'],
        ['measure:bad', 'orderedEnd'],
        ['measure:hour', 'start'],
        ['approval:y', 'typeCode'],
        ['approval:z', 'receivedAt'],
      ],
    );
    assert.ok(problems.every((p) => p.reason.vi && p.reason.en));
  });

  test('an invalid today or alert horizon is reported, not thrown', () => {
    assert.equal(caseDeadlines(input({ today: '2026-13-01' })).problems[0]?.field, 'today');
    assert.equal(caseDeadlines(input({ soonDays: -1 })).problems[0]?.field, 'soonDays');
  });
});

describe('the case category', () => {
  test('is the most serious charge (Penal Code Art. 9), so joined cases take their most serious crime', () => {
    assert.equal(caseCategory([{ article: 173, clause: 1 }]), 'minor'); // theft, up to 3 years
    assert.equal(caseCategory([{ article: 123, clause: 2 }]), 'very_serious'); // murder, 7–15 years
    const joined = [
      { article: 173, clause: 1 },
      { article: '123', clause: 2 },
    ];
    assert.equal(caseCategory(joined), 'very_serious');
    assert.equal(caseCategory([...joined, { article: 173, clause: 4 }]), 'especially_serious');
    assert.equal(caseCategory([]), undefined);
    assert.equal(caseCategory([{ article: 999, clause: 1 }]), undefined);
    assert.equal(caseCategory(joined, '2026-03-10'), 'very_serious');
    assert.equal(caseCategory(joined, '2017-06-01'), undefined); // before the Penal Code 2015 took effect
  });
});

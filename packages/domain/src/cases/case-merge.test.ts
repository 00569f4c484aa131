import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { SAME_PERSON_SCORE } from './case-duplicates.ts';
import {
  type CaseMergePlan,
  caseMergeRefusals,
  decisionsLeftOpen,
  type MergeCaseFacts,
  type MergeMeasure,
  type MergePerson,
  type MergeSide,
  planCaseMerge,
} from './case-merge.ts';
import { matchPersons } from './person-match.ts';

const facts = (fields: Partial<MergeCaseFacts> = {}): MergeCaseFacts => ({
  id: 'dup',
  officeId: 'QNI',
  stage: 'investigation',
  secrecy: 'normal',
  mergedInto: null,
  openDecisionCount: 0,
  ...fields,
});
const pair = { a: 'dup', b: 'kept', score: 1, reasons: ['same_opening_decision' as const] };
const refusedFields = (duplicate: Partial<MergeCaseFacts>, kept: Partial<MergeCaseFacts>, found = true) =>
  caseMergeRefusals({
    duplicate: facts(duplicate),
    kept: facts({ id: 'kept', ...kept }),
    pair: found ? pair : undefined,
  }).map((e) => e.field);

const person = (id: string, fields: Partial<MergePerson> = {}): MergePerson => ({
  id,
  role: 'defendant',
  kind: 'individual',
  fullName: 'Lê Thị Hoa',
  birthDate: '1988-02-03',
  idNumber: '022188004321',
  ...fields,
});
const side = (fields: Partial<MergeSide> = {}): MergeSide => ({
  persons: [],
  charges: [],
  measures: [],
  evidence: [],
  crimeReportId: null,
  externalRef: null,
  ...fields,
});
const charge = (id: string, personId: string | null, article = '173', withdrawn = false) => ({
  id,
  personId,
  article,
  clause: 1,
  point: null,
  withdrawn,
});

describe('merging a case registered twice (sạch)', () => {
  test('two live records of one office, detected as the same case, may be merged', () => {
    assert.deepEqual(refusedFields({}, {}), []);
  });

  test('refusals name the record they are about', () => {
    assert.deepEqual(refusedFields({}, { id: 'dup' }), ['intoCaseId'], 'into itself');
    assert.deepEqual(refusedFields({}, { mergedInto: 'other' }), ['intoCaseId']);
    assert.deepEqual(refusedFields({}, { officeId: 'TVH' }), ['intoCaseId']);
    assert.deepEqual(refusedFields({ stage: 'closed' }, {}), ['id']);
    assert.deepEqual(refusedFields({ stage: 'terminated' }, { stage: 'terminated' }), ['id', 'intoCaseId']);
    assert.deepEqual(refusedFields({ openDecisionCount: 2 }, {}), ['id']);
    assert.deepEqual(refusedFields({ stage: 'prosecution' }, {}), ['intoCaseId'], 'the duplicate went further');
    assert.deepEqual(refusedFields({ stage: 'investigation' }, { stage: 'prosecution' }), []);
    assert.deepEqual(refusedFields({ secrecy: 'secret' }, {}), ['intoCaseId']);
    assert.deepEqual(refusedFields({}, { secrecy: 'secret' }), []);
    assert.deepEqual(refusedFields({}, {}, false), ['intoCaseId'], 'joining different cases takes a decision');
  });

  test('a suspended case is judged by the stage it reached', () => {
    assert.deepEqual(refusedFields({ stage: 'suspended', reachedStage: 'prosecution' }, {}), ['intoCaseId']);
    assert.deepEqual(refusedFields({}, { stage: 'suspended', reachedStage: 'investigation' }), []);
  });

  test('decisions left open: drafts and orders awaiting approval the case kept does not hold', () => {
    const detention = { typeCode: 'detention', number: '12/LTG', date: '2026-03-01', state: 'recorded' };
    const opening = { typeCode: 'open_case', number: '77/QĐ', date: '2026-02-01', state: 'recorded' };
    const draft = { typeCode: 'extend_investigation', number: null, date: '2026-03-05', state: 'draft' };
    const issued = { ...draft, state: 'issued' };
    const approved = { ...detention, state: 'approved' };
    assert.deepEqual(decisionsLeftOpen([opening, issued, approved], []), [], 'nothing awaits an act');
    assert.deepEqual(decisionsLeftOpen([detention, draft], []), [detention, draft]);
    assert.deepEqual(
      decisionsLeftOpen(
        [detention, draft],
        [
          { ...detention, number: '12 / ltg' },
          { ...draft, state: 'issued' },
        ],
      ),
      [],
      'the same order and the same draft are on the case kept',
    );
    assert.deepEqual(decisionsLeftOpen([detention], [{ ...detention, number: '13/LTG' }]), [detention]);
  });

  test('a defendant of both keeps the kept record; charges and measures the kept case has already stay behind', () => {
    const plan = planCaseMerge(
      side({
        persons: [
          person('d-dup'),
          person('w-dup', { role: 'witness', fullName: 'Trần Văn Tư', idNumber: '022099000001' }),
        ],
        charges: [
          charge('c-same', 'd-dup'),
          charge('c-new', 'd-dup', '168'),
          charge('c-gone', 'd-dup', '174', true),
          charge('c-case', null),
        ],
        measures: [
          { id: 'm-same', personId: 'd-dup', kind: 'detention', start: '2026-03-01' },
          { id: 'm-new', personId: 'd-dup', kind: 'bail', start: '2026-04-01' },
        ],
        evidence: [
          { id: 'e-same', description: 'Xe máy  Honda', seizedOn: '2026-03-01' },
          { id: 'e-new', description: 'Điện thoại', seizedOn: null },
        ],
        crimeReportId: 'report-1',
        externalRef: 'LEGACY-1',
      }),
      side({
        persons: [person('d-kept', { fullName: 'Le Thi Hoa' })],
        charges: [charge('k1', 'd-kept'), charge('k2', null, '168')],
        measures: [{ id: 'km', personId: 'd-kept', kind: 'detention', start: '2026-03-01T08:00' }],
        evidence: [{ id: 'ke', description: 'xe máy honda', seizedOn: '2026-03-01' }],
        externalRef: 'LEGACY-2',
      }),
    );
    assert.deepEqual(
      plan.mergedPersons.map((m) => [m.personId, m.intoPersonId, m.reasons]),
      [['d-dup', 'd-kept', ['same_id_number']]],
    );
    assert.deepEqual(plan.movedPersons, ['w-dup']);
    assert.deepEqual(plan.movedCharges, [
      { id: 'c-new', personId: 'd-kept' },
      { id: 'c-case', personId: null },
    ]);
    assert.deepEqual(plan.movedMeasures, [{ id: 'm-new', personId: 'd-kept' }]);
    assert.deepEqual(plan.movedEvidence, ['e-new']);
    assert.deepEqual(plan.movedLinks, { crimeReportId: 'report-1' });
  });

  test('the same person in another role moves rather than merging', () => {
    const plan = planCaseMerge(side({ persons: [person('v', { role: 'victim' })] }), side({ persons: [person('d')] }));
    assert.deepEqual(plan.movedPersons, ['v']);
  });

  test('a person who moves takes every charge and measure, withdrawn ones too', () => {
    const plan = planCaseMerge(
      side({
        persons: [person('p')],
        charges: [charge('c1', 'p'), charge('c2', 'p', '173', true), charge('c3', 'p')],
        measures: [
          { id: 'm1', personId: 'p', kind: 'detention', start: '2026-03-01' },
          { id: 'm2', personId: 'p', kind: 'detention', start: '2026-03-01' },
        ],
      }),
      side(),
    );
    assert.deepEqual(
      plan.movedCharges.map((c) => c.id),
      ['c1', 'c2', 'c3'],
    );
    assert.deepEqual(
      plan.movedMeasures.map((m) => m.id),
      ['m1', 'm2'],
    );
  });
});

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Đỗ Văn Em'];
const arbPerson = (prefix: string) =>
  fc.record({
    id: fc.uuid().map((u) => `${prefix}${u}`),
    role: fc.constantFrom('defendant', 'victim'),
    kind: fc.constant('individual'),
    fullName: fc.constantFrom(...NAMES),
    birthDate: fc.constantFrom('1980-01-02', '1990-06-30'),
    idNumber: fc.option(fc.constantFrom('022080000001', '022090000002', '022090000003'), { nil: undefined }),
  });
const arbSide = (prefix: string) =>
  fc.uniqueArray(arbPerson(prefix), { selector: (p) => p.id, maxLength: 5 }).chain((persons) => {
    const owners = [null, ...persons.map((p) => p.id)];
    return fc.record({
      persons: fc.constant(persons),
      charges: fc.array(
        fc.record({
          id: fc.uuid().map((u) => `${prefix}c${u}`),
          personId: fc.constantFrom(...owners),
          article: fc.constantFrom('173', '168', '174'),
          clause: fc.constantFrom(1, 2),
          point: fc.constant(null),
          withdrawn: fc.boolean(),
        }),
        { maxLength: 8 },
      ),
      measures: persons.length
        ? fc.array(
            fc.record({
              id: fc.uuid().map((u) => `${prefix}m${u}`),
              personId: fc.constantFrom(...persons.map((p) => p.id)),
              kind: fc.constantFrom('detention', 'bail'),
              start: fc.constantFrom('2026-03-01', '2026-04-01'),
            }),
            { maxLength: 4 },
          )
        : fc.constant<MergeMeasure[]>([]),
      evidence: fc.array(
        fc.record({
          id: fc.uuid().map((u) => `${prefix}e${u}`),
          description: fc.constantFrom('Xe máy', 'xe may', 'Điện thoại'),
          seizedOn: fc.constantFrom(null, '2026-03-01'),
        }),
        { maxLength: 4 },
      ),
      crimeReportId: fc.option(fc.constant(`${prefix}report`), { nil: null }),
      externalRef: fc.option(fc.constant(`${prefix}ref`), { nil: null }),
    });
  });

/** The kept case after the plan is applied, as charge keys per person (live charges only). */
const liveChargeKeys = (plan: CaseMergePlan, duplicate: MergeSide, kept: MergeSide) => {
  const moved = new Map(plan.movedCharges.map((c) => [c.id, c.personId]));
  return [
    ...kept.charges.filter((c) => !c.withdrawn).map((c) => `${c.personId}|${c.article}|${c.clause}`),
    ...duplicate.charges
      .filter((c) => moved.has(c.id) && !c.withdrawn && !plan.movedPersons.includes(c.personId ?? ''))
      .map((c) => `${moved.get(c.id)}|${c.article}|${c.clause}`),
  ];
};

describe('merge plan properties', () => {
  test('property: every person of the duplicate is merged into a matching person of the same role, or moves', () => {
    fc.assert(
      fc.property(arbSide('d-'), arbSide('k-'), (duplicate, kept) => {
        const plan = planCaseMerge(duplicate, kept);
        const handled = [...plan.mergedPersons.map((m) => m.personId), ...plan.movedPersons];
        assert.deepEqual(handled.sort(), duplicate.persons.map((p) => p.id).sort());
        for (const m of plan.mergedPersons) {
          const a = duplicate.persons.find((p) => p.id === m.personId) as MergePerson;
          const b = kept.persons.find((p) => p.id === m.intoPersonId) as MergePerson;
          assert.equal(a.role, b.role);
          assert.ok((matchPersons(a, b)?.score ?? 0) >= SAME_PERSON_SCORE);
        }
        for (const id of plan.movedPersons) {
          const a = duplicate.persons.find((p) => p.id === id) as MergePerson;
          assert.ok(
            kept.persons.every((b) => b.role !== a.role || (matchPersons(a, b)?.score ?? 0) < SAME_PERSON_SCORE),
          );
        }
      }),
    );
  });

  test('property: nothing moved points at a person left behind, and merging adds no live charge twice', () => {
    fc.assert(
      fc.property(arbSide('d-'), arbSide('k-'), (duplicate, kept) => {
        const plan = planCaseMerge(duplicate, kept);
        const keptIds = new Set([...kept.persons.map((p) => p.id), ...plan.movedPersons]);
        for (const c of plan.movedCharges) assert.ok(c.personId === null || keptIds.has(c.personId));
        for (const m of plan.movedMeasures) assert.ok(keptIds.has(m.personId));
        for (const c of duplicate.charges.filter((x) => x.personId && plan.movedPersons.includes(x.personId))) {
          assert.ok(
            plan.movedCharges.some((moved) => moved.id === c.id),
            'a moving person takes every charge',
          );
        }
        const before = new Set(liveChargeKeys({ ...plan, movedCharges: [] }, duplicate, kept));
        const added = liveChargeKeys(plan, duplicate, kept).slice(kept.charges.filter((c) => !c.withdrawn).length);
        assert.equal(new Set(added).size, added.length);
        for (const key of added) assert.ok(!before.has(key));
      }),
    );
  });

  test('property: merging a record into an exact copy of itself moves nothing but its links', () => {
    fc.assert(
      fc.property(arbSide('d-'), (duplicate) => {
        // One person per CCCD: a record holding the same person twice merges both into the first copy.
        const persons = duplicate.persons.filter(
          (p, i, all) => p.idNumber && all.findIndex((q) => q.idNumber === p.idNumber) === i,
        );
        const identified = { ...duplicate, persons };
        const ids = new Set(identified.persons.map((p) => p.id));
        const copy = {
          ...identified,
          charges: identified.charges.filter((c) => c.personId === null || ids.has(c.personId)),
          measures: identified.measures.filter((m) => ids.has(m.personId)),
        };
        const rename = (id: string) => `copy-${id}`;
        const kept: MergeSide = {
          persons: copy.persons.map((p) => ({ ...p, id: rename(p.id) })),
          charges: copy.charges.map((c) => ({ ...c, id: rename(c.id), personId: c.personId && rename(c.personId) })),
          measures: copy.measures.map((m) => ({ ...m, id: rename(m.id), personId: rename(m.personId) })),
          evidence: copy.evidence.map((e) => ({ ...e, id: rename(e.id) })),
          crimeReportId: null,
          externalRef: null,
        };
        const plan = planCaseMerge(copy, kept);
        assert.deepEqual(plan.movedPersons, []);
        assert.deepEqual(plan.movedCharges, []);
        assert.deepEqual(plan.movedMeasures, []);
        assert.deepEqual(plan.movedEvidence, []);
        assert.equal(plan.movedLinks.crimeReportId, copy.crimeReportId ?? undefined);
      }),
    );
  });
});

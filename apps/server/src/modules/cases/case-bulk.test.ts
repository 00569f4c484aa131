import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, applyDecisionToLedger, type CaseLedger, openingLedger } from '@eprocuracy/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import { allocateNumber, allocateNumbers } from '../../platform/numbering.ts';
import { createTestDatabase } from '../../test/harness.ts';
import { officers, offices } from '../identity/identity.schema.ts';
import { seedIfEmpty } from '../identity/seed.ts';
import { type CaseAggregate, insertCaseAggregates, rewriteCaseAggregates } from './case-bulk.ts';
import { refreshCaseDerived } from './case-derived.ts';
import { caseCharges, caseDeadlines, caseDecisions, casePersons, cases } from './cases.schema.ts';

const TODAY = '2026-03-16';

type Variant = 'investigation' | 'detained' | 'pending_detention' | 'prosecution' | 'closed';

const run = (ledger: CaseLedger, typeCode: string, date: string, period?: { months?: number; days?: number }) => {
  const applied = applyDecisionToLedger(
    ledger,
    { typeCode, date, ...(period ? { period } : {}) },
    undefined,
    'serious',
  );
  if (!applied.ok) throw new Error(`${typeCode}: ${applied.reason.en}`);
  return applied.ledger;
};

/** A small case in one of a few shapes, built by running its decisions through the domain's ledger. */
const buildAggregate = (officeId: string, officerId: string, number: number, variant: Variant, openedOn: string) => {
  const caseId = newId();
  const defendantId = newId();
  const decisions: CaseAggregate['decisions'] = [];
  const decide = (typeCode: string, date: string, extra: Partial<CaseAggregate['decisions'][number]> = {}) => {
    const id = newId();
    decisions.push({ id, caseId, typeCode, decisionDate: date, state: 'recorded', inEffect: true, ...extra });
    return id;
  };
  let ledger = run(openingLedger(), 'open_case', openedOn);
  decide('open_case', openedOn, { number: `${number}/QĐ-CSĐT` });
  decide('charge_suspect', addDays(openedOn, 1), { subjectId: defendantId, state: 'approved' });
  const measures: CaseAggregate['measures'] = [];
  if (variant === 'detained' || variant === 'prosecution') {
    const custodyStart = `${addDays(openedOn, 1)}T08:00`;
    const detentionOn = addDays(openedOn, 4);
    const custody = decide('custody', custodyStart, { subjectId: defendantId, state: 'no_action_needed' });
    const detention = decide('detention', detentionOn, {
      subjectId: defendantId,
      state: 'approved',
      period: { months: 3 },
    });
    measures.push(
      {
        id: newId(),
        caseId,
        personId: defendantId,
        kind: 'custody',
        stage: 'investigation',
        start: custodyStart,
        extensions: [],
        endedAt: `${detentionOn}T08:00`,
        decisionId: custody,
      },
      {
        id: newId(),
        caseId,
        personId: defendantId,
        kind: 'detention',
        stage: 'investigation',
        start: detentionOn,
        ordered: { months: 3 },
        extensions: [],
        custodyDaysDeducted: 3,
        decisionId: detention,
      },
    );
  }
  if (variant === 'pending_detention') {
    decide('detention', addDays(openedOn, 2), {
      subjectId: defendantId,
      state: 'recorded',
      inEffect: false,
      receivedAt: `${addDays(openedOn, 2)}T09:00`,
      period: { months: 2 },
    });
  }
  if (variant === 'prosecution' || variant === 'closed') {
    const concluded = addDays(openedOn, 60);
    ledger = run(ledger, 'conclude_investigation_prosecute', concluded);
    decide('conclude_investigation_prosecute', concluded, { number: '7/KLĐT' });
  }
  if (variant === 'closed') {
    ledger = run(ledger, 'indictment', addDays(openedOn, 70));
    decide('indictment', addDays(openedOn, 70), { state: 'issued', number: '3/CT-VKS' });
    ledger = run(ledger, 'first_instance_judgment', addDays(openedOn, 120));
    decide('first_instance_judgment', addDays(openedOn, 120), { number: '11/2025/HS-ST' });
  }
  const aggregate: CaseAggregate = {
    case: {
      id: caseId,
      officeId,
      year: Number(openedOn.slice(0, 4)),
      number,
      title: `Vụ trộm cắp tài sản số ${number}`,
      stage: ledger.state.stage,
      stageState: ledger.state,
      reachedStage: ledger.state.stage,
      periods: ledger.periods,
      openingNumber: `${number}/QĐ-CSĐT`,
      openedOn,
      offenceDate: addDays(openedOn, -5),
      investigatingBodyName: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
      secrecy: number % 7 === 0 ? 'secret' : 'normal',
    },
    persons: [
      {
        id: defendantId,
        caseId,
        role: 'defendant',
        fullName: `Nguyễn Văn Bị Can ${number}`,
        birthDate: '1990-01-02',
        sex: 'male',
        idNumber: `0220900${String(number).padStart(5, '0')}`,
        address: 'Hạ Long, Quảng Ninh',
        chargedOn: addDays(openedOn, 1),
      },
      { id: newId(), caseId, role: 'victim', fullName: `Trần Thị Bị Hại ${number}` },
    ],
    charges: [
      { id: newId(), caseId, personId: null, article: '173', clause: 2, catalogueVersion: '2017' },
      { id: newId(), caseId, personId: defendantId, article: '173', clause: 2, point: 'c', catalogueVersion: '2017' },
    ],
    decisions,
    measures,
    evidence: number % 2 === 0 ? [{ id: newId(), caseId, description: 'Xe máy Honda Wave', quantity: 1 }] : [],
    assignments: [{ caseId, officerId, role: 'prosecutor', fromDate: openedOn }],
    events: [{ caseId, kind: 'opened', data: { number }, actorName: 'test' }],
  };
  return aggregate;
};

const VARIANTS: Variant[] = ['investigation', 'detained', 'pending_detention', 'prosecution', 'closed'];

const derivedOf = async (database: Database, ids: string[]) => {
  const { db } = database;
  const rows = await db
    .select({
      id: cases.id,
      category: cases.category,
      leadArticle: cases.leadArticle,
      leadClause: cases.leadClause,
      defendantCount: cases.defendantCount,
      nextDueDate: cases.nextDueDate,
      nextDue: cases.nextDue,
      completeness: cases.completeness,
      searchText: cases.searchText,
    })
    .from(cases)
    .where(inArray(cases.id, ids))
    .orderBy(asc(cases.id));
  const deadlines = await db
    .select()
    .from(caseDeadlines)
    .where(inArray(caseDeadlines.caseId, ids))
    .orderBy(asc(caseDeadlines.caseId), asc(caseDeadlines.key));
  return { rows, deadlines };
};

describe('bulk case writer', () => {
  let database: Database;
  let officeId: string;
  let officerId: string;

  before(async () => {
    database = await createTestDatabase();
    await seedIfEmpty(database.db);
    const [office] = await database.db.select().from(offices).where(eq(offices.code, 'QNI'));
    assert.ok(office);
    officeId = office.id;
    const [officer] = await database.db.select().from(officers).where(eq(officers.username, 'ksv.quangninh'));
    assert.ok(officer);
    officerId = officer.id;
  });
  after(() => database.close());

  test('a block of numbers is gapless and continues the register one number at a time', async () => {
    await database.db.transaction(async (tx) => {
      assert.equal(await allocateNumbers(tx, officeId, 'bulk-test', 2025, 5), 1);
      assert.equal(await allocateNumber(tx, officeId, 'bulk-test', 2025), 6);
      assert.equal(await allocateNumbers(tx, officeId, 'bulk-test', 2025, 1000), 7);
      assert.equal(await allocateNumber(tx, officeId, 'bulk-test', 2025), 1007);
      await assert.rejects(() => allocateNumbers(tx, officeId, 'bulk-test', 2025, 0), RangeError);
    });
    const rolledBack = database.db.transaction(async (tx) => {
      await allocateNumbers(tx, officeId, 'bulk-test', 2025, 50);
      throw new Error('roll back');
    });
    await assert.rejects(rolledBack, /roll back/);
    await database.db.transaction(async (tx) => {
      assert.equal(
        await allocateNumbers(tx, officeId, 'bulk-test', 2025, 2),
        1008,
        'a rolled-back block is given back',
      );
    });
  });

  test('derived columns and deadline rows equal what refreshCaseDerived computes from the stored rows', async () => {
    // More cases than one INSERT statement takes (2,000 rows), to cross the chunk boundaries.
    const count = 2_050;
    const aggregates = await database.db.transaction(async (tx) => {
      const first = await allocateNumbers(tx, officeId, 'case', 2025, count);
      const built = Array.from({ length: count }, (_, i) =>
        buildAggregate(
          officeId,
          officerId,
          first + i,
          VARIANTS[i % VARIANTS.length] as Variant,
          addDays(TODAY, -(i % 200)),
        ),
      );
      await insertCaseAggregates(tx, built, TODAY);
      return built;
    });
    const ids = aggregates.map((a) => a.case.id);
    const written = await derivedOf(database, ids);
    assert.equal(written.rows.length, count);
    assert.ok(written.deadlines.length > 2_000, `${written.deadlines.length} deadline rows`);
    const [persons] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(casePersons)
      .where(inArray(casePersons.caseId, ids));
    assert.equal(persons?.n, count * 2);
    const states = new Set(written.deadlines.map((d) => d.key.split(':')[0]));
    assert.deepEqual([...states].sort(), ['approval', 'measure', 'period']);
    assert.ok(
      written.rows.some((r) => r.nextDueDate !== null && r.nextDueDate < TODAY),
      'some are overdue',
    );
    const charges = await database.db
      .select()
      .from(caseCharges)
      .where(eq(caseCharges.caseId, ids[0] as string));
    assert.ok(
      charges.every((c) => c.category === 'serious'),
      'a charge without category gets its clause’s',
    );

    await database.db.transaction((tx) => refreshCaseDerived(tx, ids, TODAY));
    const refreshed = await derivedOf(database, ids);
    assert.deepEqual(written.rows, refreshed.rows);
    assert.deepEqual(written.deadlines, refreshed.deadlines);
  });

  test('rewriting cases from their source replaces their parts and keeps their identity', async () => {
    const [first] = await database.db.transaction(async (tx) => {
      const n = await allocateNumbers(tx, officeId, 'case', 2024, 2);
      const built = [
        buildAggregate(officeId, officerId, n, 'detained', '2024-06-01'),
        buildAggregate(officeId, officerId, n + 1, 'closed', '2024-06-02'),
      ];
      await insertCaseAggregates(tx, built, TODAY);
      return built;
    });
    assert.ok(first);
    const again = { ...first, case: { ...first.case, title: 'Vụ trộm cắp (nhập lại)' } };
    for (let i = 0; i < 2; i++) await database.db.transaction((tx) => rewriteCaseAggregates(tx, [again], TODAY));
    const [row] = await database.db.select().from(cases).where(eq(cases.id, first.case.id));
    assert.equal(row?.title, 'Vụ trộm cắp (nhập lại)');
    assert.equal(row?.version, 3);
    const decisions = await database.db
      .select()
      .from(caseDecisions)
      .where(and(eq(caseDecisions.caseId, first.case.id)));
    assert.equal(decisions.length, first.decisions.length, 'no duplicate parts after two rewrites');
    const before = await derivedOf(database, [first.case.id]);
    await database.db.transaction((tx) => refreshCaseDerived(tx, [first.case.id], TODAY));
    assert.deepEqual(await derivedOf(database, [first.case.id]), before);
  });
});

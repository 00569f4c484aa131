import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  addDays,
  applyDecisionToLedger,
  assessDataQuality,
  type CaseLedger,
  compareDates,
  openingLedger,
  validateCaseSnapshot,
  validateDefendantMeasures,
} from '@eprocuracy/domain';
import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db.ts';
import { createTestDatabase } from '../../test/harness.ts';
import { officers, offices } from '../identity/identity.schema.ts';
import { seedIfEmpty } from '../identity/seed.ts';
import { measureOf, procedureCategory, snapshotOf } from './case-derived.ts';
import { buildSeedCases, DEMO_CASE_COUNT, loadSeedOffices, seedCases } from './case-seed.ts';
import {
  caseAssignments,
  caseCharges,
  caseDeadlines,
  caseDecisions,
  caseEvidence,
  caseMeasures,
  casePersons,
  cases,
} from './cases.schema.ts';

const TODAY = '2026-03-16';

describe('demo cases', () => {
  let database: Database;
  let seeded = 0;
  let all: Awaited<ReturnType<typeof load>>;

  const load = async () => {
    const { db } = database;
    const [rows, decisions, persons, charges, measures, evidence, assignments, deadlines] = await Promise.all([
      db.select().from(cases),
      db.select().from(caseDecisions),
      db.select().from(casePersons),
      db.select().from(caseCharges),
      db.select().from(caseMeasures),
      db.select().from(caseEvidence),
      db.select().from(caseAssignments),
      db.select().from(caseDeadlines),
    ]);
    const by = <T extends { caseId: string }>(items: T[]) => Map.groupBy(items, (i) => i.caseId);
    return {
      rows,
      decisions: by(decisions),
      persons: by(persons),
      charges: by(charges),
      measures: by(measures),
      evidence: by(evidence),
      assignments: by(assignments),
      deadlines,
    };
  };

  before(async () => {
    database = await createTestDatabase();
    await seedIfEmpty(database.db);
    seeded = await seedCases(database.db, { today: TODAY });
    all = await load();
  });
  after(() => database.close());

  test('the same day gives the same cases: the generator is seeded', async () => {
    const seedOffices = await loadSeedOffices(database.db);
    const shape = () =>
      buildSeedCases(seedOffices, { today: TODAY, count: 200 }).map((a) => [
        a.case.stage,
        a.case.title,
        a.decisions.map((d) => d.typeCode).join(),
      ]);
    assert.deepEqual(shape(), shape());
  });

  test('any day works: the generator never dates an act after today nor plays an act the law refuses', async () => {
    const seedOffices = await loadSeedOffices(database.db);
    for (let k = 0; k < 8; k++) {
      const today = addDays('2025-01-10', k * 97);
      // A refused act throws inside the generator; reaching the end means every act was lawful.
      for (const a of buildSeedCases(seedOffices, { today, count: 250, seed: k + 1 })) {
        for (const d of a.decisions) assert.ok(compareDates(d.decisionDate.slice(0, 10), today) <= 0, d.typeCode);
        for (const m of a.measures) assert.ok(compareDates(m.start.slice(0, 10), today) <= 0, m.kind);
      }
    }
  });

  test('thousands of cases at every stage, numbered without gaps in each office’s register', () => {
    assert.equal(seeded, DEMO_CASE_COUNT);
    assert.equal(all.rows.length, DEMO_CASE_COUNT);
    const stages = Map.groupBy(all.rows, (r) => r.stage);
    for (const stage of [
      'investigation',
      'prosecution',
      'first_instance_trial',
      'appeal',
      'closed',
      'suspended',
      'terminated',
    ]) {
      assert.ok((stages.get(stage)?.length ?? 0) >= 10, `${stage}: ${stages.get(stage)?.length ?? 0}`);
    }
    for (const group of Map.groupBy(all.rows, (r) => `${r.officeId}/${r.year}`).values()) {
      const numbers = group.map((r) => r.number).sort((a, b) => a - b);
      assert.deepEqual(
        numbers,
        numbers.map((_, i) => i + 1),
      );
    }
  });

  test('every case is what its decisions make it: the ledger replayed gives its stage and periods', () => {
    for (const row of all.rows) {
      const category = procedureCategory(row);
      const inEffect = (all.decisions.get(row.id) ?? [])
        .filter((d) => d.inEffect)
        .sort((a, b) => compareDates(a.decisionDate, b.decisionDate) || a.createdAt.getTime() - b.createdAt.getTime());
      let ledger: CaseLedger = openingLedger();
      for (const d of inEffect) {
        const applied = applyDecisionToLedger(
          ledger,
          { id: d.id, typeCode: d.typeCode, date: d.decisionDate, ...(d.period ? { period: d.period } : {}) },
          undefined,
          category,
        );
        assert.ok(applied.ok, `${row.title}: ${d.typeCode} ${applied.ok ? '' : applied.reason.en}`);
        ledger = applied.ledger;
      }
      assert.deepEqual(ledger.state, row.stageState, row.title);
      assert.equal(ledger.state.stage, row.stage);
      assert.deepEqual(ledger.periods, row.periods, row.title);
      for (const d of all.decisions.get(row.id) ?? []) assert.ok(compareDates(d.decisionDate.slice(0, 10), TODAY) <= 0);
    }
  });

  test('preventive measures and case data pass the domain’s checks', () => {
    let detainedAfterCustody = 0;
    for (const row of all.rows) {
      const category = procedureCategory(row);
      const measures = all.measures.get(row.id) ?? [];
      for (const group of Map.groupBy(measures, (m) => m.personId).values()) {
        const errors = validateDefendantMeasures(group.map(measureOf), { category });
        assert.deepEqual(errors, [], `${row.title}: ${JSON.stringify(group)}`);
      }
      detainedAfterCustody += measures.filter((m) => m.kind === 'detention' && m.custodyDaysDeducted).length;
      const snapshot = snapshotOf({
        row,
        officeCode: 'X',
        persons: all.persons.get(row.id) ?? [],
        charges: all.charges.get(row.id) ?? [],
        measures,
        pendingDecisions: [],
        decisions: all.decisions.get(row.id) ?? [],
        assignedProsecutorIds: [],
        evidenceCount: all.evidence.get(row.id)?.length ?? 0,
      });
      assert.deepEqual(validateCaseSnapshot(snapshot, TODAY), [], row.title);
      // Everything the case page reports as wrong: dates, charges, people and measures under the case's category.
      assert.deepEqual(assessDataQuality(snapshot, { today: TODAY, category }).errors, [], row.title);
    }
    assert.ok(detainedAfterCustody > 50, 'custody days are deducted from detention');
  });

  test('the court returns some files (Art. 280) and gets them back with 15 days to bring them to trial (Art. 277(2))', () => {
    const returned = all.rows.filter((r) => r.stageState.returnsByCourt.presidingJudge > 0);
    assert.ok(returned.length >= 10, `${returned.length} returned by the court`);
    // Between the return and the new indictment the latest indictment predates the new conclusion.
    const reconcluded = returned.filter((r) =>
      ['prosecution', 'investigation', 'suspended', 'terminated'].includes(r.stage),
    );
    assert.ok(reconcluded.length >= 2, `${reconcluded.length} returned cases not yet back in court`);
    let backInCourt = 0;
    for (const row of returned) {
      const decisions = (all.decisions.get(row.id) ?? []).filter((d) => d.inEffect);
      const returnedOn = decisions.find(
        (d) => d.typeCode === 'court_return_for_supplementary_investigation',
      )?.decisionDate;
      assert.ok(returnedOn, row.title);
      const acceptances = decisions.filter((d) => d.typeCode.startsWith('accept_case_'));
      for (const a of acceptances) {
        const isAfter: boolean = compareDates(a.decisionDate, returnedOn) > 0;
        assert.equal(a.typeCode, isAfter ? 'accept_case_after_supplementary' : 'accept_case_for_trial', row.title);
        if (isAfter) backInCourt += 1;
      }
    }
    assert.ok(backInCourt >= 3, `${backInCourt} cases back in court after the return`);
  });

  test('the trial court holds the detained under its own order, within the trial preparation period (Art. 278)', () => {
    const measures = [...all.measures.values()].flat();
    const decisions = new Map([...all.decisions.values()].flat().map((d) => [d.id, d]));
    const courtHeld = measures.filter((m) => decisions.get(m.decisionId ?? '')?.typeCode === 'detention_for_trial');
    assert.ok(courtHeld.length >= 10, `${courtHeld.length} detentions ordered by the court`);
    for (const m of courtHeld) assert.equal(m.stage, 'first_instance_trial');
    const live = all.deadlines.filter((d) => d.kind === 'measure' && d.ruleId === 'art278_detention_trial');
    assert.ok(live.length >= 3, `${live.length} live detentions for trial on the deadline list`);
    const trialStage = new Set(all.rows.filter((r) => r.stage === 'first_instance_trial').map((r) => r.id));
    assert.ok(live.every((d) => trialStage.has(d.caseId)));
  });

  test('unappealed judgments become final the day after the last window ends (Art. 337(1), 343)', () => {
    let final = 0;
    for (const row of all.rows) {
      const decisions = (all.decisions.get(row.id) ?? []).filter((d) => d.inEffect);
      const finalOn = decisions.find((d) => d.typeCode === 'first_instance_judgment_final')?.decisionDate;
      if (!finalOn) continue;
      final += 1;
      assert.equal(row.stage, 'closed');
      assert.deepEqual(row.periods, []);
      const judged = decisions.find((d) => d.typeCode === 'first_instance_judgment')?.decisionDate as string;
      // The superior procuracy's 30-day window is the last to close.
      assert.equal(finalOn, addDays(judged, 31), row.title);
      assert.ok(!decisions.some((d) => ['appeal_by_party', 'protest_by_procuracy'].includes(d.typeCode)));
    }
    assert.ok(final >= 50, `${final} judgments final without appeal`);
  });

  test('a realistic mix: overdue and due-soon deadlines, secret cases, legal persons, several officers', async () => {
    const overdue = all.deadlines.filter((d) => !d.window && d.dueDate < TODAY);
    const soon = all.deadlines.filter((d) => d.dueDate >= TODAY && d.dueDate <= addDays(TODAY, 10));
    assert.ok(overdue.length >= 20, `${overdue.length} overdue`);
    assert.ok(soon.length >= 50, `${soon.length} due within 10 days`);
    assert.ok(all.rows.filter((r) => r.secrecy === 'secret').length >= 20);
    const persons = [...all.persons.values()].flat();
    assert.ok(persons.some((p) => p.role === 'defendant' && p.kind === 'corporate'));
    assert.ok(persons.filter((p) => p.role === 'victim').length > DEMO_CASE_COUNT / 2);
    assert.ok(
      all.rows.some((r) => (all.assignments.get(r.id) ?? []).filter((a) => a.role === 'prosecutor').length > 1),
    );

    const [qni] = await database.db.select().from(offices).where(eq(offices.code, 'QNI'));
    const [ksv] = await database.db.select().from(officers).where(eq(officers.username, 'ksv.quangninh'));
    assert.ok(qni && ksv);
    const mine = all.rows.filter((r) => (all.assignments.get(r.id) ?? []).some((a) => a.officerId === ksv.id));
    const mineOverdue = new Set(overdue.filter((d) => mine.some((r) => r.id === d.caseId)).map((d) => d.caseId));
    assert.ok(mine.length >= 30, `ksv.quangninh has ${mine.length} cases`);
    assert.ok(mineOverdue.size >= 3, `ksv.quangninh has ${mineOverdue.size} overdue cases`);
    assert.ok(overdue.filter((d) => d.officeId === qni.id).length >= 3, 'the Quảng Ninh office has overdue items');
  });
});

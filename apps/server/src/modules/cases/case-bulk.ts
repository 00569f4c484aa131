import type { LegalDate } from '@eprocuracy/domain';
import { getTableColumns, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/ids.ts';
import { offices } from '../identity/identity.schema.ts';
import { asStored, copyClientOf, copyRows, insertRows } from './case-bulk-rows.ts';
import { deriveCase } from './case-derived.ts';
import {
  caseAssignments,
  caseCharges,
  caseDeadlines,
  caseDecisions,
  caseEvents,
  caseEvidence,
  caseMeasures,
  casePersons,
  cases,
} from './cases.schema.ts';

/** One case with everything recorded on it, ready to be written in one go (imports, demo and bench data). */
export type CaseAggregate = {
  /** The complete row: id, officeId, year, number, stage, stageState, reachedStage, periods… Derived columns are computed. */
  case: typeof cases.$inferInsert;
  persons: (typeof casePersons.$inferInsert)[];
  /** A charge without `category` gets the category of its clause under the Code the case is read against. */
  charges: (typeof caseCharges.$inferInsert)[];
  decisions: (typeof caseDecisions.$inferInsert)[];
  measures: (typeof caseMeasures.$inferInsert)[];
  evidence: (typeof caseEvidence.$inferInsert)[];
  assignments: Omit<typeof caseAssignments.$inferInsert, 'id'>[];
  events: Omit<typeof caseEvents.$inferInsert, 'id'>[];
};

const storedAll = <T extends PgTable>(table: T, rows: readonly T['$inferInsert'][], base: number) =>
  rows.map((row, i) => asStored(table, row, base, i));

/** On a re-import: every column but the case's identity and creation takes the new value; the version is bumped. */
const UPDATE_CASE_ON_CONFLICT = sql.raw(
  `ON CONFLICT (id) DO UPDATE SET version = cases.version + 1, ${Object.values(getTableColumns(cases))
    .filter((c) => !['id', 'created_at', 'created_by', 'version'].includes(c.name))
    .map((c) => `"${c.name}" = excluded."${c.name}"`)
    .join(', ')}`,
);

const assertOwnRows = (a: CaseAggregate) => {
  const id = a.case.id;
  const parts = [a.persons, a.charges, a.decisions, a.measures, a.evidence, a.assignments, a.events];
  for (const part of parts) {
    if (part.some((row) => row.caseId !== id)) throw new Error(`A row of case ${id} names another case`);
  }
};

const PENDING = ['recorded', 'submitted'];

/** The rows some cases write, table by table, exactly as stored (derived columns and deadlines included). */
export type CaseRows = {
  cases: (typeof cases.$inferInsert)[];
  persons: (typeof casePersons.$inferInsert)[];
  charges: (typeof caseCharges.$inferInsert)[];
  decisions: (typeof caseDecisions.$inferInsert)[];
  measures: (typeof caseMeasures.$inferInsert)[];
  evidence: (typeof caseEvidence.$inferInsert)[];
  assignments: (typeof caseAssignments.$inferInsert)[];
  events: (typeof caseEvents.$inferInsert)[];
  deadlines: (typeof caseDeadlines.$inferInsert)[];
};

const emptyCaseRows = (): CaseRows => ({
  cases: [],
  persons: [],
  charges: [],
  decisions: [],
  measures: [],
  evidence: [],
  assignments: [],
  events: [],
  deadlines: [],
});

/** One case's rows as stored, with its derived columns and live deadlines computed by `deriveCase`. */
const prepare = (
  out: CaseRows,
  a: CaseAggregate,
  officeCodes: ReadonlyMap<string, string>,
  today: LegalDate,
  base: number,
) => {
  assertOwnRows(a);
  const officeCode = officeCodes.get(a.case.officeId);
  if (officeCode === undefined) throw new Error(`Case ${a.case.id}: no office ${a.case.officeId}`);
  const row = asStored(cases, a.case, base, 0);
  const persons = storedAll(casePersons, a.persons, base);
  const charges = storedAll(caseCharges, a.charges, base);
  const decisions = storedAll(caseDecisions, a.decisions, base);
  const measures = storedAll(caseMeasures, a.measures, base);
  const assignments = a.assignments.map((x, i) => asStored(caseAssignments, { id: newId(), ...x }, base, i));
  const derived = deriveCase(
    {
      row,
      officeCode,
      persons,
      charges,
      measures,
      pendingDecisions: decisions.filter((d) => PENDING.includes(d.state)),
      decisions,
      assignedProsecutorIds: assignments
        .filter((x) => x.role === 'prosecutor' && x.toDate === null)
        .map((x) => x.officerId),
      evidenceCount: a.evidence.length,
    },
    today,
  );
  out.cases.push({ ...row, ...derived.columns });
  out.persons.push(...persons);
  for (const c of charges) out.charges.push(c.category === null ? { ...c, category: derived.chargeCategory(c) } : c);
  out.decisions.push(...decisions);
  out.measures.push(...measures);
  out.evidence.push(...storedAll(caseEvidence, a.evidence, base));
  out.assignments.push(...assignments);
  a.events.forEach((e, i) => {
    out.events.push(asStored(caseEvents, { id: newId(), ...e }, base, i));
  });
  out.deadlines.push(...derived.deadlineRows);
};

/**
 * The rows `insertCaseAggregates` would write for some cases (offices' codes by id, for the search text),
 * computed in memory without writing; creation times not given are stamped from `base`.
 */
export const prepareCaseRows = (
  aggregates: readonly CaseAggregate[],
  officeCodes: ReadonlyMap<string, string>,
  today: LegalDate,
  base = Date.now(),
): CaseRows => {
  const out = emptyCaseRows();
  for (const a of aggregates) prepare(out, a, officeCodes, today, base);
  return out;
};

/** Writes prepared rows, parents before children (charges, decisions and measures reference the persons). */
const send = async (tx: Db, out: CaseRows, mode: 'insert' | 'upsert') => {
  const client = copyClientOf(tx);
  const put = <T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]) =>
    client ? copyRows(client, table, rows) : insertRows(tx, table, rows);
  // COPY cannot update: a re-imported case row goes through INSERT … ON CONFLICT.
  if (mode === 'upsert') await insertRows(tx, cases, out.cases, UPDATE_CASE_ON_CONFLICT);
  else await put(cases, out.cases);
  await put(casePersons, out.persons);
  await put(caseCharges, out.charges);
  await put(caseDecisions, out.decisions);
  await put(caseMeasures, out.measures);
  await put(caseEvidence, out.evidence);
  await put(caseAssignments, out.assignments);
  await put(caseEvents, out.events);
  await put(caseDeadlines, out.deadlines);
};

/** Cases per round of writing: a round's statements run on the server while the next round is computed here. */
const CASES_PER_ROUND = 200;
/** The longest the computation holds the event loop (ms), so the connection's replies are read in between. */
const SLICE_MS = 4;
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

const write = async (tx: Db, aggregates: readonly CaseAggregate[], today: LegalDate, mode: 'insert' | 'upsert') => {
  if (aggregates.length === 0) return;
  const officeIds = [...new Set(aggregates.map((a) => a.case.officeId))];
  const codes = new Map(
    (await tx.select({ id: offices.id, code: offices.code }).from(offices).where(inArray(offices.id, officeIds))).map(
      (o) => [o.id, o.code],
    ),
  );
  const base = Date.now();
  // Each round waits for the one before it (statements in order on the one connection), so the last round
  // settles after all of them and fails with the first failure; the caller's transaction then rolls back.
  let written: Promise<void> = Promise.resolve();
  try {
    let sliceStart = performance.now();
    for (let i = 0; i < aggregates.length; i += CASES_PER_ROUND) {
      const out = emptyCaseRows();
      for (const a of aggregates.slice(i, i + CASES_PER_ROUND)) {
        prepare(out, a, codes, today, base);
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToIo();
          sliceStart = performance.now();
        }
      }
      written = written.then(() => send(tx, out, mode));
      written.catch(() => {}); // observed below; a rejection must not go unhandled while the next round is computed
    }
  } catch (error) {
    await written.catch(() => {});
    throw error;
  }
  await written;
};

/**
 * Inserts many new cases with all their rows in multi-row batches. The derived columns (category, lead
 * charge, next deadline, completeness, search text) and the live `case_deadlines` rows are computed in
 * memory by `deriveCase`, exactly as `refreshCaseDerived` would compute them from the stored rows.
 * Run it inside a transaction: a failure leaves nothing half-written.
 */
export const insertCaseAggregates = (tx: Db, aggregates: readonly CaseAggregate[], today: LegalDate) =>
  write(tx, aggregates, today, 'insert');

/**
 * Deletes everything recorded on some cases — deadlines, events, assignments, evidence, measures,
 * decisions, charges and persons — but not the case rows, which other records may point to. An import
 * calls it before writing a case again from its source, so re-importing the same file is idempotent.
 */
export const replaceCaseParts = async (tx: Db, caseIds: readonly string[]) => {
  for (let i = 0; i < caseIds.length; i += 10_000) {
    const ids = caseIds.slice(i, i + 10_000);
    // Children of persons first (foreign keys), persons last.
    for (const table of [
      caseDeadlines,
      caseEvents,
      caseAssignments,
      caseEvidence,
      caseMeasures,
      caseCharges,
      caseDecisions,
      casePersons,
    ] as const) {
      await tx.delete(table).where(inArray(table.caseId, ids));
    }
  }
};

/**
 * Writes cases again from their source (a re-import): their old parts are deleted (`replaceCaseParts`),
 * the case rows are inserted or updated in place (same id; `version` bumped, `created_at` kept) and the
 * new parts and derived columns are written as by `insertCaseAggregates`.
 */
export const rewriteCaseAggregates = async (tx: Db, aggregates: readonly CaseAggregate[], today: LegalDate) => {
  await replaceCaseParts(
    tx,
    aggregates.map((a) => a.case.id),
  );
  await write(tx, aggregates, today, 'upsert');
};

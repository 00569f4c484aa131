import assert from 'node:assert/strict';
import type { LegalDate } from '@eprocuracy/domain';
import { asc, inArray } from 'drizzle-orm';
import { refreshCaseDerived } from '../../../apps/server/src/modules/cases/case-derived.ts';
import { caseDeadlines, cases } from '../../../apps/server/src/modules/cases/cases.schema.ts';
import type { Db } from '../../../apps/server/src/platform/db.ts';
import type { BenchDatabase } from './bench-db.ts';
import { buildCaseMap, cloneCases, dropScaffolding, loadTemplates, withoutIndexes } from './clone.ts';
import { buildTemplates } from './templates.ts';

export type GenerateOptions = { cases: number; templates: number; extraDefendants: number; today: LegalDate };

const log = (message: string, started: number) =>
  console.log(`  ${message} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

/**
 * Fills the case tables with `cases` consistent cases: template cases built by the demo generator (real
 * decision sequences through the domain), copied in SQL with new ids, offices, numbers and officers.
 * Not measured; prints its progress. Returns row counts.
 */
export const generateCases = async (bench: BenchDatabase, slots: readonly string[], options: GenerateOptions) => {
  const started = performance.now();
  const templates = buildTemplates(options.templates, options.today, options.extraDefendants);
  log(`${options.templates.toLocaleString('en-US')} template cases built`, started);
  const { raw } = bench;
  await loadTemplates(raw, templates);
  await buildCaseMap(raw, options.cases, options.templates, slots);
  log('templates and case map loaded', started);
  if (bench.kind === 'postgres') {
    await raw.query("SET maintenance_work_mem = '1GB'");
    await raw.query('SET synchronous_commit = off');
  }
  await withoutIndexes(raw, async () => {
    const step = 50_000;
    for (let from = 0; from < options.cases; from += step) {
      await cloneCases(raw, from, Math.min(options.cases, from + step));
      log(`${Math.min(options.cases, from + step).toLocaleString('en-US')} cases copied`, started);
    }
  });
  log('keys, foreign keys and indexes rebuilt', started);
  await dropScaffolding(raw);
  await raw.query('ANALYZE');
  log('analysed', started);
  return countRows(raw);
};

/** Rows of the case tables, for the report. */
export const countRows = async (raw: BenchDatabase['raw']) => {
  const { rows } = await raw.query(`
    SELECT (SELECT count(*) FROM cases)::int AS cases,
           (SELECT count(*) FROM case_persons WHERE role = 'defendant')::int AS defendants,
           (SELECT count(*) FROM case_persons)::int AS persons,
           (SELECT count(*) FROM case_decisions)::int AS decisions,
           (SELECT count(*) FROM case_measures)::int AS measures,
           (SELECT count(*) FROM case_events)::int AS events,
           (SELECT count(*) FROM case_deadlines)::int AS deadlines`);
  return rows[0] as Record<string, number>;
};

const derivedOf = async (db: Db, ids: string[]) => ({
  rows: await db
    .select({
      id: cases.id,
      category: cases.category,
      leadArticle: cases.leadArticle,
      nextDueDate: cases.nextDueDate,
      nextDue: cases.nextDue,
      completeness: cases.completeness,
      defendantCount: cases.defendantCount,
      searchText: cases.searchText,
    })
    .from(cases)
    .where(inArray(cases.id, ids))
    .orderBy(asc(cases.id)),
  deadlines: await db
    .select()
    .from(caseDeadlines)
    .where(inArray(caseDeadlines.caseId, ids))
    .orderBy(asc(caseDeadlines.caseId), asc(caseDeadlines.key)),
});

class Rollback extends Error {}

/**
 * The generated rows are what the application computes: for `sample` cases spread over the data,
 * `refreshCaseDerived` (in a transaction rolled back afterwards) must give the same derived columns and
 * deadline rows as were generated.
 */
export const checkConsistency = async (bench: BenchDatabase, total: number, sample: number, today: LegalDate) => {
  const stride = Math.max(1, Math.floor(total / sample));
  const ids = (
    await bench.raw.query(
      `SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM cases) s WHERE n % ${stride} = 0 LIMIT ${sample}`,
    )
  ).rows.map((r) => r.id as string);
  assert.ok(ids.length > 0, 'no cases to check');
  const before = await derivedOf(bench.database.db, ids);
  try {
    await bench.database.db.transaction(async (tx) => {
      await refreshCaseDerived(tx, ids, today);
      const after = await derivedOf(tx, ids);
      assert.deepEqual(after.rows, before.rows, 'derived columns differ from refreshCaseDerived');
      assert.deepEqual(after.deadlines, before.deadlines, 'deadline rows differ from refreshCaseDerived');
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return ids.length;
};

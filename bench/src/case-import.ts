import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CASE_IMPORT_COLUMNS, type Role, type Secrecy } from '@eprocuracy/domain';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { parseConfig } from '../../apps/server/src/config.ts';
import { startCaseImport } from '../../apps/server/src/modules/cases/import/case-import.ts';
import { runCaseImport } from '../../apps/server/src/modules/cases/import/case-import-run.ts';
import { findOfficerByUsername } from '../../apps/server/src/modules/identity/officers.repo.ts';
import { seedIfEmpty } from '../../apps/server/src/modules/identity/seed.ts';
import { splitPath } from '../../apps/server/src/platform/context.ts';
import { openDatabase } from '../../apps/server/src/platform/db.ts';
import { findJob } from '../../apps/server/src/platform/jobs/jobs.repo.ts';
import { migrate } from '../../apps/server/src/platform/migrate.ts';
import { createScratchPgDatabase } from '../../apps/server/src/test/scratch.ts';
import { generateCaseRows, toCsv } from './case-import-data.ts';
import { captureWrittenRows, copyWrittenRows } from './case-import-floor.ts';
import { writeResultsSection } from './report.ts';

const RESULTS = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
const START = '<!-- case-import:start -->';
const END = '<!-- case-import:end -->';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '50000' },
    'copy-runs': { type: 'string', default: '3' },
    'no-write': { type: 'boolean', default: false },
  },
});
const rowCount = Number(values.rows);
const copyRuns = Number(values['copy-runs']);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl || !Number.isInteger(rowCount) || rowCount < 1) {
  throw new Error(
    'Usage: DATABASE_URL=postgres://… node bench/src/case-import.ts [--rows 50000] [--copy-runs 3] [--no-write]',
  );
}

/** Rows of a raw query on either driver (node-postgres answers `{ rows }`). */
const rowsOf = <T>(result: unknown): T[] => (result as { rows?: T[] }).rows ?? (result as T[]);
const query = async <T>(db: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }, q: ReturnType<typeof sql>) =>
  rowsOf<T>(await db.execute(q));

const seconds = (from: number) => (performance.now() - from) / 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * The baseline: psql's \copy of the same CSV into a staging table of text columns, each run into a fresh
 * table, timed by psql itself (`\timing`, the statement only, no client start-up).
 */
const copyBaseline = (url: string, file: string, runs: number): number[] => {
  const columns = Object.keys(CASE_IMPORT_COLUMNS)
    .map((c) => `${c} text`)
    .join(', ');
  const script = [
    ...Array.from({ length: runs }, (_, i) => `CREATE TABLE staging_${i} (${columns});`),
    '\\timing on',
    ...Array.from({ length: runs }, (_, i) => `\\copy staging_${i} FROM '${file}' WITH (FORMAT csv, HEADER true)`),
  ].join('\n');
  const psql = spawnSync('psql', [url, '-X', '-q', '-v', 'ON_ERROR_STOP=1'], { input: script, encoding: 'utf8' });
  if (psql.status !== 0) throw new Error(`psql failed: ${psql.stderr}`);
  const times = [...psql.stdout.matchAll(/Time: ([\d.]+) ms/g)].map((m) => Number(m[1]) / 1000);
  if (times.length !== runs) throw new Error(`unexpected psql output: ${psql.stdout}`);
  return times;
};

const onServer = async (statement: string) => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(statement).finally(() => client.end());
};
const databaseUrl = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

const loadAtStart = os.loadavg()[0] ?? 0;
const scratch = await createScratchPgDatabase(serverUrl, 'eproc_bench_import');
const scratchName = new URL(scratch.url).pathname.slice(1);
const floorDatabases = Array.from({ length: copyRuns }, (_, i) => `${scratchName}_floor_${i}`);
const prepared = await openDatabase({ url: scratch.url });
await migrate(prepared);
await seedIfEmpty(prepared.db);
await prepared.close();
// The write floor's databases: copies of the scratch database as it is before the import.
for (const name of floorDatabases) await onServer(`CREATE DATABASE ${name} TEMPLATE ${scratchName}`);
const database = await openDatabase({ url: scratch.url });
const csvFile = path.join(os.tmpdir(), `case-import-bench-${process.pid}.csv`);
try {
  const generated = generateCaseRows(rowCount);
  const rows = generated.length;
  const data = Buffer.from(toCsv(generated), 'utf8');
  await writeFile(csvFile, data);
  const found = await findOfficerByUsername(database.db, 'vt.quangninh');
  if (!found) throw new Error('the demo leader vt.quangninh is missing');
  const { officer } = found;
  const actor = {
    officerId: officer.id,
    officeId: officer.officeId,
    officePath: splitPath(found.officePath),
    roles: officer.roles as Role[],
    clearance: officer.clearance as Secrecy,
    fullName: officer.fullName,
    username: officer.username,
  };
  const config = parseConfig({ LOG_LEVEL: 'silent' });
  const ctx = {
    db: database.db,
    config,
    actor,
    audit: { actorId: officer.id, actorName: officer.fullName, officeId: officer.officeId, ip: null },
  };

  const started = performance.now();
  const view = await startCaseImport(ctx, {
    file: { data, filename: 'bench.csv' },
    options: { mode: 'all_or_nothing', dryRun: false },
  });
  const uploadSeconds = seconds(started);
  const [record] = await query<{ job_id: string }>(
    database.db,
    sql`select job_id from case_imports where id = ${view.id}`,
  );
  const job = await findJob(database.db, record?.job_id ?? '');
  if (!job) throw new Error('the import job was not queued');
  const jobStarted = performance.now();
  await runCaseImport({
    payload: { importId: view.id },
    job,
    db: database.db,
    config,
    signal: new AbortController().signal,
  });
  const jobSeconds = seconds(jobStarted);
  const importSeconds = seconds(started);
  const [outcome] = await query<Record<string, unknown>>(
    database.db,
    sql`select status, imported, failed, cases_created from case_imports where id = ${view.id}`,
  );
  if (outcome?.status !== 'done' || Number(outcome.failed) !== 0)
    throw new Error(`import did not succeed: ${JSON.stringify(outcome)}`);
  const [written] = await query<Record<string, number>>(
    database.db,
    sql`select (select count(*) from cases)::int as cases, (select count(*) from case_persons)::int as persons, (select count(*) from case_charges)::int as charges, (select count(*) from case_decisions)::int as decisions, (select count(*) from case_measures)::int as measures, (select count(*) from case_deadlines)::int as deadlines`,
  );

  const copies = copyBaseline(scratch.url, csvFile, copyRuns);
  const copySeconds = median(copies);
  const captured = await captureWrittenRows(scratch.url);
  const floors: number[] = [];
  for (const name of floorDatabases) floors.push(await copyWrittenRows(databaseUrl(name), captured));
  const floorSeconds = median(floors);
  const [version] = await query<{ server_version: string }>(database.db, sql`show server_version`);

  const rate = (s: number) => Math.round(rows / s).toLocaleString('en-US');
  const ratio = copySeconds / importSeconds;
  const floorRatio = floorSeconds / importSeconds;
  const command = `DATABASE_URL=postgres://… node bench/src/case-import.ts --rows ${rowCount}`;
  const section = [
    START,
    '## Legacy case import (bench/src/case-import.ts)',
    '',
    `- Date: ${new Date().toISOString()}; ${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}; Node.js ${process.version}; PostgreSQL ${version?.server_version} (local server, the bench's own scratch database)`,
    `- 1-minute load average: ${loadAtStart.toFixed(2)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(2)} at the end (other work on the machine skews the numbers)`,
    `- Reproduce: \`${command}\``,
    `- File: ${rows.toLocaleString('en-US')} generated rows (one per defendant-charge) of ${Number(outcome.cases_created).toLocaleString('en-US')} cases of one office, ${(data.length / 2 ** 20).toFixed(1)} MB of CSV; all_or_nothing, run in-process (upload use-case, then the job handler), after the demo seed.`,
    `- Written: ${Object.entries(written ?? {})
      .map(([k, v]) => `${Number(v).toLocaleString('en-US')} ${k}`)
      .join(', ')} (demo seed included).`,
    '',
    '| Step | seconds | rows/s |',
    '| --- | ---: | ---: |',
    `| Import: upload (parse the CSV, store its rows, queue the job) | ${uploadSeconds.toFixed(2)} | ${rate(uploadSeconds)} |`,
    `| Import: job (validate every row and case, number and write the cases, deadlines) | ${jobSeconds.toFixed(2)} | ${rate(jobSeconds)} |`,
    `| **Import, whole** | ${importSeconds.toFixed(2)} | ${rate(importSeconds)} |`,
    `| Baseline: psql \\copy of the same CSV into a staging table of text columns (median of ${copyRuns}: ${copies.map((s) => s.toFixed(2)).join(', ')} s) | ${copySeconds.toFixed(2)} | ${rate(copySeconds)} |`,
    `| Write floor: COPY of exactly the rows the import wrote (${captured.size} tables) into the same tables of the database as it was before the import, one transaction (median of ${copyRuns}: ${floors.map((s) => s.toFixed(2)).join(', ')} s) | ${floorSeconds.toFixed(2)} | ${rate(floorSeconds)} |`,
    '',
    `Import throughput is ${(ratio * 100).toFixed(1)}% of COPY of the CSV into a staging table (target ≥ 25%: ${ratio >= 0.25 ? 'meets target' : '**misses target**'}), and ${(floorRatio * 100).toFixed(1)}% of COPY of the same database rows into the same tables (${floorRatio >= 0.25 ? 'meets' : 'misses'} 25%).`,
    END,
  ].join('\n');
  console.log(section);
  if (!values['no-write']) await writeResultsSection(RESULTS, { start: START, end: END }, section);
} finally {
  await rm(csvFile, { force: true });
  await database.close();
  for (const name of floorDatabases) await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await scratch.drop();
}

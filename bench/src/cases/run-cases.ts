import os from 'node:os';
import { migrate } from '../../../apps/server/src/platform/migrate.ts';
import { todayInVietnam } from '../../../apps/server/src/platform/time.ts';
import { createPglite, createPostgres, officeSlots, prepareOrganisation } from './bench-db.ts';
import { readCasesOptions } from './cases-args.ts';
import { checkConsistency, countRows, generateCases } from './generate.ts';
import { measureCases } from './measure.ts';
import { formatCasesSection, writeCasesSection } from './report-cases.ts';

const options = readCasesOptions(process.argv.slice(2));
const today = todayInVietnam();
const loadAtStart = os.loadavg()[0] ?? 0;
const started = performance.now();
const bench = options.db === 'postgres' ? await createPostgres(options.url, options.reuse) : await createPglite();
console.log(`Benchmark of cases on ${bench.kind} (${bench.location}), ${options.cases.toLocaleString('en-US')} cases`);
try {
  let featuredOfficeId: string;
  let counts: Record<string, number>;
  if (options.reuse) {
    // A kept database: bring its schema up to date (new indexes) and measure it again.
    await migrate(bench.database);
    featuredOfficeId = (await bench.raw.query("SELECT id FROM offices WHERE code = 'QNI'")).rows[0]?.id as string;
    counts = await countRows(bench.raw);
  } else {
    ({ featuredOfficeId } = await prepareOrganisation(bench.database, options.offices, options.officers));
    const slots = await officeSlots(bench.raw, featuredOfficeId, options.featuredPerMille);
    counts = await generateCases(bench, slots, { ...options, today });
  }
  console.log('  rows:', counts);
  const checked = await checkConsistency(bench, counts.cases ?? options.cases, 300, today);
  console.log(`  ${checked} sampled cases: derived columns and deadlines equal refreshCaseDerived's`);
  const generatedIn = (performance.now() - started) / 1000;
  const results = await measureCases(bench, { ...options, featuredOfficeId, today });
  const section = formatCasesSection({
    options,
    bench,
    counts,
    checked,
    results,
    generatedIn,
    loadAtStart,
    argv: process.argv.slice(2),
  });
  for (const plan of results.explained) console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the slowest statement — ${plan}`);
  console.log(`\n${section}`);
  if (options.write) await writeCasesSection(bench.kind, section);
} finally {
  await bench.close(options.keep);
  if (options.keep) console.log(`Kept: ${bench.location}`);
}

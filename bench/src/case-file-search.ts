/**
 * Page-level case-file search at scale: `node bench/src/case-file-search.ts [--db postgres|pglite] [--pages N]
 * [--cases N] [--keep] [--no-write] [--explain] [--generate-only] [--reuse bench_cases_…]`. Generates cases, case
 * files and N pages of Vietnamese legal text, then times typical searches through the app against the same
 * SQL replayed raw, and writes its section of bench/RESULTS.md. On PostgreSQL the two halves can run apart:
 * `--generate-only` keeps the database it filled, `--reuse <name>` measures one kept earlier (and keeps it), so
 * only the measuring needs the machine to itself.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { migrate } from '../../apps/server/src/platform/migrate.ts';
import {
  countGenerated,
  generateBenchCases,
  generatePages,
  type PageCounts,
  readLegalParagraphs,
  searchSizes,
} from './case-file-search-data.ts';
import { measureSearches } from './case-file-search-measure.ts';
import { formatSearchSection, writeSearchSection } from './case-file-search-report.ts';
import { createPglite, createPostgres, officeSlots, prepareOrganisation } from './cases/bench-db.ts';

const integer = (name: string, raw: string, min: number) => {
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min} (got ${raw})`);
  return value;
};

const { values } = parseArgs({
  args: process.argv.slice(2),
  strict: true,
  options: {
    db: { type: 'string', default: 'postgres' },
    url: { type: 'string' },
    pages: { type: 'string' },
    cases: { type: 'string' },
    documents: { type: 'string', default: '10' },
    requests: { type: 'string', default: '100' },
    keep: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    'generate-only': { type: 'boolean', default: false },
    reuse: { type: 'string' },
  },
});
if (values.db !== 'postgres' && values.db !== 'pglite') throw new Error('--db must be postgres or pglite');
const isPg = values.db === 'postgres';
if (!isPg && (values.reuse || values['generate-only']))
  throw new Error('--reuse and --generate-only need --db postgres');
const options = {
  db: values.db,
  url: values.url ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  pages: integer('pages', values.pages ?? (isPg ? '1000000' : '100000'), 1),
  cases: integer('cases', values.cases ?? (isPg ? '20000' : '5000'), 100),
  documentsPerCase: integer('documents', values.documents, 1),
  requests: integer('requests', values.requests, 10),
  keep: values.keep || values['generate-only'],
  generateOnly: values['generate-only'],
  reuse: values.reuse,
  write: !values['no-write'],
  explain: values.explain,
};

const paragraphs = await readLegalParagraphs();
if (!paragraphs) {
  console.log('Skipped: ../shared/data/legal/*.md (the Vietnamese legal texts pages are made of) is absent.');
  process.exit(0);
}
const loadAtStart = os.loadavg()[0] ?? 0;
const started = performance.now();
const bench = isPg ? await createPostgres(options.url, options.reuse) : await createPglite();
console.log(`Case-file search on ${bench.kind} (${bench.location})`);

/** Fills a fresh database, or finds what an earlier run left in the kept one. */
const prepare = async () => {
  if (options.reuse) {
    await migrate(bench.database);
    const { rows } = await bench.raw.query("SELECT id FROM offices WHERE code = 'QNI'");
    const featuredOfficeId = rows[0]?.id as string | undefined;
    if (!featuredOfficeId) throw new Error(`${options.reuse} holds no generated data`);
    return { featuredOfficeId, counts: await countGenerated(bench), generatedIn: null };
  }
  const { featuredOfficeId } = await prepareOrganisation(bench.database, 700, 2000);
  const slots = await officeSlots(bench.raw, featuredOfficeId, 10);
  await generateBenchCases(bench, slots, options.cases);
  const counts = await generatePages(bench, paragraphs, options);
  return { featuredOfficeId, counts, generatedIn: (performance.now() - started) / 1000 };
};

const asGenerated = (argv: string[], counts: PageCounts) => {
  const at = argv.indexOf('--reuse');
  return at < 0 ? argv : [...argv.slice(0, at), '--pages', String(counts.pages), ...argv.slice(at + 2)];
};

/** Times the workload and writes the section; a reused database is reported as the run that generated it. */
const measure = async (
  featuredOfficeId: string,
  counts: PageCounts,
  sizes: { index: number; table: number },
  generatedIn: number | null,
) => {
  const results = await measureSearches(bench, {
    featuredOfficeId,
    requests: options.requests,
    explain: options.explain,
  });
  const section = formatSearchSection({
    bench,
    counts,
    sizes,
    results,
    generatedIn,
    loadAtStart,
    argv: asGenerated(process.argv.slice(2), counts),
  });
  for (const plan of results.explained) console.log(`\nEXPLAIN (ANALYZE, BUFFERS) — ${plan}`);
  console.log(`\n${section}`);
  if (options.write) await writeSearchSection(bench.kind, section);
};

try {
  const { featuredOfficeId, counts, generatedIn } = await prepare();
  const sizes = await searchSizes(bench);
  console.log('  generated:', counts, sizes);
  if (options.generateOnly) {
    console.log(`Generated in ${generatedIn?.toFixed(0)} s; measure with --reuse ${bench.location}`);
  } else await measure(featuredOfficeId, counts, sizes, generatedIn);
} finally {
  await bench.close(options.keep);
  if (options.keep || options.reuse) console.log(`Kept: ${bench.location}`);
}

import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { PageCounts } from './case-file-search-data.ts';
import type { SearchResults } from './case-file-search-measure.ts';
import type { BenchDatabase } from './cases/bench-db.ts';

const RESULTS = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
const START = '<!-- case-file-search:start -->';
const END = '<!-- case-file-search:end -->';
const TARGET_P95_MS = 300;

const ms = (value: number) => value.toFixed(1);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 })} MB`;
const count = (n: number) => n.toLocaleString('en-US');

type Section = {
  bench: BenchDatabase;
  counts: PageCounts;
  sizes: { index: number; table: number };
  results: SearchResults;
  generatedIn: number;
  loadAtStart: number;
  argv: string[];
};

/** The section of RESULTS.md: data, sizes, and app against raw SQL per query. */
export const formatSearchSection = ({ bench, counts, sizes, results, generatedIn, loadAtStart, argv }: Section) => {
  const row = (label: string, r: { app: { n: number; p50: number; p95: number }; raw: { p50: number; p95: number } }) =>
    `| ${label} | ${r.app.n} | ${ms(r.app.p50)} / ${ms(r.app.p95)} | ${ms(r.raw.p50)} / ${ms(r.raw.p95)} | ${(r.app.p50 / r.raw.p50).toFixed(2)}× / ${(r.app.p95 / r.raw.p95).toFixed(2)}× |`;
  const verdict = results.all.app.p95 < TARGET_P95_MS ? 'meets' : '**misses**';
  return [
    `## Case-file search on ${bench.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}: ${count(counts.pages)} pages`,
    '',
    `- Date: ${new Date().toISOString()}; ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; 1-minute load ${loadAtStart.toFixed(2)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(2)} at the end.`,
    `- Reproduce: \`node bench/src/case-file-search.ts ${argv.join(' ')}\`.`,
    `- Data (generated in ${generatedIn.toFixed(0)} s, not measured): ${count(counts.cases)} cases (1% in Quảng Ninh, where the signed-in officers work), ${count(counts.documents)} documents, ${count(counts.pages)} pages of four paragraphs of Vietnamese legal text each (../shared/data/legal).`,
    `- Sizes: GIN index on the stored \`search_vector\` ${mb(sizes.index)}; page table with text and vectors (TOAST included) ${mb(sizes.table)}.`,
    '',
    'Latency through the Fastify app (`app.inject`, signed in as ksv.quangninh; the leader as vt.quangninh) against the SELECT statements the app sent, replayed raw one after the other on a bare connection; rounds alternate which runs first.',
    '',
    '| Query | n | app p50 / p95 ms | raw SQL p50 / p95 ms | ratio p50 / p95 |',
    '| --- | ---: | ---: | ---: | ---: |',
    row(`**All (target p95 < ${TARGET_P95_MS} ms: ${verdict})**`, results.all),
    ...results.requests.map((r) => row(`↳ ${r.label} (${count(r.total)} matches)`, r)),
  ].join('\n');
};

const replaceBlock = (text: string, start: string, end: string, body: string) => {
  const block = `${start}\n${body}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  return from >= 0 && to > from
    ? `${text.slice(0, from)}${block}${text.slice(to + end.length)}`
    : `${text.trimEnd()}\n\n${block}\n`;
};

/**
 * Writes the run's section between the case-file-search markers, replacing the previous run on the same kind of
 * database and keeping the other's.
 */
export const writeSearchSection = async (kind: BenchDatabase['kind'], section: string) => {
  const current = await readFile(RESULTS, 'utf8').catch(() => '# Benchmark results\n');
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const inner = from >= 0 && to > from ? current.slice(from + START.length, to).trim() : '';
  const next = replaceBlock(
    inner,
    `<!-- case-file-search:${kind}:start -->`,
    `<!-- case-file-search:${kind}:end -->`,
    section,
  );
  await writeFile(RESULTS, replaceBlock(current, START, END, next.trim()));
};

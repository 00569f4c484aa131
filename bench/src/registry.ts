import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createScratchPgDatabase } from '../../apps/server/src/test/scratch.ts';
import { runToEnd, startServer } from './processes.ts';
import { rawRegistrations } from './registry-baseline.ts';
import { type Client, percentile, registerThrough, signInClients } from './registry-clients.ts';
import { writeResultsSection } from './report.ts';

/**
 * Issue 5: registering 1,000 incoming documents concurrently (20 clients) — throughput, and proof that the numbers
 * are exactly 1..N. Baseline, same run and database: the same gapless allocation and row insert in raw SQL over 20
 * pooled connections (no HTTP, validation, access check or audit chain).
 */
const RESULTS = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
const START = '<!-- registry:start -->';
const END = '<!-- registry:end -->';
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '1000' },
    clients: { type: 'string', default: '20' },
    'no-write': { type: 'boolean' },
  },
});
const documents = Number(values.documents);
const clients = Number(values.clients);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('Set DATABASE_URL: the raw-SQL baseline runs on the same PostgreSQL database');

const gapless = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return { unique: new Set(sorted).size, isOneToN: sorted.every((n, i) => n === i + 1) && sorted.length === documents };
};

const loadAtStart = os.loadavg()[0] ?? 0;
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'eproc-registry-bench-'));
const scratch = await createScratchPgDatabase(serverUrl, 'eproc_bench_registry');
try {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    DATA_DIR: dataDir,
    DATABASE_URL: scratch.url,
    DEMO_CASES: '20',
    WORKER: 'false',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
  };
  const main = path.join(repoRoot, 'apps/server/src/main.ts');
  await runToEnd(process.execPath, [main, 'seed'], env);
  const app = await startServer(process.execPath, [main, 'serve'], env, { timeoutMs: 180_000 });
  let server: Awaited<ReturnType<typeof registerThrough>>;
  let pool: pg.Pool | undefined;
  try {
    const signedIn: Client[] = await signInClients(app.url, 'vanthu.hanoi', clients);
    await registerThrough(app.url, signedIn, clients * 2, { warmUp: true });
    server = await registerThrough(app.url, signedIn, documents, { warmUp: false });
    pool = new pg.Pool({ connectionString: scratch.url, max: clients });
    const baseline = await rawRegistrations(pool, { documents, clients });
    // The book itself, read back from the database: every number of this year's book, in order.
    const stored = await pool.query(
      `SELECT number FROM incoming_documents WHERE year = date_part('year', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') ORDER BY number`,
    );
    const storedCheck = gapless(stored.rows.map((r) => Number(r.number)));
    await pool.end();
    pool = undefined;
    const serverCheck = gapless(server.numbers);
    const baselineCheck = gapless(baseline.numbers);
    if (!serverCheck.isOneToN || !storedCheck.isOneToN) throw new Error(`server numbers are not 1..${documents}`);
    const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en-US');
    const row = (label: string, r: { seconds: number; latencies: number[] }) =>
      `| ${label} | ${rate(documents, r.seconds)} | ${r.seconds.toFixed(2)} | ${percentile(r.latencies, 50).toFixed(1)} | ${percentile(r.latencies, 95).toFixed(1)} |`;
    const section = [
      START,
      `## Registering ${documents.toLocaleString('en-US')} incoming documents, ${clients} clients at once (bench/src/registry.ts)`,
      '',
      `- Date: ${new Date().toISOString()}; ${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}; Node.js ${process.version}; 1-minute load ${loadAtStart.toFixed(2)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(2)} at the end`,
      `- Reproduce: \`DATABASE_URL=postgres://… flock /tmp/bench.lock node bench/src/registry.ts --documents ${documents} --clients ${clients}\``,
      `- The real server (\`serve\` on PostgreSQL, pool of 10 connections) and ${clients} signed-in clerk sessions, each sending \`POST /api/document-registry/incoming\` one after another, so ${clients} registrations are always in flight; each one validates, checks access, allocates the next số đến under the counter's row lock, inserts the entry and its event, and appends to the hash-chained audit log in the same transaction. ${clients * 2} warm-up registrations first (not counted).`,
      `- Baseline in the same run and database: ${clients} pooled connections doing only \`BEGIN; INSERT … ON CONFLICT DO UPDATE … RETURNING\` on the counter; \`INSERT\` of the same row; \`COMMIT\` (another year's book, so the two do not share a counter).`,
      '',
      '| Path | registrations/s | seconds | p50 ms | p95 ms |',
      '| --- | ---: | ---: | ---: | ---: |',
      row('eProcuracy API', server),
      row('Baseline: raw SQL, same allocation', baseline),
      '',
      `Numbers given by the API: ${serverCheck.unique.toLocaleString('en-US')} distinct, exactly 1..${documents} (${serverCheck.isOneToN ? 'no gap, no duplicate' : '**gaps or duplicates**'}); the book read back from the database holds ${stored.rows.length.toLocaleString('en-US')} rows numbered ${storedCheck.isOneToN ? `exactly 1..${documents}` : '**not 1..N**'}; baseline ${baselineCheck.isOneToN ? 'also 1..N' : '**not 1..N**'}. Throughput ${(baseline.seconds / server.seconds).toFixed(2)}× the raw-SQL baseline.`,
      END,
    ].join('\n');
    console.log(section);
    if (!values['no-write']) await writeResultsSection(RESULTS, { start: START, end: END }, section);
  } finally {
    await pool?.end();
    await app.stop();
  }
} finally {
  await scratch.drop();
  await rm(dataDir, { recursive: true, force: true });
}

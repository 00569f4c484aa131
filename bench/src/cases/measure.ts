import type { LegalDate } from '@eprocuracy/domain';
import { buildApp } from '../../../apps/server/src/app.ts';
import { refreshCaseDerived } from '../../../apps/server/src/modules/cases/case-derived.ts';
import { signedIn, type TestClient } from '../../../apps/server/src/test/client.ts';
import { testConfig } from '../../../apps/server/src/test/harness.ts';
import type { BenchDatabase } from './bench-db.ts';
import { createCapture, readsOf, type Statement, withoutControl } from './capture.ts';
import type { CasesBenchOptions } from './cases-args.ts';
import { caseListMix, casePages, dashboardMix } from './workloads.ts';

export type Latency = { n: number; p50: number; p95: number; mean: number };
export type EndpointResult = {
  name: string;
  target?: number;
  app: Latency;
  raw: Latency;
  perRequest?: { label: string; app: Latency; raw: Latency }[];
  note?: string;
};
export type RefreshResult = { cases: number; seconds: number; rawCases: number; rawSeconds: number; batch: number };
export type CasesResults = { endpoints: EndpointResult[]; refresh: RefreshResult; explained: string[] };

export const latency = (samples: readonly number[]): Latency => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return {
    n: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1),
  };
};

type Request = { label: string; client: TestClient; url: string };

/**
 * Each request through the real Fastify app (app.inject, signed-in officer) against its baseline: the same
 * SELECT statements the app sent for it, replayed one after the other on a bare connection. One warm-up pass
 * records the statements; then rounds alternate which of the two runs first.
 */
const measureMix = async (
  bench: BenchDatabase,
  capture: ReturnType<typeof createCapture>,
  name: string,
  requests: readonly Request[],
  total: number,
  target: number,
): Promise<EndpointResult & { slowest: Statement | undefined }> => {
  const recorded = new Map<string, Statement[]>();
  for (const r of requests) {
    const { result, statements } = await capture.during(() => r.client.get(r.url));
    if (result.status !== 200) throw new Error(`${r.url}: ${result.status} ${result.text.slice(0, 300)}`);
    recorded.set(r.url, readsOf(statements));
  }
  const app: number[] = [];
  const raw: number[] = [];
  const per = new Map(requests.map((r) => [r.label, { app: [] as number[], raw: [] as number[] }]));
  let slowest: { ms: number; statement?: Statement } = { ms: -1 };
  const timed = async (raw: BenchDatabase['raw'], s: Statement) => {
    const t = performance.now();
    await raw.query(s.text, s.values);
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { ms, statement: s };
  };
  // On PostgreSQL the statements go out together on a small pool, as the app's pool sends its parallel queries.
  const replay = async (statements: readonly Statement[]) => {
    const started = performance.now();
    const { rawPool } = bench;
    if (rawPool) await Promise.all(statements.map((s) => timed(rawPool, s)));
    else for (const s of statements) await timed(bench.raw, s);
    return performance.now() - started;
  };
  for (let i = 0; i < total; i++) {
    const r = requests[i % requests.length] as Request;
    const statements = recorded.get(r.url) ?? [];
    const timeApp = async () => {
      const started = performance.now();
      const reply = await r.client.get(r.url);
      if (reply.status !== 200) throw new Error(`${r.url}: ${reply.status}`);
      return performance.now() - started;
    };
    let appMs: number;
    let rawMs: number;
    if (i % 2 === 0) {
      appMs = await timeApp();
      rawMs = await replay(statements);
    } else {
      rawMs = await replay(statements);
      appMs = await timeApp();
    }
    app.push(appMs);
    raw.push(rawMs);
    per.get(r.label)?.app.push(appMs);
    per.get(r.label)?.raw.push(rawMs);
  }
  return {
    name,
    target,
    app: latency(app),
    raw: latency(raw),
    perRequest: [...per].map(([label, s]) => ({ label, app: latency(s.app), raw: latency(s.raw) })),
    slowest: slowest.statement,
  };
};

/** Recomputes the derived fields of live cases in batches through `refreshCaseDerived`; baseline: its statements replayed. */
const measureRefresh = async (
  bench: BenchDatabase,
  capture: ReturnType<typeof createCapture>,
  limit: number,
  today: LegalDate,
): Promise<RefreshResult> => {
  const batch = 500;
  const { rows } = await bench.raw.query(
    `SELECT id FROM cases WHERE stage IN ('crime_report', 'investigation', 'prosecution', 'first_instance_trial', 'appeal') ORDER BY id${limit > 0 ? ` LIMIT ${limit}` : ''}`,
  );
  const ids = rows.map((r) => r.id as string);
  const sampled: Statement[][] = [];
  const started = performance.now();
  for (let i = 0; i < ids.length; i += batch) {
    const slice = ids.slice(i, i + batch);
    const run = () => bench.database.db.transaction((tx) => refreshCaseDerived(tx, slice, today));
    if (sampled.length < 10) sampled.push(withoutControl((await capture.during(run)).statements));
    else await run();
  }
  const seconds = (performance.now() - started) / 1000;
  const rawStarted = performance.now();
  for (const statements of sampled) {
    await bench.raw.query('BEGIN');
    for (const s of statements) await bench.raw.query(s.text, s.values);
    await bench.raw.query('COMMIT');
  }
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  return { cases: ids.length, seconds, rawCases: Math.min(ids.length, sampled.length * batch), rawSeconds, batch };
};

/** All measurements of the case benchmark, in one process on one database. */
export const measureCases = async (
  bench: BenchDatabase,
  options: CasesBenchOptions & { featuredOfficeId: string; today: LegalDate },
): Promise<CasesResults> => {
  const capture = createCapture(bench);
  const app = await buildApp(bench.database, testConfig());
  await app.ready();
  try {
    const prosecutor = await signedIn(app, 'ksv.quangninh');
    const leader = await signedIn(app, 'vt.quangninh');
    const explained: string[] = [];
    const endpoints: EndpointResult[] = [];
    const mixes = [
      [
        'Case list, typical filters (GET /api/cases)',
        await caseListMix(bench, prosecutor, leader, options.featuredOfficeId),
        100,
      ],
      ['Case page (GET /api/cases/:id)', await casePages(prosecutor), 50],
      ['Office deadline dashboard (GET /api/deadlines?scope=office)', dashboardMix(leader), 200],
    ] as const;
    for (const [name, requests, target] of mixes) {
      console.log(`  measuring: ${name}`);
      const { slowest, ...result } = await measureMix(bench, capture, name, requests, options.requests, target);
      endpoints.push(result);
      if (options.explain && slowest) {
        const plan = await bench.raw.query(`EXPLAIN (ANALYZE, BUFFERS) ${slowest.text}`, slowest.values);
        explained.push(`${name}\n${slowest.text}\n${plan.rows.map((r) => Object.values(r)[0]).join('\n')}`);
      }
    }
    console.log('  measuring: deadline refresh');
    const refresh = await measureRefresh(bench, capture, options.refresh, options.today);
    return { endpoints, refresh, explained };
  } finally {
    await app.close();
  }
};

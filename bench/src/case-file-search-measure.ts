import { buildApp } from '../../apps/server/src/app.ts';
import { signedIn, type TestClient } from '../../apps/server/src/test/client.ts';
import { testConfig } from '../../apps/server/src/test/harness.ts';
import type { BenchDatabase } from './cases/bench-db.ts';
import { createCapture, readsOf, type Statement } from './cases/capture.ts';
import { type Latency, latency } from './cases/measure.ts';

type Request = { label: string; client: TestClient; url: string };
export type SearchLatency = { label: string; url: string; app: Latency; raw: Latency; total: number };
export type SearchResults = { all: { app: Latency; raw: Latency }; requests: SearchLatency[]; explained: string[] };

const search = (q: string, extra = '') => `/api/case-files/search?q=${encodeURIComponent(q)}&limit=20${extra}`;

/**
 * What officers type, in rotation: common words without diacritics, a phrase, alternatives, an exclusion, a
 * rarer term, a leader over the office subtree with a document type, and a search within one case file.
 */
const workload = async (bench: BenchDatabase, prosecutor: TestClient, leader: TestClient, officeId: string) => {
  const { rows } = await bench.raw.query(
    `SELECT c.id FROM cases c JOIN case_documents d ON d.case_id = c.id
     WHERE c.office_id = $1 AND c.secrecy = 'normal' ORDER BY c.id LIMIT 1`,
    [officeId],
  );
  const caseId = rows[0]?.id as string | undefined;
  if (!caseId) throw new Error('no case file in the featured office');
  const requests: Request[] = [
    { label: 'common words, no diacritics: toi pham', client: prosecutor, url: search('toi pham') },
    { label: 'phrase: "khởi tố vụ án"', client: prosecutor, url: search('"khởi tố vụ án"') },
    { label: 'alternatives: bị can OR bị cáo', client: prosecutor, url: search('bị can OR bị cáo') },
    { label: 'exclusion: tam giam -gia han', client: prosecutor, url: search('tam giam -gia han') },
    { label: 'rarer term: giám định pháp y', client: prosecutor, url: search('giám định pháp y') },
    {
      label: 'leader, office subtree, indictments: truy tố',
      client: leader,
      url: search('truy tố', `&officeId=${officeId}&subtree=true&documentType=indictment`),
    },
    {
      label: 'within one case file: toi pham',
      client: prosecutor,
      url: `/api/cases/${caseId}/files/search?q=${encodeURIComponent('toi pham')}`,
    },
  ];
  return requests;
};

/**
 * Each request through the Fastify app (app.inject, signed in) against its baseline: the SELECT statements the
 * app sent for it, replayed one after the other on a bare connection; rounds alternate which runs first.
 */
export const measureSearches = async (
  bench: BenchDatabase,
  { featuredOfficeId, requests: total, explain }: { featuredOfficeId: string; requests: number; explain: boolean },
): Promise<SearchResults> => {
  const capture = createCapture(bench);
  const app = await buildApp(bench.database, testConfig());
  await app.ready();
  try {
    const prosecutor = await signedIn(app, 'ksv.quangninh');
    const leader = await signedIn(app, 'vt.quangninh');
    const requests = await workload(bench, prosecutor, leader, featuredOfficeId);
    const recorded = new Map<string, { statements: Statement[]; total: number }>();
    for (const r of requests) {
      const { result, statements } = await capture.during(() => r.client.get(r.url));
      if (result.status !== 200) throw new Error(`${r.url}: ${result.status} ${result.text.slice(0, 300)}`);
      const body = result.body as { total?: number; documents?: { hits: unknown[] }[] };
      const matches = body.total ?? (body.documents ?? []).reduce((n, d) => n + d.hits.length, 0);
      recorded.set(r.url, { statements: readsOf(statements), total: matches });
    }
    const replay = async (statements: readonly Statement[]) => {
      const started = performance.now();
      for (const s of statements) await bench.raw.query(s.text, s.values);
      return performance.now() - started;
    };
    const per = new Map(requests.map((r) => [r.url, { app: [] as number[], raw: [] as number[] }]));
    for (let i = 0; i < total; i++) {
      const r = requests[i % requests.length] as Request;
      const timeApp = async () => {
        const started = performance.now();
        const reply = await r.client.get(r.url);
        if (reply.status !== 200) throw new Error(`${r.url}: ${reply.status}`);
        return performance.now() - started;
      };
      const statements = recorded.get(r.url)?.statements ?? [];
      let appMs: number;
      let rawMs: number;
      if (i % 2 === 0) {
        appMs = await timeApp();
        rawMs = await replay(statements);
      } else {
        rawMs = await replay(statements);
        appMs = await timeApp();
      }
      per.get(r.url)?.app.push(appMs);
      per.get(r.url)?.raw.push(rawMs);
    }
    const explained: string[] = [];
    if (explain) {
      for (const r of requests) {
        const slowest = recorded.get(r.url)?.statements.find((s) => /ts_rank|@@/.test(s.text));
        if (!slowest) continue;
        const plan = await bench.raw.query(`EXPLAIN (ANALYZE, BUFFERS) ${slowest.text}`, slowest.values);
        explained.push(`${r.label}\n${plan.rows.map((row) => Object.values(row)[0]).join('\n')}`);
      }
    }
    const samples = [...per.values()];
    return {
      all: { app: latency(samples.flatMap((s) => s.app)), raw: latency(samples.flatMap((s) => s.raw)) },
      requests: requests.map((r) => ({
        label: r.label,
        url: r.url,
        app: latency(per.get(r.url)?.app ?? []),
        raw: latency(per.get(r.url)?.raw ?? []),
        total: recorded.get(r.url)?.total ?? 0,
      })),
      explained,
    };
  } finally {
    await app.close();
  }
};

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { demoTemplate } from './demo-template.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The server's DATA_DIR (its demo CA is under signing/ca) and the password of its .p12 files. */
export type TestServer = { url: string; dataDir: string; stop: () => Promise<void> };

/** Fixed so a test can open the server's demo CA in DATA_DIR/signing (otherwise a random one is in the database). */
export const E2E_SIGNING_P12_PASSWORD = 'e2e-signing-p12-password';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

/** A new, empty database on the PostgreSQL server of DATABASE_URL; returns its URL and a dropper. */
const createPgDatabase = async (url: string) => {
  const name = `eproc_e2e_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { url: target.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
};

const waitForHealth = async (url: string, child: ChildProcess, log: () => string) => {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not become healthy:\n${log()}`);
};

/** Waits briefly for apps/web/dist (a build running alongside empties it first), then insists on it. */
const waitForWebBuild = async () => {
  const index = path.join(repoRoot, 'apps/web/dist/index.html');
  for (let i = 0; i < 60 && !existsSync(index); i += 1) await new Promise((resolve) => setTimeout(resolve, 500));
  if (!existsSync(index)) throw new Error('apps/web/dist is missing: run `npm run build` before the browser tests');
};

/**
 * Demo cases seeded for the browser tests (DEMO_CASES; the full demo has 2,000). Every test creates the cases
 * it works on; the demo around them only has to give the lists and dashboards a realistic mix: cases at every
 * stage, due soon and overdue, in Quảng Ninh's regional offices and in other provinces (300 gives each office
 * 5 to 35 cases). The full demo made every server's start and its first deadline checks slow.
 */
const E2E_DEMO_CASES = '300';

/**
 * Starts the real server (a small demo seeded) on a free port over a fresh database; the web app must be built.
 * On PGlite the database is a copy of a demo template built once; on PostgreSQL the server seeds a new database.
 */
export const startServer = async (): Promise<TestServer> => {
  await waitForWebBuild();
  const port = await freePort();
  const demoCases = process.env.DEMO_CASES ?? E2E_DEMO_CASES;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'eproc-e2e-'));
  const pgDb = process.env.DATABASE_URL ? await createPgDatabase(process.env.DATABASE_URL) : null;
  if (!pgDb) {
    try {
      await cp(await demoTemplate(repoRoot, demoCases), dataDir, { recursive: true });
    } catch (error) {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    }
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    DEMO_CASES: demoCases,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '100000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    SIGNING_P12_PASSWORD: E2E_SIGNING_P12_PASSWORD,
  };
  if (pgDb) env.DATABASE_URL = pgDb.url;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['apps/server/src/main.ts', 'serve'], { cwd: repoRoot, env, stdio: 'pipe' });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await pgDb?.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, stop };
};

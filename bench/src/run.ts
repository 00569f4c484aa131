import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../../apps/server/src/modules/identity/seed.ts';
import { readOptions } from './args.ts';
import { measureColdStarts } from './cold-start.ts';
import { generateOfficers } from './generate-officers.ts';
import { type LoadOptions, runLoad } from './load.ts';
import { runToEnd, startServer } from './processes.ts';
import { describeMachine, formatResults, writeResults } from './report.ts';
import { fetchCsrf, loginRequest, signIn } from './session.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = path.join(ROOT, 'apps/server/src/main.ts');
const BASELINE = fileURLToPath(new URL('./baseline-server.ts', import.meta.url));
const RESULTS = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
const USERNAME = 'ksv.quangninh';
const WARM_UP_SECONDS = 2;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const measure = async (name: string, load: LoadOptions) => {
  log(`${name}: warm-up ${WARM_UP_SECONDS} s, then ${load.duration} s`);
  await runLoad({ ...load, duration: WARM_UP_SECONDS });
  return runLoad(load);
};

const loadAtStart = os.loadavg()[0] ?? 0;
const argv = process.argv.slice(2);
const options = readOptions(argv);
const command = ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' ');
const dataDir = await mkdtemp(path.join(tmpdir(), 'eproc-bench-'));
const env = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '100000000',
  LOGIN_RATE_LIMIT_PER_MINUTE: '100000000',
};
try {
  log(`seeding the demo into ${dataDir}`);
  await runToEnd(process.execPath, [MAIN, 'seed'], env);
  log(`generating ${options.officers} officers in ${options.offices} offices`);
  await generateOfficers(dataDir, options.officers, options.offices);

  const server = await startServer(process.execPath, [MAIN, 'serve'], env);
  let loads: Pick<Parameters<typeof formatResults>[0], 'baseline' | 'me' | 'login' | 'noSession' | 'health'>;
  try {
    const cookie = await signIn(server.url, USERNAME, DEMO_PASSWORD);
    const me = await fetch(`${server.url}/api/me`, { headers: { cookie } });
    const body = await me.text();
    if (!me.ok) throw new Error(`GET /api/me answered ${me.status}: ${body}`);
    const baselineServer = await startServer(process.execPath, [BASELINE], { PATH: env.PATH, BENCH_BODY: body });
    const get = { connections: options.connections, duration: options.duration };
    let baseline: Awaited<ReturnType<typeof runLoad>>;
    let meResult: Awaited<ReturnType<typeof runLoad>>;
    let noSession: Awaited<ReturnType<typeof runLoad>>;
    let health: Awaited<ReturnType<typeof runLoad>>;
    try {
      baseline = await measure('baseline', { url: `${baselineServer.url}/api/me`, ...get });
      meResult = await measure('GET /api/me', { url: `${server.url}/api/me`, headers: { cookie }, ...get });
      // Two diagnostics that split the overhead: the plugin stack alone, and one trivial database query.
      noSession = await measure('GET /api/me without a session', {
        url: `${server.url}/api/me`,
        expectStatus: 401,
        ...get,
      });
      health = await measure('GET /api/health', { url: `${server.url}/api/health`, ...get });
    } finally {
      await baselineServer.stop();
    }
    const login = loginRequest(await fetchCsrf(server.url), USERNAME, DEMO_PASSWORD);
    const loginResult = await measure('POST /api/auth/login', {
      url: `${server.url}/api/auth/login`,
      method: 'POST',
      ...login,
      connections: options.loginConnections,
      duration: options.duration,
    });
    loads = { baseline, me: meResult, login: loginResult, noSession, health };
  } finally {
    await server.stop();
  }

  log(`cold starts: ${options.coldRuns} runs each`);
  const coldStarts = await measureColdStarts(ROOT, env, options.coldRuns);
  const markdown = formatResults({
    ...loads,
    options,
    command,
    coldStarts,
  });
  const machine = describeMachine(command, loadAtStart);
  console.log(`${machine}\n\n${markdown}`);
  if (options.write) {
    await writeResults(RESULTS, markdown, machine);
    log(`wrote ${path.relative(ROOT, RESULTS)}`);
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

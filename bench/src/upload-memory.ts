import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SERVER_HEAP_FLAGS } from '../../apps/server/src/platform/heap-flags.ts';
import { createScratchPgDatabase } from '../../apps/server/src/test/scratch.ts';
import { runToEnd, startServer } from './processes.ts';
import { writeResultsSection } from './report.ts';
import { fetchCsrf, signIn } from './session.ts';

/**
 * Peak memory of the server while it receives one very large case-file upload (issue 4: a 1 GB upload keeps
 * the server under 300 MB). The file is made as it is sent, so neither side holds it; the server's peak
 * resident set (VmHWM) is read from /proc. Baseline, same run: a bare Node HTTP server that writes the same
 * request body to a file, with the same V8 heap flags as the server (its best configuration for memory).
 */
const RESULTS = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
const START = '<!-- upload-memory:start -->';
const END = '<!-- upload-memory:end -->';
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({ options: { mb: { type: 'string', default: '1024' }, 'no-write': { type: 'boolean' } } });
const fileBytes = Number(values.mb) * 2 ** 20;
if (!Number.isInteger(fileBytes) || fileBytes < 2 ** 20) throw new Error('Usage: upload-memory.ts [--mb 1024]');

const CHUNK = 64 * 1024;
const BOUNDARY = 'eprocuracy-bench-boundary';

/** The multipart body of a PDF of `bytes` (header, filler, trailer) made chunk by chunk as it is sent. */
const multipartBody = (bytes: number) => {
  const hash = createHash('sha256');
  const head = Buffer.from('%PDF-1.4\n', 'latin1');
  const end = Buffer.from('\n%%EOF\n', 'latin1');
  const filler = randomBytes(CHUNK);
  async function* parts() {
    yield Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="type"\r\n\r\nother\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nHồ sơ lưu trữ (bench)\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="luu-tru.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    );
    hash.update(head);
    yield head;
    for (let left = bytes - head.length - end.length; left > 0; ) {
      const chunk = Buffer.from(filler.subarray(0, Math.min(CHUNK, left)));
      chunk.writeUInt32LE(left, 0);
      hash.update(chunk);
      left -= chunk.length;
      yield chunk;
    }
    hash.update(end);
    yield Buffer.concat([end, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
  }
  return { body: Readable.from(parts()), sha256: () => hash.digest('hex') };
};

const send = (url: string, headers: Record<string, string>, body: Readable) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    body.pipe(req);
  });

/** Starts the process's peak resident set afresh (Linux: `5` in clear_refs resets VmHWM to the current RSS). */
const resetPeak = (pid: number) => writeFile(`/proc/${pid}/clear_refs`, '5');

/** Peak and current resident set of a process, in MB. */
const memoryOf = async (pid: number) => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
  return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
};

/** The pid of the process listening on the server's port (the child spawned by `startServer`). */
const listenerPid = async (port: number): Promise<number> => {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
  const pid = Number(/pid=(\d+)/.exec(out)?.[1]);
  if (!pid) throw new Error(`no process listens on ${port}: ${out}`);
  return pid;
};

const BARE_SERVER = `
const http = require('node:http'); const fs = require('node:fs'); const { pipeline } = require('node:stream');
http.createServer((req, res) => {
  if (req.url === '/api/health') return res.end('ok');
  pipeline(req, fs.createWriteStream(process.env.OUT), (error) => res.end(error ? 'error' : 'stored'));
}).listen(Number(process.env.PORT), process.env.HOST);`;

const loadAtStart = os.loadavg()[0] ?? 0;
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'eproc-upload-bench-'));
// On PostgreSQL the server process holds only the web server; on PGlite it also holds the database.
const scratch = process.env.DATABASE_URL
  ? await createScratchPgDatabase(process.env.DATABASE_URL, 'eproc_bench_upload')
  : null;
try {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    DATA_DIR: dataDir,
    DEMO_CASES: '50',
    WORKER: 'false',
    LOG_LEVEL: 'warn',
    UPLOAD_MAX_MB: String(Math.max(2048, Number(values.mb) + 1)),
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
  };
  // Seeded by its own process first: a server in service does not seed, and V8 keeps what seeding grew.
  const main = path.join(repoRoot, 'apps/server/src/main.ts');
  await runToEnd(process.execPath, [main, 'seed'], env);
  const app = await startServer(process.execPath, [main, 'serve'], env, {
    timeoutMs: 180_000,
  });
  let appResult: { before: number; peak: number; seconds: number };
  try {
    const pid = await listenerPid(Number(new URL(app.url).port));
    const session = await signIn(app.url, 'ksv.quangninh', 'EProcuracy@2026');
    const csrf = await fetchCsrf(app.url);
    const cookie = `${session}; ${csrf.cookie}`;
    const list = (await (await fetch(`${app.url}/api/cases?mine=true&limit=1`, { headers: { cookie } })).json()) as {
      items: { id: string }[];
    };
    const caseId = list.items[0]?.id;
    if (!caseId) throw new Error('the demo has no case of ksv.quangninh');
    await resetPeak(pid);
    const before = (await memoryOf(pid)).now;
    const started = performance.now();
    const upload = multipartBody(fileBytes);
    const reply = await send(
      `${app.url}/api/cases/${caseId}/files`,
      { cookie, 'x-csrf-token': csrf.token, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      upload.body,
    );
    const seconds = (performance.now() - started) / 1000;
    if (reply.status !== 201 && reply.status !== 200) throw new Error(`upload refused: ${reply.status} ${reply.text}`);
    if (!reply.text.includes(upload.sha256())) throw new Error('the stored file does not have the sent SHA-256');
    appResult = { before, peak: (await memoryOf(pid)).peak, seconds };
  } finally {
    await app.stop();
  }

  const out = path.join(dataDir, 'bare-upload.bin');
  const bare = await startServer(process.execPath, [...SERVER_HEAP_FLAGS, '-e', BARE_SERVER], { ...env, OUT: out });
  let bareResult: { before: number; peak: number; seconds: number };
  try {
    const pid = await listenerPid(Number(new URL(bare.url).port));
    await resetPeak(pid);
    const before = (await memoryOf(pid)).now;
    const started = performance.now();
    const reply = await send(
      `${bare.url}/upload`,
      { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      multipartBody(fileBytes).body,
    );
    if (reply.text !== 'stored') throw new Error(`bare server: ${reply.text}`);
    bareResult = { before, peak: (await memoryOf(pid)).peak, seconds: (performance.now() - started) / 1000 };
  } finally {
    await bare.stop();
  }

  const mb = (x: number) => x.toFixed(0);
  const row = (label: string, r: typeof appResult) =>
    `| ${label} | ${mb(r.before)} | ${mb(r.peak)} | ${mb(r.peak - r.before)} | ${r.seconds.toFixed(1)} | ${(fileBytes / 2 ** 20 / r.seconds).toFixed(0)} |`;
  const command = `${scratch ? 'DATABASE_URL=postgres://… ' : ''}node bench/src/upload-memory.ts --mb ${values.mb}`;
  const section = [
    START,
    `## Case-file upload of ${values.mb} MB: server memory (bench/src/upload-memory.ts)`,
    '',
    `- Date: ${new Date().toISOString()}; ${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}; Node.js ${process.version}; 1-minute load ${loadAtStart.toFixed(2)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(2)} at the end`,
    `- Reproduce: \`${command}\``,
    `- The real server (\`serve\`, ${scratch ? 'on PostgreSQL' : 'on PGlite, which lives in the same process'}, local blob store, worker off so no OCR starts) receives one streamed multipart upload of a generated PDF over HTTP from another process; the SHA-256 the server answers is checked against the bytes sent. Memory is the resident set from /proc: the peak (VmHWM) is reset just before the upload, so start-up and seeding do not count. The server runs with its V8 heap flags (\`${SERVER_HEAP_FLAGS.join(' ')}\`, applied by main.ts). Baseline: a bare \`node:http\` server with the same flags that pipes the same request body to a file.`,
    '',
    '| Process | RSS before MB | peak RSS MB | growth MB | seconds | MB/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('eProcuracy server (`POST /api/cases/:id/files`)', appResult),
    row('Baseline: bare node:http piping the body to a file', bareResult),
    '',
    `Peak server memory ${mb(appResult.peak)} MB (target < 300 MB: ${appResult.peak < 300 ? 'meets' : '**misses**'}); growth during the upload ${mb(appResult.peak - appResult.before)} MB against ${mb(bareResult.peak - bareResult.before)} MB for the bare server; throughput ${(bareResult.seconds / appResult.seconds).toFixed(2)}× the bare server's.`,
    END,
  ].join('\n');
  console.log(section);
  if (!values['no-write']) await writeResultsSection(RESULTS, { start: START, end: END }, section);
} finally {
  await rm(dataDir, { recursive: true, force: true });
  await scratch?.drop();
}

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What the seeded database is made from; tests do not change it. */
const SOURCES = ['apps/server/src', 'apps/server/drizzle', 'packages/domain/src', 'package-lock.json'];
const PREFIX = 'eproc-e2e-demo-';
const DAY_MS = 86_400_000;

const sourceFiles = async (repoRoot: string): Promise<string[]> => {
  const files: string[] = [];
  for (const source of SOURCES) {
    const full = path.join(repoRoot, source);
    if (!(await stat(full)).isDirectory()) {
      files.push(full);
      continue;
    }
    for (const entry of await readdir(full, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && !entry.name.endsWith('.test.ts')) files.push(path.join(entry.parentPath, entry.name));
    }
  }
  return files.sort();
};

/** A key that changes with the code, the migrations, the demo size and the day (the demo is dated around today). */
const templateKey = async (repoRoot: string, demoCases: string) => {
  const hash = createHash('sha256');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  hash.update(`${demoCases}\0${today}\0`);
  for (const file of await sourceFiles(repoRoot)) {
    hash.update(`${path.relative(repoRoot, file)}\0`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 20);
};

/** Runs the real CLI's `seed` (migrate, then the demo) into the PGlite folder `dataDir`. */
const seedInto = (repoRoot: string, dataDir: string, demoCases: string) =>
  new Promise<void>((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DEMO_CASES: demoCases, LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['apps/server/src/main.ts', 'seed'], { cwd: repoRoot, env, stdio: 'pipe' });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`seeding the demo template failed (${code}):\n${output}`)),
    );
  });

/** Removes templates of other code or other days once they are a day old (another run may still be copying one). */
const removeStaleTemplates = async (keep: string) => {
  for (const name of await readdir(tmpdir())) {
    const full = path.join(tmpdir(), name);
    if (!name.startsWith(PREFIX) || full === keep) continue;
    const { mtimeMs } = await stat(full).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > DAY_MS) await rm(full, { recursive: true, force: true });
  }
};

/**
 * A PGlite data folder holding the migrated schema and the demo, built once and copied by every test file:
 * creating a PGlite database (initdb in WebAssembly) and seeding it took most of each server's start.
 */
export const demoTemplate = async (repoRoot: string, demoCases: string): Promise<string> => {
  const target = path.join(tmpdir(), `${PREFIX}${await templateKey(repoRoot, demoCases)}`);
  if (existsSync(target)) return target;
  const building = await mkdtemp(path.join(tmpdir(), `${PREFIX}building-`));
  try {
    await seedInto(repoRoot, building, demoCases);
    // Another test process may have finished the same template first; either copy is as good.
    await rename(building, target).catch((error: NodeJS.ErrnoException) => {
      if (!existsSync(target)) throw error;
    });
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  await removeStaleTemplates(target);
  return target;
};

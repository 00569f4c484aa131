import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { jobs } from '../../platform/jobs/jobs.schema.ts';
import type { TestClient } from '../../test/client.ts';
import type { TestApp } from '../../test/harness.ts';
import { download } from './case-file-test-client.ts';
import { caseFileBlobs } from './case-files.schema.ts';
import { reencryptJob } from './reencrypt.job.ts';

/** The re-encryption jobs waiting in the queue (due or not), oldest first. */
export const queuedReencryptions = (t: TestApp) =>
  t.database.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.name, reencryptJob.name), eq(jobs.status, 'queued')))
    .orderBy(jobs.createdAt);

/** The re-encryption job without the grace before deleting plain copies, for a worker in a test. */
export const quickReencryptJob = (): typeof reencryptJob => ({
  ...reencryptJob,
  handler: async () => {
    const handler = await reencryptJob.handler();
    return (context) => handler({ ...context, payload: { ...context.payload, plainCopyGraceMs: 0 } });
  },
});

/**
 * Runs the queued re-encryption jobs (due or not) as a worker would, `times` times each to show that a
 * repeated run changes nothing, and marks them done. Returns their payloads.
 */
export const runReencryptions = async (t: TestApp, options: { times?: number } = {}) => {
  const handler = await quickReencryptJob().handler();
  const ran = [];
  for (const job of await queuedReencryptions(t)) {
    const payload = reencryptJob.payload.parse(job.payload);
    for (let i = 0; i < (options.times ?? 1); i += 1) {
      await handler({ payload, job, db: t.database.db, config: t.config, signal: new AbortController().signal });
    }
    await t.database.db.update(jobs).set({ status: 'done', finishedAt: new Date() }).where(eq(jobs.id, job.id));
    ran.push(payload);
  }
  return ran;
};

/** The stored files (not staging) whose bytes contain `data`: where it is kept in clear. */
export const plainCopiesOf = async (t: TestApp, data: Buffer): Promise<string[]> => {
  const root = path.resolve(t.config.DATA_DIR, 'blobs');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || path.relative(root, file).startsWith('.staging')) continue;
    if ((await readFile(file)).includes(data)) found.push(path.relative(root, file));
  }
  return found;
};

/** Whether case_file_blobs registers the address. */
export const isRegistered = async (t: TestApp, sha256: string, encrypted: boolean) =>
  (
    await t.database.db
      .select({ n: sql<number>`1` })
      .from(caseFileBlobs)
      .where(and(eq(caseFileBlobs.sha256, sha256), eq(caseFileBlobs.encrypted, encrypted)))
  ).length > 0;

/** Downloads a file of the case file and checks it is there, returning its bytes. */
export const fetchBytes = async (client: TestClient, url: string): Promise<Buffer> => {
  const got = await download(client, url);
  assert.equal(got.status, 200, `${url}: ${got.data.toString('utf8').slice(0, 300)}`);
  return got.data;
};

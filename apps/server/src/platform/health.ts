import { sql } from 'drizzle-orm';
import { currentOcrTools } from '../modules/case-files/pipeline/ocr-tools-state.ts';
import type { App } from './app-types.ts';
import type { Database } from './db.ts';
import { type QueueStats, readQueueStats } from './jobs/jobs.repo.ts';

let hasWarnedAboutOcr = false;

/** Says once per process, at start, that scans will wait in the queue until the OCR tools are installed. */
const warnIfOcrMissing = (app: App) =>
  currentOcrTools().then((report) => {
    if (report.problems.length === 0 || hasWarnedAboutOcr) return;
    hasWarnedAboutOcr = true;
    const problems = report.problems.map((problem) => problem.en).join('; ');
    app.log.warn(`${problems}. Uploaded scans stay queued until the tools are installed.`);
  });

/** Liveness and readiness: the database answers; the job queue's backlog; optional tools report whether installed. */
export const registerHealthRoute = (app: App, database: Database) => {
  void warnIfOcrMissing(app);
  app.get('/api/health', { schema: { tags: ['platform'] } }, async (_request, reply) => {
    let dbOk = true;
    try {
      await database.db.execute(sql`select 1`);
    } catch {
      dbOk = false;
    }
    const jobs: QueueStats | null = dbOk ? await readQueueStats(database.db).catch(() => null) : null;
    return reply.status(dbOk ? 200 : 503).send({
      status: dbOk ? 'ok' : 'degraded',
      database: { ok: dbOk, kind: database.kind },
      jobs,
      // Optional: without OCR the server runs and scans wait, so a missing tool does not make it degraded.
      ocr: await currentOcrTools(),
    });
  });
};

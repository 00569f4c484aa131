import { sql } from 'drizzle-orm';
import type { App } from './app-types.ts';
import type { Database } from './db.ts';
import { type QueueStats, readQueueStats } from './jobs/jobs.repo.ts';

/** Liveness and readiness: the database answers; the job queue's backlog; optional tools report whether installed. */
export const registerHealthRoute = (app: App, database: Database) => {
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
    });
  });
};

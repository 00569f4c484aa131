import { sql } from 'drizzle-orm';
import type { App } from './app-types.ts';
import type { Database } from './db.ts';
import { readQueueStats } from './jobs/jobs.repo.ts';

/** Liveness and readiness: the database answers, the job queue's backlog; optional tools report whether they are installed. */
export const registerHealthRoute = (app: App, database: Database) => {
  app.get('/api/health', { schema: { tags: ['platform'] } }, async (_request, reply) => {
    let dbOk = true;
    let jobs: Awaited<ReturnType<typeof readQueueStats>> | null = null;
    try {
      await database.db.execute(sql`select 1`);
      jobs = await readQueueStats(database.db);
    } catch {
      dbOk = false;
    }
    return reply.status(dbOk ? 200 : 503).send({
      status: dbOk ? 'ok' : 'degraded',
      database: { ok: dbOk, kind: database.kind },
      jobs,
    });
  });
};

import { sql } from 'drizzle-orm';
import type { App } from './app-types.ts';
import type { Database } from './db.ts';

/** Liveness and readiness: the database answers; optional tools report whether they are installed. */
export const registerHealthRoute = (app: App, database: Database) => {
  app.get('/api/health', { schema: { tags: ['platform'] } }, async (_request, reply) => {
    let dbOk = true;
    try {
      await database.db.execute(sql`select 1`);
    } catch {
      dbOk = false;
    }
    return reply.status(dbOk ? 200 : 503).send({
      status: dbOk ? 'ok' : 'degraded',
      database: { ok: dbOk, kind: database.kind },
    });
  });
};

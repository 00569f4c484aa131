import type { Actor } from '@eprocuracy/domain';
import type { Config } from '../config.ts';
import type { AuditContext } from './audit.ts';
import type { Db } from './db.ts';

/** A signed-in officer as the services see them. */
export type SignedInActor = Actor & { fullName: string; username: string };

/** What every use-case receives: the database, the actor and where the request came from. */
export type Ctx = {
  db: Db;
  config: Config;
  actor: SignedInActor;
  audit: AuditContext;
};

/** Office path column ('/root/…/office/') → ids root first. */
export const splitPath = (path: string): string[] => path.split('/').filter(Boolean);

export const auditContextOf = (actor: SignedInActor, ip: string | null): AuditContext => ({
  actorId: actor.officerId,
  actorName: actor.fullName,
  officeId: actor.officeId,
  ip,
});

import type { AuditQuery } from '@eprocuracy/domain';
import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { auditLog } from '../../platform/audit.schema.ts';
import type { Db } from '../../platform/db.ts';
import { offices } from '../identity/identity.schema.ts';

const filters = (query: AuditQuery): (SQL | undefined)[] => [
  query.actorId ? eq(auditLog.actorId, query.actorId) : undefined,
  query.officeId ? eq(auditLog.officeId, query.officeId) : undefined,
  query.action ? eq(auditLog.action, query.action) : undefined,
  query.entityType ? eq(auditLog.entityType, query.entityType) : undefined,
  query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
  query.from ? gte(auditLog.at, query.from) : undefined,
  query.to ? lte(auditLog.at, query.to) : undefined,
];

/** Audit entries, newest first, within the access condition and the query's filters. */
export const findAuditEntries = (db: Db, access: SQL, query: AuditQuery) =>
  db
    .select({ entry: auditLog })
    .from(auditLog)
    .leftJoin(offices, eq(offices.id, auditLog.officeId))
    .where(and(access, ...filters(query)))
    .orderBy(desc(auditLog.seq))
    .limit(query.limit)
    .offset(query.offset);

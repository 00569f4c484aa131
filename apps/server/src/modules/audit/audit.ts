import type { AuditEntry, AuditQuery } from '@eprocuracy/domain';
import { isNull, or, sql } from 'drizzle-orm';
import { accessFilter } from '../../platform/access.ts';
import { auditLog } from '../../platform/audit.schema.ts';
import type { Ctx } from '../../platform/context.ts';
import { offices } from '../identity/identity.schema.ts';
import { findAuditEntries } from './audit.repo.ts';

/** Admins read the audit of their office subtree; entries with no office (unknown usernames) only at the root. */
const auditAccess = (ctx: Ctx) => {
  const byOffice = accessFilter(ctx, 'audit', 'read', {
    officeId: auditLog.officeId,
    officePath: sql`coalesce(${offices.path}, '')`,
  });
  const isRootAdmin = ctx.actor.officePath.length === 1 && ctx.actor.roles.includes('admin');
  return isRootAdmin ? (or(byOffice, isNull(auditLog.officeId)) ?? byOffice) : byOffice;
};

export const listAudit = async (ctx: Ctx, query: AuditQuery): Promise<AuditEntry[]> =>
  (await findAuditEntries(ctx.db, auditAccess(ctx), query)).map(({ entry }) => ({
    seq: entry.seq,
    at: new Date(entry.at).toISOString(),
    actorId: entry.actorId,
    actorName: entry.actorName,
    officeId: entry.officeId,
    ip: entry.ip,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: entry.changes as AuditEntry['changes'],
    hash: entry.hash,
  }));

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  // Cells starting with = + - @ are neutralised so spreadsheets do not run them as formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The filtered audit as CSV (UTF-8 with BOM so spreadsheet programs read Vietnamese correctly). */
export const exportAuditCsv = async function* (ctx: Ctx, query: AuditQuery): AsyncGenerator<string> {
  yield '\uFEFFseq,at,actor_id,actor_name,office_id,ip,action,entity_type,entity_id,changes,hash\n';
  const pageSize = 1000;
  for (let offset = 0; ; offset += pageSize) {
    const page = await listAudit(ctx, { ...query, limit: pageSize, offset });
    for (const e of page) {
      yield `${[e.seq, e.at, e.actorId, e.actorName, e.officeId, e.ip, e.action, e.entityType, e.entityId, e.changes, e.hash].map(csvCell).join(',')}\n`;
    }
    if (page.length < pageSize) return;
  }
};

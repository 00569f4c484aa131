import { createHash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import { auditLog } from './audit.schema.ts';
import type { Db } from './db.ts';

/** Who did it and from where; carried from the request into every audited write. */
export type AuditContext = {
  actorId: string | null;
  actorName: string | null;
  officeId: string | null;
  ip: string | null;
};

export type Changes = Record<string, { before: unknown; after: unknown }>;

export type AuditEvent = {
  action: string;
  entityType?: string;
  entityId?: string;
  changes?: Changes | null;
};

const GENESIS = '0'.repeat(64);
/** Arbitrary constant naming the advisory lock that serialises appends to the chain. */
const AUDIT_LOCK = 7_300_001;

const canonical = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
};

type HashedFields = Omit<typeof auditLog.$inferSelect, 'hash'>;

/** The hash of an entry covers every field and the previous entry's hash. */
export const hashEntry = (entry: HashedFields): string =>
  createHash('sha256')
    .update(
      canonical({
        ...entry,
        at: new Date(entry.at).toISOString(),
        changes: entry.changes ?? null,
      }),
    )
    .digest('hex');

/** Fields that changed between two versions of a record; secrets are reported as changed without values. */
export const diffFields = (
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  secretFields: readonly string[] = [],
): Changes => {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Changes = {};
  for (const key of keys) {
    const a = before?.[key] ?? null;
    const b = after?.[key] ?? null;
    if (canonical(a) === canonical(b)) continue;
    changes[key] = secretFields.includes(key) ? { before: '***', after: '***' } : { before: a, after: b };
  }
  return changes;
};

const writeListeners: (() => void)[] = [];

/** Lets in-memory caches drop what an audited write may have changed. */
export const onAuditedWrite = (listener: () => void): void => {
  writeListeners.push(listener);
};

/** Appends one entry to the chain; call it inside the transaction of the change it records. */
export const appendAudit = async (tx: Db, context: AuditContext, event: AuditEvent): Promise<void> => {
  for (const listener of writeListeners) listener();
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const entry: HashedFields = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actorId: context.actorId,
    actorName: context.actorName,
    officeId: context.officeId,
    ip: context.ip,
    action: event.action,
    entityType: event.entityType ?? null,
    entityId: event.entityId ?? null,
    changes: event.changes && Object.keys(event.changes).length > 0 ? event.changes : null,
    prevHash: last?.hash ?? GENESIS,
  };
  await tx.insert(auditLog).values({ ...entry, hash: hashEntry(entry) });
};

export type AuditVerdict =
  | { ok: true; count: number }
  | { ok: false; count: number; firstBrokenSeq: number; reason: 'edited' | 'missing' | 'reordered' };

/** Walks the whole chain and names the first entry that was edited, deleted or reordered. */
export const verifyAudit = async (db: Db, batchSize = 5000): Promise<AuditVerdict> => {
  let expectedSeq = 1;
  let prevHash = GENESIS;
  let count = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, count };
    // PGlite answers without ever yielding to the event loop; let requests and timers in between batches.
    await new Promise((resolve) => setImmediate(resolve));
    for (const row of rows) {
      if (row.seq !== expectedSeq) return { ok: false, count, firstBrokenSeq: expectedSeq, reason: 'missing' };
      const { hash, ...fields } = row;
      if (row.prevHash !== prevHash) return { ok: false, count, firstBrokenSeq: row.seq, reason: 'reordered' };
      if (hashEntry(fields) !== hash) return { ok: false, count, firstBrokenSeq: row.seq, reason: 'edited' };
      prevHash = hash;
      expectedSeq += 1;
      count += 1;
    }
  }
};

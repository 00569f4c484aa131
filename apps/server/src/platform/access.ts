import {
  type Action,
  type Actor,
  can,
  type Grant,
  grantsFor,
  type Resource,
  type ResourceKind,
  SECRECY_LEVELS,
  secrecyRank,
} from '@eprocuracy/domain';
import { and, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { AuditContext } from './audit.ts';
import { appendAudit } from './audit.ts';
import type { Ctx } from './context.ts';
import type { Db } from './db.ts';
import { forbidden, notFound } from './errors.ts';

/**
 * Enforces the policy on one record: a refused read is a 404 (and audited), a refused write a 403.
 * Returns normally when allowed.
 */
export const authorize = async (ctx: Ctx, action: Action, resource: Resource): Promise<void> => {
  if (can(ctx.actor, action, resource)) {
    if (action === 'read' && resource.secrecy !== 'normal') await recordClassifiedRead(ctx, resource);
    return;
  }
  const readable = action !== 'read' && can(ctx.actor, 'read', resource);
  await recordRefusal(ctx.db, ctx.audit, action, resource);
  throw readable ? forbidden() : notFound(resource.kind);
};

const recordRefusal = (db: Db, audit: AuditContext, action: Action, resource: Resource) =>
  db.transaction((tx) =>
    appendAudit(tx, audit, { action: `access.refused.${action}`, entityType: resource.kind, entityId: resource.id }),
  );

/** Every read of a classified record leaves a trace (who, when, from where, which record). */
const recordClassifiedRead = (ctx: Ctx, resource: Resource) =>
  ctx.db.transaction((tx) =>
    appendAudit(tx, ctx.audit, {
      action: 'record.read_classified',
      entityType: resource.kind,
      entityId: resource.id,
      changes: { secrecy: { before: null, after: resource.secrecy } },
    }),
  );

/** The LIKE pattern of the paths of the actor's office and every office below it. */
export const subtreePattern = (actor: Actor): string => `/${actor.officePath.join('/')}/%`;

/** Columns a table exposes to the list filter. */
export type AccessColumns = {
  officeId: PgColumn;
  /** Materialised office path of the owning office ('/root/…/office/'). */
  officePath: SQL | PgColumn;
  /**
   * The actor's subtree reach written on the table's own columns, for a table whose index can then serve it;
   * without it the reach tests `officePath` against `subtreePattern`.
   */
  inSubtree?: SQL;
  /** The record's secrecy; several when it is read at the highest of them (a document at its case's level). */
  secrecy?: SQL | PgColumn | (SQL | PgColumn)[];
  /** SQL true when the actor is assigned to the row. */
  isAssigned?: (officerId: string) => SQL;
  /** For officer rows: the row id. */
  id?: PgColumn;
};

const secrecyAtMost = (secrecy: AccessColumns['secrecy'], max: string): SQL | undefined => {
  if (!secrecy) return undefined;
  const allowed = SECRECY_LEVELS.filter((level) => secrecyRank(level) <= secrecyRank(max as never));
  // The highest of several levels is allowed when each one is; tested one by one, the planner can count them.
  const columns = Array.isArray(secrecy) ? secrecy : [secrecy];
  return and(...columns.map((column) => inArray(column as PgColumn, allowed)));
};

const grantFilter = (grant: Grant, ctx: Ctx, columns: AccessColumns): SQL | undefined => {
  const reach = ((): SQL | undefined => {
    switch (grant.reach) {
      case 'all':
        return sql`true`;
      case 'subtree':
        return columns.inSubtree ?? sql`${columns.officePath} LIKE ${subtreePattern(ctx.actor)}`;
      case 'own_office':
        return sql`${columns.officeId} = ${ctx.actor.officeId}`;
      case 'assigned':
        return columns.isAssigned?.(ctx.actor.officerId) ?? sql`false`;
      case 'self':
        return columns.id ? sql`${columns.id} = ${ctx.actor.officerId}` : sql`false`;
    }
  })();
  return and(reach, secrecyAtMost(columns.secrecy, grant.maxSecrecy));
};

/** The SQL condition that keeps exactly the rows `authorize` would allow: lists and details agree. */
/**
 * `within`, when given, is ANDed into each grant's arm rather than around the OR: PostgreSQL then plans each
 * arm on its own indexes (e.g. "my office AND these words" as one scan of a composite index) and ORs the
 * bitmaps, instead of reading every row of the office to test the filters.
 */
export const accessFilter = (
  ctx: Ctx,
  kind: ResourceKind,
  action: Action,
  columns: AccessColumns,
  within?: SQL,
): SQL => {
  const grants = grantsFor(ctx.actor, kind, action);
  if (grants.length === 0) return sql`false`;
  // Assignment last: PostgreSQL evaluates OR arms in order, and the office and secrecy tests are the cheap ones.
  const ordered = [...grants].sort((a, b) => Number(a.reach === 'assigned') - Number(b.reach === 'assigned'));
  return or(...ordered.map((grant) => and(grantFilter(grant, ctx, columns), within))) ?? sql`false`;
};

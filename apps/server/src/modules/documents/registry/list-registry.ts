import type {
  IncomingEntry,
  IncomingListQuery,
  OutgoingEntry,
  OutgoingListQuery,
  RegistryPage,
} from '@eprocuracy/domain';
import { and, eq, lt, ne, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import * as repo from './registry.repo.ts';
import { incomingDocuments, outgoingDocuments } from './registry.schema.ts';
import { incomingReadable, outgoingReadable, presentIncoming, presentOutgoing } from './registry-records.ts';

/** SQL true for open handling whose deadline passed before `today` (the same rule as `isHandlingOverdue`). */
const overdueOn = (today: string): SQL =>
  and(ne(incomingDocuments.status, 'done'), lt(incomingDocuments.dueOn, today)) as SQL;

/** Incoming entries the actor may read (the same rule as the detail), filtered, newest first. */
export const listIncoming = async (ctx: Ctx, query: IncomingListQuery): Promise<RegistryPage<IncomingEntry>> => {
  const today = todayInVietnam();
  const conditions: (SQL | undefined)[] = [incomingReadable(ctx)];
  if (query.year) conditions.push(eq(incomingDocuments.year, query.year));
  if (query.book) conditions.push(eq(incomingDocuments.book, query.book));
  if (query.status) conditions.push(eq(incomingDocuments.status, query.status));
  if (query.overdue === 'true') conditions.push(overdueOn(today));
  if (query.mine === 'true') conditions.push(eq(incomingDocuments.handlerId, ctx.actor.officerId));
  if (query.q) conditions.push(repo.incomingText(query.q));
  const filter = and(...conditions) as SQL;
  const [rows, total] = await Promise.all([
    repo.listIncoming(ctx.db, filter, query),
    repo.countIncoming(ctx.db, filter),
  ]);
  return { items: rows.map((row) => presentIncoming(row, today)), total };
};

/** Outgoing entries the actor may read, newest first. */
export const listOutgoing = async (ctx: Ctx, query: OutgoingListQuery): Promise<RegistryPage<OutgoingEntry>> => {
  const conditions: (SQL | undefined)[] = [outgoingReadable(ctx)];
  if (query.year) conditions.push(eq(outgoingDocuments.year, query.year));
  if (query.book) conditions.push(eq(outgoingDocuments.book, query.book));
  if (query.q) conditions.push(repo.outgoingText(query.q));
  const filter = and(...conditions) as SQL;
  const [rows, total] = await Promise.all([
    repo.listOutgoing(ctx.db, filter, query),
    repo.countOutgoing(ctx.db, filter),
  ]);
  return { items: rows.map(presentOutgoing), total };
};

/**
 * Overdue handling the actor may see, earliest deadline first, for the office dashboard (Decree 30 Art. 24(2):
 * the clerk follows up handling of incoming documents and reports it to the head of the office).
 */
export const listOverdueIncoming = async (ctx: Ctx, limit = 20): Promise<RegistryPage<IncomingEntry>> => {
  const today = todayInVietnam();
  const filter = and(incomingReadable(ctx), overdueOn(today)) as SQL;
  const [rows, total] = await Promise.all([
    repo.overdueIncoming(ctx.db, filter, limit),
    repo.countIncoming(ctx.db, filter),
  ]);
  return { items: rows.map((row) => presentIncoming(row, today)), total };
};

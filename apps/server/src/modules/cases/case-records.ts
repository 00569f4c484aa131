import type { Resource, Secrecy } from '@eprocuracy/domain';
import { authorize } from '../../platform/access.ts';
import { type Ctx, splitPath } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import * as repo from './cases.repo.ts';

export type FoundCase = NonNullable<Awaited<ReturnType<typeof repo.findCase>>>;

export const caseNotFound = () => notFound('case');

/** What the access policy needs to know about a case. */
export const resourceOf = (found: FoundCase, assigneeIds: readonly string[]): Resource => ({
  kind: 'case',
  id: found.row.id,
  officeId: found.row.officeId,
  officePath: splitPath(found.officePath),
  secrecy: found.row.secrecy as Secrecy,
  assigneeIds,
});

/** Loads a case the actor may read (404 otherwise) with its current officers. */
export const loadReadable = async (ctx: Ctx, id: string) => {
  const found = await repo.findCase(ctx.db, id);
  if (!found) throw caseNotFound();
  const officers = await repo.currentAssignments(ctx.db, [id]);
  const resource = resourceOf(
    found,
    officers.map((a) => a.officerId),
  );
  await authorize(ctx, 'read', resource);
  return { found, officers, resource };
};

/** Loads a case the actor may change: 404 when unreadable, 403 when read-only. */
export const loadWritable = async (ctx: Ctx, id: string) => {
  const loaded = await loadReadable(ctx, id);
  await authorize(ctx, 'write', loaded.resource);
  return loaded;
};

/** Fields of a case shown in the audit trail. */
export const auditable = (r: Partial<repo.CaseRow>) => ({
  number: r.number,
  year: r.year,
  title: r.title,
  stage: r.stage,
  secrecy: r.secrecy,
  openingNumber: r.openingNumber,
  openedOn: r.openedOn,
  investigatingBodyName: r.investigatingBodyName,
  offenceDate: r.offenceDate,
  offencePlace: r.offencePlace,
  externalRef: r.externalRef,
});

import { type CaseDetail, can } from '@eprocuracy/domain';
import { authorize } from '../../platform/access.ts';
import { type AuditEvent, appendAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { conflict } from '../../platform/errors.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { refreshCaseDerived } from './case-derived.ts';
import { caseNotFound, type FoundCase, loadReadable, loadWritable, resourceOf } from './case-records.ts';
import { detailOf } from './case-view.ts';
import * as repo from './cases.repo.ts';

/** The case page as the actor may see it. */
export const getCase = async (ctx: Ctx, id: string): Promise<CaseDetail> => {
  const { found, officers, resource } = await loadReadable(ctx, id);
  return pageOf(ctx, found, officers, can(ctx.actor, 'write', resource));
};

const pageOf = async (ctx: Ctx, found: FoundCase, officers: Officers, canWrite: boolean): Promise<CaseDetail> => {
  const parts = await repo.loadParts(ctx.db, found.row.id);
  const officerIds = [
    ...parts.decisions.flatMap((d) => [d.draftedBy, d.decidedBy]),
    ...officers.map((o) => o.officerId),
  ].filter((x): x is string => x !== null);
  return detailOf(
    {
      ...parts,
      found,
      officers,
      officerNames: await repo.officerNames(ctx.db, [...new Set(officerIds)]),
      roles: ctx.actor.roles,
      canWrite,
    },
    todayInVietnam(),
  );
};

type Officers = Awaited<ReturnType<typeof repo.currentAssignments>>;

/**
 * The case after the actor's own change. A transfer can take the case out of the actor's reach; they
 * still see, read-only, the result of what they just did rather than a 404.
 */
const afterChange = async (ctx: Ctx, id: string): Promise<CaseDetail> => {
  const found = await repo.findCase(ctx.db, id);
  if (!found) throw caseNotFound();
  const officers = await repo.currentAssignments(ctx.db, [id]);
  const resource = resourceOf(
    found,
    officers.map((o) => o.officerId),
  );
  if (!can(ctx.actor, 'read', resource)) return pageOf(ctx, found, officers, false);
  await authorize(ctx, 'read', resource);
  return pageOf(ctx, found, officers, can(ctx.actor, 'write', resource));
};

export type CaseChange = {
  event: { kind: string; data: Record<string, unknown> };
  audit: AuditEvent;
};

/**
 * Runs one act on a case the actor may change: the case row is locked, the act writes its rows, then the
 * event, the audit entry and the derived fields (deadlines, completeness) are written in the same transaction.
 */
export const changeCase = async (
  ctx: Ctx,
  id: string,
  act: (tx: Db, row: repo.CaseRow) => Promise<CaseChange>,
): Promise<CaseDetail> => {
  await loadWritable(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.lockCase(tx, id);
    if (!row) throw caseNotFound();
    if (row.mergedInto) {
      throw conflict({
        vi: 'Vụ án đã được nhập vào vụ án khác; mọi thay đổi ghi ở vụ án đó',
        en: 'The case was joined into another; record changes there',
      });
    }
    const change = await act(tx, row);
    await recordChange(tx, ctx, id, change);
  });
  return afterChange(ctx, id);
};

/** The event, audit entry, version bump and derived fields that follow every change of a case. */
export const recordChange = async (tx: Db, ctx: Ctx, id: string, change: CaseChange) => {
  await repo.appendEvent(tx, {
    caseId: id,
    kind: change.event.kind,
    data: change.event.data,
    actorId: ctx.actor.officerId,
    actorName: ctx.actor.fullName,
  });
  await appendAudit(tx, ctx.audit, { entityType: 'case', entityId: id, ...change.audit });
  await repo.updateCase(tx, id, {});
  await refreshCaseDerived(tx, [id], todayInVietnam());
};

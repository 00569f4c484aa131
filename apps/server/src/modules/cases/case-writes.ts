import { type CaseDetail, can } from '@eprocuracy/domain';
import { type AuditEvent, appendAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { refreshCaseDerived } from './case-derived.ts';
import { caseNotFound, loadReadable, loadWritable } from './case-records.ts';
import { detailOf } from './case-view.ts';
import * as repo from './cases.repo.ts';

/** The case page as the actor may see it. */
export const getCase = async (ctx: Ctx, id: string): Promise<CaseDetail> => {
  const { found, officers, resource } = await loadReadable(ctx, id);
  const parts = await repo.loadParts(ctx.db, id);
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
      canWrite: can(ctx.actor, 'write', resource),
    },
    todayInVietnam(),
  );
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
    const change = await act(tx, row);
    await recordChange(tx, ctx, id, change);
  });
  return getCase(ctx, id);
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

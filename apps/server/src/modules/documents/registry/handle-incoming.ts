import {
  canMoveHandling,
  checkHandlingDue,
  type HandlingStatus,
  type IncomingEntry,
  type LinkReplyInput,
  type RouteIncomingInput,
  type Secrecy,
  secrecyRank,
  type UpdateHandlingInput,
  ZLinkReplyInput,
  ZRouteIncomingInput,
  ZUpdateHandlingInput,
} from '@eprocuracy/domain';
import { appendAudit, diffFields } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db.ts';
import { conflict, forbidden, invalid } from '../../../platform/errors.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import * as repo from './registry.repo.ts';
import { auditableIncoming, loadIncoming, loadOutgoing, presentIncoming } from './registry-records.ts';

const STATUS_TEXT: Record<HandlingStatus, { vi: string; en: string }> = {
  received: { vi: 'mới tiếp nhận', en: 'received' },
  routed: { vi: 'đã chuyển xử lý', en: 'routed' },
  in_progress: { vi: 'đang xử lý', en: 'in progress' },
  done: { vi: 'đã giải quyết xong', en: 'done' },
};

const refuseMove = (from: HandlingStatus, to: HandlingStatus) =>
  conflict(
    {
      vi: `Không thể chuyển từ "${STATUS_TEXT[from].vi}" sang "${STATUS_TEXT[to].vi}"`,
      en: `Cannot move from ${STATUS_TEXT[from].en} to ${STATUS_TEXT[to].en}`,
    },
    [
      {
        field: 'status',
        vi: `Trạng thái hiện tại: ${STATUS_TEXT[from].vi}`,
        en: `Current status: ${STATUS_TEXT[from].en}`,
      },
    ],
  );

/**
 * Changes an incoming entry under its row lock, checks the move, and records the event and the audit in the same
 * transaction. `change` returns the new column values.
 */
const changeIncoming = async (
  ctx: Ctx,
  id: string,
  action: string,
  change: (row: repo.IncomingRow, tx: Db) => Promise<Partial<repo.IncomingRow>> | Partial<repo.IncomingRow>,
) => {
  await loadIncoming(ctx, id, 'write');
  await ctx.db.transaction(async (tx) => {
    const row = await repo.lockIncoming(tx, id);
    if (!row) throw conflict({ vi: 'Văn bản đã thay đổi', en: 'The document changed' });
    const patch = await change(row, tx);
    await repo.updateIncoming(tx, id, patch);
    await repo.appendIncomingEvent(tx, {
      documentId: id,
      kind: action,
      data: patch,
      actorId: ctx.actor.officerId,
      actorName: ctx.actor.fullName,
    });
    await appendAudit(tx, ctx.audit, {
      action: `document_registry.incoming_${action}`,
      entityType: 'incoming_document',
      entityId: id,
      changes: diffFields(auditableIncoming(row), auditableIncoming({ ...row, ...patch })),
    });
  });
  return presentIncoming(await loadIncoming(ctx, id), todayInVietnam());
};

/** Routes an incoming document to an officer of the office with a handling deadline (Decree 30 Art. 23). */
export const routeIncoming = async (
  ctx: Ctx,
  options: { id: string; input: RouteIncomingInput },
): Promise<IncomingEntry> => {
  const input = ZRouteIncomingInput.parse(options.input);
  if (!ctx.actor.roles.some((role) => role === 'clerk' || role === 'leader')) throw forbidden();
  return changeIncoming(ctx, options.id, 'routed', async (row, tx) => {
    if (!canMoveHandling(row.status as HandlingStatus, 'routed'))
      throw refuseMove(row.status as HandlingStatus, 'routed');
    const officer = await repo.findOfficerIn(tx, input.officerId, row.officeId);
    if (officer?.status !== 'active')
      throw invalid([
        {
          field: 'officerId',
          vi: 'Cán bộ không công tác tại đơn vị này',
          en: 'The officer does not serve in this office',
        },
      ]);
    if (secrecyRank(officer.clearance as Secrecy) < secrecyRank(row.secrecy as Secrecy))
      throw invalid([
        {
          field: 'officerId',
          vi: 'Cán bộ không được tiếp cận văn bản có độ mật này',
          en: 'The officer is not cleared for this document',
        },
      ]);
    const problems = checkHandlingDue(input.dueOn, todayInVietnam(), row.receivedOn);
    if (problems.length > 0) throw invalid(problems);
    return {
      status: 'routed',
      handlerId: officer.id,
      unit: input.unit ?? null,
      dueOn: input.dueOn,
      instruction: input.instruction ?? null,
    };
  });
};

/** The handler (or the office's clerk or leader) records progress and completion (Art. 24). */
export const updateHandling = async (
  ctx: Ctx,
  options: { id: string; input: UpdateHandlingInput },
): Promise<IncomingEntry> => {
  const input = ZUpdateHandlingInput.parse(options.input);
  return changeIncoming(ctx, options.id, input.status, (row) => {
    if (!canMoveHandling(row.status as HandlingStatus, input.status))
      throw refuseMove(row.status as HandlingStatus, input.status);
    return {
      status: input.status,
      doneOn: input.status === 'done' ? todayInVietnam() : null,
      handlingNote: input.note ?? row.handlingNote,
    };
  });
};

/** Links the outgoing document that answers an incoming one (both of the same office). */
export const linkReply = async (ctx: Ctx, options: { id: string; input: LinkReplyInput }): Promise<IncomingEntry> => {
  const input = ZLinkReplyInput.parse(options.input);
  const reply = await loadOutgoing(ctx, input.outgoingId);
  return changeIncoming(ctx, options.id, 'reply_linked', (row) => {
    if (reply.row.officeId !== row.officeId)
      throw invalid([
        {
          field: 'outgoingId',
          vi: 'Văn bản đi thuộc đơn vị khác',
          en: 'The outgoing document belongs to another office',
        },
      ]);
    return { replyId: reply.row.id };
  });
};

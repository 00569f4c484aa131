import {
  formatNumberSymbol,
  type OutgoingEntry,
  officeAbbreviation,
  type RegisterOutgoingInput,
  registryBookOf,
  registryCounter,
  ZRegisterOutgoingInput,
} from '@eprocuracy/domain';
import { appendAudit, diffFields } from '../../../platform/audit.ts';
import { assertDateWithin } from '../../../platform/checks.ts';
import type { Ctx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db.ts';
import { invalid } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { allocateNumber } from '../../../platform/numbering.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { getOffice } from '../../identity/offices.ts';
import { assertMayRegister } from './register-incoming.ts';
import * as repo from './registry.repo.ts';
import { loadIncoming, loadOutgoing, presentOutgoing } from './registry-records.ts';

/** The incoming document a reply answers points back to it, in the same transaction. */
const markAnswered = async (tx: Db, ctx: Ctx, incomingId: string, replyId: string) => {
  await repo.updateIncoming(tx, incomingId, { replyId });
  const data = { replyId };
  await repo.appendIncomingEvent(tx, {
    documentId: incomingId,
    kind: 'reply_linked',
    data,
    actorId: ctx.actor.officerId,
    actorName: ctx.actor.fullName,
  });
  await appendAudit(tx, ctx.audit, {
    action: 'document_registry.incoming_reply_linked',
    entityType: 'incoming_document',
    entityId: incomingId,
    changes: { replyId: { before: null, after: replyId } },
  });
};

/**
 * Gives an outgoing document the next number of its book and registers it (Decree 30 Art. 15(1): numbers run
 * from 01 on 1 January within the year of issue; Art. 15(2): secret documents have their own numbering;
 * Art. 16: registered with the fields of the outgoing book). A reply names the incoming document it answers.
 */
export const registerOutgoing = async (ctx: Ctx, options: { input: RegisterOutgoingInput }): Promise<OutgoingEntry> => {
  const input = ZRegisterOutgoingInput.parse(options.input);
  assertMayRegister(ctx, input.secrecy);
  assertDateWithin('issuedOn', input.issuedOn, `${todayInVietnam().slice(0, 4)}-01-01`, todayInVietnam());
  if (input.replyToId) {
    const answered = await loadIncoming(ctx, input.replyToId);
    if (answered.row.officeId !== ctx.actor.officeId)
      throw invalid([
        {
          field: 'replyToId',
          vi: 'Văn bản đến thuộc đơn vị khác',
          en: 'The incoming document belongs to another office',
        },
      ]);
  }
  const office = await getOffice(ctx, ctx.actor.officeId);
  const id = newId();
  const year = Number(input.issuedOn.slice(0, 4));
  const book = registryBookOf(input.secrecy);
  await ctx.db.transaction(async (tx) => {
    const number = await allocateNumber(tx, ctx.actor.officeId, registryCounter('outgoing', book), year);
    const numberSymbol = formatNumberSymbol({
      number,
      type: input.type,
      officeAbbreviation: officeAbbreviation(office.code),
      unitAbbreviation: input.unitAbbreviation,
    });
    const row = {
      id,
      officeId: ctx.actor.officeId,
      year,
      book,
      number,
      numberSymbol,
      issuedOn: input.issuedOn,
      type: input.type,
      abstract: input.abstract,
      signer: input.signer,
      secrecy: input.secrecy,
      urgency: input.urgency,
      recipients: input.recipients,
      copies: input.copies ?? null,
      pageCount: input.pageCount ?? null,
      attachmentCount: input.attachmentCount,
      replyToId: input.replyToId ?? null,
      createdBy: ctx.actor.officerId,
    };
    await repo.insertOutgoing(tx, row);
    const { id: _, officeId: __, createdBy: ___, ...auditable } = row;
    await appendAudit(tx, ctx.audit, {
      action: 'document_registry.outgoing_registered',
      entityType: 'outgoing_document',
      entityId: id,
      changes: diffFields(null, auditable),
    });
    if (input.replyToId) await markAnswered(tx, ctx, input.replyToId, id);
  });
  return presentOutgoing(await loadOutgoing(ctx, id));
};

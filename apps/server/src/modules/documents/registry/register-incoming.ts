import {
  can,
  checkIncomingDates,
  type IncomingEntry,
  type RegisterIncomingInput,
  registryBookOf,
  registryCounter,
  type Secrecy,
  ZRegisterIncomingFields,
  ZRegisterIncomingInput,
} from '@eprocuracy/domain';
import { appendAudit, diffFields } from '../../../platform/audit.ts';
import type { BlobStore } from '../../../platform/blobs/blob-store.ts';
import { assertClearance, assertDateWithin } from '../../../platform/checks.ts';
import type { Ctx } from '../../../platform/context.ts';
import { forbidden, invalid } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { allocateNumber } from '../../../platform/numbering.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import type { MultipartUpload, ReceivedFile } from '../../case-files/multipart-upload.ts';
import * as repo from './registry.repo.ts';
import { auditableIncoming, loadIncoming, presentIncoming } from './registry-records.ts';

/** Only those who keep the office's books (clerks, leaders) may register into them, up to their clearance. */
export const assertMayRegister = (ctx: Ctx, secrecy: Secrecy) => {
  assertClearance(ctx.actor, secrecy);
  const book = { kind: 'document' as const, id: 'new', officeId: ctx.actor.officeId, assigneeIds: [] };
  if (!can(ctx.actor, 'write', { ...book, officePath: ctx.actor.officePath, secrecy })) throw forbidden();
};

const checkFields = (input: ReturnType<typeof ZRegisterIncomingInput.parse>) => {
  assertDateWithin('receivedOn', input.receivedOn, '1900-01-01', todayInVietnam());
  const problems = checkIncomingDates(input.documentDate, input.receivedOn);
  if (problems.length > 0) throw invalid(problems);
};

/**
 * Writes the entry with the next số đến of its book (Decree 30 Art. 22(2): consecutive per year, shared by paper
 * and electronic documents). The counter row stays locked until commit, so concurrent registrations queue and a
 * rolled-back one gives its number back.
 */
const insertEntry = async (ctx: Ctx, input: ReturnType<typeof ZRegisterIncomingInput.parse>, file?: ReceivedFile) => {
  const id = newId();
  const year = Number(input.receivedOn.slice(0, 4));
  const book = registryBookOf(input.secrecy);
  await ctx.db.transaction(async (tx) => {
    const number = await allocateNumber(tx, ctx.actor.officeId, registryCounter('incoming', book), year);
    const row = {
      id,
      officeId: ctx.actor.officeId,
      year,
      book,
      number,
      receivedOn: input.receivedOn,
      channel: file ? 'electronic' : input.channel,
      numberSymbol: input.numberSymbol,
      documentDate: input.documentDate,
      type: input.type,
      abstract: input.abstract,
      issuingBody: input.issuingBody,
      signer: input.signer ?? null,
      secrecy: input.secrecy,
      urgency: input.urgency,
      pageCount: input.pageCount ?? null,
      attachmentCount: input.attachmentCount,
      fileSha256: file?.staged.sha256 ?? null,
      fileEncrypted: file?.staged.encrypted ?? null,
      fileSize: file?.staged.size ?? null,
      fileMime: file?.type.mime ?? null,
      fileName: file?.fileName ?? null,
      status: 'received',
      createdBy: ctx.actor.officerId,
    };
    await repo.insertIncoming(tx, row);
    await repo.appendIncomingEvent(tx, {
      documentId: id,
      kind: 'registered',
      data: { number, year, book },
      actorId: ctx.actor.officerId,
      actorName: ctx.actor.fullName,
    });
    await appendAudit(tx, ctx.audit, {
      action: 'document_registry.incoming_registered',
      entityType: 'incoming_document',
      entityId: id,
      changes: diffFields(null, auditableIncoming(row)),
    });
    // The file becomes visible under its address only once the rows are written.
    if (file) await file.staged.commit();
  });
  return id;
};

/** Registers an incoming document typed in by the clerk. */
export const registerIncoming = async (ctx: Ctx, options: { input: RegisterIncomingInput }): Promise<IncomingEntry> => {
  const input = ZRegisterIncomingInput.parse(options.input);
  assertMayRegister(ctx, input.secrecy);
  checkFields(input);
  const id = await insertEntry(ctx, input);
  return presentIncoming(await loadIncoming(ctx, id), todayInVietnam());
};

/** Registers an incoming document from an uploaded file (a scan or an electronic document), its fields first. */
export const registerIncomingUpload = async (
  ctx: Ctx,
  { upload, store }: { upload: MultipartUpload; store: BlobStore },
): Promise<IncomingEntry> => {
  const input = await upload.fields(ZRegisterIncomingFields);
  assertMayRegister(ctx, input.secrecy);
  checkFields(input);
  const file = await upload.file({ encrypt: store.canEncrypt && input.secrecy !== 'normal', check: () => [] });
  const id = await insertEntry(ctx, input, file).catch(async (error: unknown) => {
    await file.staged.discard();
    throw error;
  });
  return presentIncoming(await loadIncoming(ctx, id), todayInVietnam());
};

import type {
  DocumentType,
  HandlingStatus,
  IncomingEntry,
  OutgoingEntry,
  RegistryBook,
  Resource,
  Secrecy,
  Urgency,
} from '@eprocuracy/domain';
import { isHandlingOverdue } from '@eprocuracy/domain';
import { eq } from 'drizzle-orm';
import { accessFilter, authorize } from '../../../platform/access.ts';
import { type Ctx, splitPath } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors.ts';
import * as repo from './registry.repo.ts';
import { incomingDocuments, outgoingDocuments } from './registry.schema.ts';

/** Registry entries are `document` resources: the office that keeps the book, and the person it is routed to. */
const resourceOf = (id: string, officeId: string, path: string, secrecy: string, assigneeIds: string[]): Resource => ({
  kind: 'document',
  id,
  officeId,
  officePath: splitPath(path),
  secrecy: secrecy as Secrecy,
  assigneeIds,
});

export const incomingResource = ({ row, officePath }: repo.FoundIncoming) =>
  resourceOf(row.id, row.officeId, officePath, row.secrecy, row.handlerId ? [row.handlerId] : []);

export const outgoingResource = ({ row, officePath }: repo.FoundOutgoing) =>
  resourceOf(row.id, row.officeId, officePath, row.secrecy, []);

/** The list filter that keeps exactly the incoming entries `authorize` would let the actor read. */
export const incomingReadable = (ctx: Ctx) =>
  accessFilter(ctx, 'document', 'read', {
    officeId: incomingDocuments.officeId,
    officePath: repo.officePathColumn,
    secrecy: incomingDocuments.secrecy,
    isAssigned: (officerId) => eq(incomingDocuments.handlerId, officerId),
  });

export const outgoingReadable = (ctx: Ctx) =>
  accessFilter(ctx, 'document', 'read', {
    officeId: outgoingDocuments.officeId,
    officePath: repo.officePathColumn,
    secrecy: outgoingDocuments.secrecy,
  });

/** Loads an incoming entry the actor may read (404 otherwise, audited); `write` also requires the right to change it. */
export const loadIncoming = async (ctx: Ctx, id: string, action: 'read' | 'write' = 'read') => {
  const found = await repo.findIncoming(ctx.db, id);
  if (!found) throw notFound('document');
  const resource = incomingResource(found);
  await authorize(ctx, 'read', resource);
  if (action === 'write') await authorize(ctx, 'write', resource);
  return found;
};

export const loadOutgoing = async (ctx: Ctx, id: string, action: 'read' | 'write' = 'read') => {
  const found = await repo.findOutgoing(ctx.db, id);
  if (!found) throw notFound('document');
  const resource = outgoingResource(found);
  await authorize(ctx, 'read', resource);
  if (action === 'write') await authorize(ctx, 'write', resource);
  return found;
};

const common = (row: repo.IncomingRow | repo.OutgoingRow, officeName: string) => ({
  id: row.id,
  officeId: row.officeId,
  officeName,
  year: row.year,
  book: row.book as RegistryBook,
  number: row.number,
  type: row.type as DocumentType,
  abstract: row.abstract,
  signer: row.signer,
  secrecy: row.secrecy as Secrecy,
  urgency: row.urgency as Urgency,
  pageCount: row.pageCount,
  attachmentCount: row.attachmentCount,
  createdAt: row.createdAt.toISOString(),
});

/** The API view of an incoming entry, with overdue computed as of `today`. */
export const presentIncoming = (found: repo.FoundIncoming, today: string): IncomingEntry => {
  const r = found.row;
  return {
    ...common(r, found.officeName),
    receivedOn: r.receivedOn,
    channel: r.channel as IncomingEntry['channel'],
    numberSymbol: r.numberSymbol,
    documentDate: r.documentDate,
    issuingBody: r.issuingBody,
    file:
      r.fileSha256 && r.fileName && r.fileMime ? { name: r.fileName, mime: r.fileMime, size: r.fileSize ?? 0 } : null,
    status: r.status as HandlingStatus,
    handler: r.handlerId ? { officerId: r.handlerId, fullName: found.handlerName ?? '' } : null,
    unit: r.unit,
    dueOn: r.dueOn,
    instruction: r.instruction,
    doneOn: r.doneOn,
    handlingNote: r.handlingNote,
    overdue: isHandlingOverdue(r.status as HandlingStatus, r.dueOn, today),
    reply: r.replyId ? { id: r.replyId, numberSymbol: found.replySymbol ?? '' } : null,
  };
};

export const presentOutgoing = (found: repo.FoundOutgoing): OutgoingEntry => {
  const r = found.row;
  return {
    ...common(r, found.officeName),
    numberSymbol: r.numberSymbol,
    issuedOn: r.issuedOn,
    recipients: r.recipients,
    copies: r.copies,
    replyTo:
      r.replyToId && found.replyToNumber !== null
        ? { id: r.replyToId, number: found.replyToNumber, numberSymbol: found.replyToSymbol ?? '' }
        : null,
  };
};

/** Fields of an incoming entry shown in the audit trail. */
export const auditableIncoming = (r: Partial<repo.IncomingRow>) => ({
  year: r.year,
  book: r.book,
  number: r.number,
  receivedOn: r.receivedOn,
  numberSymbol: r.numberSymbol,
  documentDate: r.documentDate,
  type: r.type,
  abstract: r.abstract,
  issuingBody: r.issuingBody,
  signer: r.signer,
  secrecy: r.secrecy,
  urgency: r.urgency,
  pageCount: r.pageCount,
  attachmentCount: r.attachmentCount,
  fileSha256: r.fileSha256,
  status: r.status,
  handlerId: r.handlerId,
  unit: r.unit,
  dueOn: r.dueOn,
  instruction: r.instruction,
  doneOn: r.doneOn,
  handlingNote: r.handlingNote,
  replyId: r.replyId,
});

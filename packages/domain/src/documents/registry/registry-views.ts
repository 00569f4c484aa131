import type { Secrecy } from '../../identity/vocab.ts';
import type { DocumentType, Urgency } from './document-types.ts';
import type { HandlingStatus } from './handling.ts';
import type { RegistryBook } from './registry-rules.ts';

type Common = {
  id: string;
  officeId: string;
  officeName: string;
  year: number;
  book: RegistryBook;
  /** The registry number: số đến for incoming, the issuing number for outgoing. */
  number: number;
  type: DocumentType;
  abstract: string;
  signer: string | null;
  secrecy: Secrecy;
  urgency: Urgency;
  pageCount: number | null;
  attachmentCount: number;
  createdAt: string;
};

/** One line of the incoming registry with its handling. */
export type IncomingEntry = Common & {
  receivedOn: string;
  channel: 'paper' | 'electronic';
  numberSymbol: string;
  documentDate: string;
  issuingBody: string;
  file: { name: string; mime: string; size: number } | null;
  status: HandlingStatus;
  handler: { officerId: string; fullName: string } | null;
  unit: string | null;
  dueOn: string | null;
  instruction: string | null;
  doneOn: string | null;
  handlingNote: string | null;
  overdue: boolean;
  reply: { id: string; numberSymbol: string } | null;
};

/** One line of the outgoing registry. */
export type OutgoingEntry = Common & {
  numberSymbol: string;
  issuedOn: string;
  recipients: string[];
  copies: number | null;
  replyTo: { id: string; number: number; numberSymbol: string } | null;
};

export type RegistryPage<T> = { items: T[]; total: number };

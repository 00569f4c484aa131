import { type Secrecy, secrecyRank } from '../../identity/vocab.ts';
import { addDays, compareDates } from '../../procedure/calendar.ts';
import { DOCUMENT_TYPES, type DocumentType } from './document-types.ts';

export type RegistryDirection = 'incoming' | 'outgoing';
/** A registry book: the ordinary one, or the separate book of documents containing state secrets. */
export type RegistryBook = 'regular' | 'secret';

/**
 * Which book a document is registered in. Secret documents get their own numbering and their own registry
 * (Decree 30/2020 Art. 15(2): "Văn bản mật được cấp hệ thống số riêng"; Art. 16(3) and Art. 22(4): secret
 * documents are registered under the law on protection of state secrets — Law 29/2018/QH14 Art. 13 and Decree
 * 26/2020/NĐ-CP Art. 4 keep separate registers of state-secret documents sent and received).
 */
export const registryBookOf = (secrecy: Secrecy): RegistryBook => (secrecy === 'normal' ? 'regular' : 'secret');

/** The counter a number is drawn from: one per office, direction, book and year (Art. 15(1), Art. 22(2)). */
export const registryCounter = (direction: RegistryDirection, book: RegistryBook): string =>
  `document_${direction}${book === 'secret' ? '_secret' : ''}`;

/** Whether an officer's clearance opens a book: the secret book only to officers cleared for secrets. */
export const mayOpenBook = (clearance: Secrecy, book: RegistryBook): boolean =>
  book === 'regular' || secrecyRank(clearance) >= secrecyRank('secret');

/**
 * The office's abbreviation in document symbols (Appendix I part II item 3): "VKS" followed by the office code
 * without separators, e.g. QNI → VKSQNI, QNI-KV1 → VKSQNIKV1; a code already starting with VKS is kept.
 */
export const officeAbbreviation = (officeCode: string): string => {
  const compact = officeCode.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return compact.startsWith('VKS') ? compact : `VKS${compact}`;
};

/**
 * The number and symbol of an outgoing document (Decree 30 Art. 15 and Appendix I part II item 3): the number in
 * Arabic digits, with a leading 0 below 10; a slash; then the type's abbreviation (Appendix III) and the office's,
 * joined by a hyphen — "12/QĐ-VKSQNI". A công văn has no type abbreviation: office, then the drafting unit —
 * "05/VKSQNI-VP".
 */
export const formatNumberSymbol = (options: {
  number: number;
  type: DocumentType;
  officeAbbreviation: string;
  unitAbbreviation?: string | null;
}): string => {
  const { number, type, unitAbbreviation } = options;
  if (!Number.isSafeInteger(number) || number < 1) throw new RangeError(`number must be a positive integer: ${number}`);
  const digits = number < 10 ? `0${number}` : String(number);
  const typeAbbreviation = DOCUMENT_TYPES[type].abbreviation;
  const parts = typeAbbreviation
    ? [typeAbbreviation, options.officeAbbreviation]
    : [options.officeAbbreviation, unitAbbreviation];
  return `${digits}/${parts.filter(Boolean).join('-')}`;
};

/** How far ahead a handling deadline may be set: a year is already far more than any real instruction gives. */
export const MAX_HANDLING_DAYS = 365;

type FieldProblem = { field: string; vi: string; en: string };

/**
 * Checks the handling deadline set when an incoming document is routed (Decree 30 Art. 23(2) and (4): the person
 * with authority sets the deadline): not before the day it is routed nor the day the document arrived, and within
 * MAX_HANDLING_DAYS.
 */
export const checkHandlingDue = (dueOn: string, routedOn: string, receivedOn: string): FieldProblem[] => {
  if (compareDates(dueOn, receivedOn) < 0)
    return [
      {
        field: 'dueOn',
        vi: `Hạn giải quyết không được trước ngày đến ${receivedOn}`,
        en: `The deadline may not be before the day received, ${receivedOn}`,
      },
    ];
  if (compareDates(dueOn, routedOn) < 0)
    return [
      {
        field: 'dueOn',
        vi: 'Hạn giải quyết không được ở quá khứ',
        en: 'The deadline may not be in the past',
      },
    ];
  if (compareDates(dueOn, addDays(routedOn, MAX_HANDLING_DAYS)) > 0)
    return [
      {
        field: 'dueOn',
        vi: `Hạn giải quyết không được quá ${MAX_HANDLING_DAYS} ngày kể từ ngày chuyển`,
        en: `The deadline may not be more than ${MAX_HANDLING_DAYS} days after routing`,
      },
    ];
  return [];
};

/** An incoming document's own date may not be after the day it arrived, nor far in the past. */
export const checkIncomingDates = (documentDate: string, receivedOn: string): FieldProblem[] =>
  compareDates(documentDate, receivedOn) > 0
    ? [
        {
          field: 'documentDate',
          vi: 'Ngày văn bản không được sau ngày đến',
          en: 'The document date may not be after the day it was received',
        },
      ]
    : [];

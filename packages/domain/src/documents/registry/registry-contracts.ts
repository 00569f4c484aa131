import { z } from 'zod';
import { ZId, ZLocalDate, zText } from '../../identity/common-contracts.ts';
import { ZSecrecy } from '../../identity/vocab.ts';
import { DOCUMENT_TYPE_CODES, OUTGOING_TYPE_CODES, URGENCY_LEVELS } from './document-types.ts';
import { HANDLING_STATUSES } from './handling.ts';

export const ZDocumentType = z.enum(DOCUMENT_TYPE_CODES).describe('Loại văn bản (Decree 30 Art. 7, Appendix III)');
export const ZUrgency = z.enum(URGENCY_LEVELS).describe('Mức độ khẩn: thường, khẩn, thượng khẩn, hỏa tốc');
export const ZHandlingStatus = z.enum(HANDLING_STATUSES);
export const ZRegistryBook = z.enum(['regular', 'secret']);
export const RECEIVING_CHANNELS = ['paper', 'electronic'] as const;

/** Fields of Decree 30 Art. 8 that both registries record. */
const documentFields = {
  abstract: zText(2000).describe('Trích yếu nội dung'),
  signer: zText(200).optional().describe('Người ký'),
  secrecy: ZSecrecy.default('normal').describe('Độ mật'),
  urgency: ZUrgency.default('normal'),
  pageCount: z.coerce.number().int().min(1).max(100_000).optional().describe('Số trang'),
  attachmentCount: z.coerce.number().int().min(0).max(1000).default(0).describe('Số phụ lục, tài liệu kèm theo'),
};

/** Registering an incoming document (Decree 30 Art. 22): what the document says of itself and when it arrived. */
export const ZRegisterIncomingInput = z.strictObject({
  receivedOn: ZLocalDate.describe('Ngày đến'),
  channel: z.enum(RECEIVING_CHANNELS).default('paper'),
  numberSymbol: zText(100).describe('Số, ký hiệu of the document as written on it'),
  documentDate: ZLocalDate.describe('Ngày tháng văn bản'),
  type: ZDocumentType,
  issuingBody: zText(300).describe('Cơ quan ban hành (tác giả)'),
  ...documentFields,
});
export type RegisterIncomingInput = z.input<typeof ZRegisterIncomingInput>;

/** The same fields sent as a multipart form before the file (every value arrives as text). */
export const ZRegisterIncomingFields = ZRegisterIncomingInput;

/** Registering an outgoing document (Decree 30 Art. 15–16); the number and symbol are allocated. */
export const ZRegisterOutgoingInput = z.strictObject({
  issuedOn: ZLocalDate.describe('Ngày tháng văn bản'),
  type: z.enum(OUTGOING_TYPE_CODES),
  unitAbbreviation: z
    .string()
    .trim()
    .regex(/^[A-ZĐ0-9]{1,10}$/)
    .optional()
    .describe('Drafting unit in the symbol of a công văn, e.g. VP'),
  recipients: z.array(zText(300)).min(1).max(100).describe('Nơi nhận'),
  copies: z.number().int().min(1).max(10_000).optional().describe('Số lượng bản'),
  replyToId: ZId.optional().describe('The incoming document this one answers'),
  ...documentFields,
  signer: zText(200).describe('Người ký'),
});
export type RegisterOutgoingInput = z.input<typeof ZRegisterOutgoingInput>;

/** Routing an incoming document to a person (and their unit) with a deadline (Art. 23(4)). */
export const ZRouteIncomingInput = z.strictObject({
  officerId: ZId.describe('The officer who handles it'),
  unit: zText(200).optional().describe('Đơn vị giải quyết'),
  dueOn: ZLocalDate.describe('Hạn giải quyết'),
  instruction: zText(2000).optional().describe('Ý kiến chỉ đạo giải quyết'),
});
export type RouteIncomingInput = z.infer<typeof ZRouteIncomingInput>;

export const ZUpdateHandlingInput = z.strictObject({
  status: z.enum(['in_progress', 'done']),
  note: zText(2000).optional(),
});
export type UpdateHandlingInput = z.infer<typeof ZUpdateHandlingInput>;

export const ZLinkReplyInput = z.strictObject({ outgoingId: ZId });
export type LinkReplyInput = z.infer<typeof ZLinkReplyInput>;

const ZPage = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export const ZIncomingListQuery = z.strictObject({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  book: ZRegistryBook.optional(),
  status: ZHandlingStatus.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  mine: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  ...ZPage,
});
export type IncomingListQuery = z.infer<typeof ZIncomingListQuery>;

export const ZOutgoingListQuery = z.strictObject({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  book: ZRegistryBook.optional(),
  q: z.string().trim().max(100).optional(),
  ...ZPage,
});
export type OutgoingListQuery = z.infer<typeof ZOutgoingListQuery>;

export const ZRegistryBookQuery = z.strictObject({
  direction: z.enum(['incoming', 'outgoing']),
  year: z.coerce.number().int().min(1900).max(2200),
  book: ZRegistryBook.default('regular'),
  format: z.enum(['pdf', 'xlsx']).default('pdf'),
});
export type RegistryBookQuery = z.infer<typeof ZRegistryBookQuery>;

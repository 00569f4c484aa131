import { z } from 'zod';
import { ZId, ZLocalDate } from '../identity/common-contracts.ts';
import { ZSecrecy } from '../identity/vocab.ts';
import { CASE_DOCUMENT_TYPE_CODES } from './document-types.ts';

/** A blank form field is an absent one (the web sends empty filters as empty strings). */
const blankIsAbsent = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const ZSearchText = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .describe('Words to find, without regard to diacritics: "…" for a phrase, OR between alternatives, -word to exclude');

/** GET /api/case-files/search: pages of the case files the actor may read. */
export const ZCaseFileSearchQuery = z.strictObject({
  q: ZSearchText,
  officeId: blankIsAbsent(ZId).describe("The case's office"),
  subtree: blankIsAbsent(z.enum(['true', 'false'])).describe('Also the offices below officeId'),
  caseId: blankIsAbsent(ZId),
  documentType: blankIsAbsent(z.enum(CASE_DOCUMENT_TYPE_CODES)),
  from: blankIsAbsent(ZLocalDate).describe('Documents dated on or after'),
  to: blankIsAbsent(ZLocalDate).describe('Documents dated on or before'),
  versions: z.enum(['current', 'all']).default('current').describe('Search the pages of older versions too'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type CaseFileSearchQuery = z.infer<typeof ZCaseFileSearchQuery>;

/** GET /api/cases/:id/files/search: search within one case file (the viewer's "find in file"). */
export const ZCaseFileFindQuery = z.strictObject({
  q: ZSearchText,
  versions: z.enum(['current', 'all']).default('current'),
});
export type CaseFileFindQuery = z.infer<typeof ZCaseFileFindQuery>;

/** A piece of a snippet: the words that matched are `hit`, shown highlighted. */
export const ZSnippetPart = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof ZSnippetPart>;

/** One page that matched, with where to open it. */
export const ZPageHit = z.object({
  pageNo: z.number().int(),
  version: z.number().int(),
  isCurrentVersion: z.boolean(),
  /** ts_rank of the page against the query; higher is better. */
  rank: z.number(),
  snippet: z.array(ZSnippetPart),
});
export type PageHit = z.infer<typeof ZPageHit>;

export const ZCaseFileSearchHit = ZPageHit.extend({
  caseId: ZId,
  caseCode: z.string(),
  caseTitle: z.string(),
  documentId: ZId,
  documentTitle: z.string(),
  documentType: z.enum(CASE_DOCUMENT_TYPE_CODES),
  documentDate: z.string().nullable(),
  /** The higher of the document's and its case's level. */
  secrecy: ZSecrecy,
});
export type CaseFileSearchHit = z.infer<typeof ZCaseFileSearchHit>;

export const ZCaseFileSearchResult = z.object({
  items: z.array(ZCaseFileSearchHit),
  /** Matching pages, counted up to 10 001: more than 10 000 is shown as such. */
  total: z.number().int(),
});
export type CaseFileSearchResult = z.infer<typeof ZCaseFileSearchResult>;

/** The pages of one case file that matched, grouped by document in file-index order. */
export const ZCaseFileFindResult = z.object({
  caseId: ZId,
  documents: z.array(
    z.object({
      documentId: ZId,
      position: z.number().int(),
      title: z.string(),
      type: z.enum(CASE_DOCUMENT_TYPE_CODES),
      hits: z.array(ZPageHit),
    }),
  ),
  /** More pages matched than are returned (the first ones in file order are). */
  isTruncated: z.boolean(),
});
export type CaseFileFindResult = z.infer<typeof ZCaseFileFindResult>;

/** Counting stops above this many pages. */
export const SEARCH_COUNT_CAP = 10_000;
/** At most this many pages are returned by a search within one case file. */
export const FIND_IN_FILE_MAX_HITS = 500;

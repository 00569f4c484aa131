import { z } from 'zod';
import { ZId } from '../identity/common-contracts.ts';
import { ZImportMode } from '../identity/import-contracts.ts';

const ZFieldError = z.object({ field: z.string(), vi: z.string(), en: z.string() });

/** Limits of one legacy case file: a province's register of several years fits. */
export const CASE_IMPORT_LIMITS = { maxBytes: 64 * 1024 * 1024, maxRows: 200_000 } as const;

/**
 * Accepted header names per column of a legacy case file (compared trimmed, case-insensitively), one row per
 * defendant-charge. The first name is the canonical key (English), the second the Vietnamese header of the
 * template. Rows with the same `case_ref` make one case; with the same `defendant_ref` one defendant.
 */
export const CASE_IMPORT_COLUMNS = {
  case_ref: ['case_ref', 'mã vụ án nguồn', 'external_ref', 'mã vụ án'],
  office_code: ['office_code', 'mã đơn vị'],
  title: ['title', 'tên vụ án'],
  opening_number: ['opening_number', 'số quyết định khởi tố', 'số qđ khởi tố'],
  opened_on: ['opened_on', 'ngày khởi tố'],
  investigating_body: ['investigating_body', 'cơ quan điều tra'],
  offence_date: ['offence_date', 'ngày xảy ra', 'ngày phạm tội'],
  offence_place: ['offence_place', 'nơi xảy ra', 'nơi phạm tội'],
  stage: ['stage', 'giai đoạn'],
  stage_date: ['stage_date', 'ngày chuyển giai đoạn'],
  /** The day the first-instance judgment was pronounced: needed for a closed case, optional on appeal. */
  judgment_date: ['judgment_date', 'ngày tuyên án sơ thẩm', 'ngày tuyên án'],
  secrecy: ['secrecy', 'độ mật'],
  defendant_ref: ['defendant_ref', 'mã bị can nguồn', 'mã bị can'],
  defendant_name: ['defendant_name', 'họ tên bị can', 'bị can'],
  birth_date: ['birth_date', 'ngày sinh'],
  sex: ['sex', 'giới tính'],
  id_number: ['id_number', 'số cccd', 'cccd', 'số định danh cá nhân'],
  address: ['address', 'nơi cư trú', 'địa chỉ'],
  article: ['article', 'điều'],
  clause: ['clause', 'khoản'],
  point: ['point', 'điểm'],
  measure: ['measure', 'biện pháp ngăn chặn'],
  measure_start: ['measure_start', 'ngày bắt đầu biện pháp', 'biện pháp từ ngày'],
  measure_end: ['measure_end', 'ngày kết thúc biện pháp', 'biện pháp đến ngày'],
  prosecutor: ['prosecutor', 'kiểm sát viên', 'tài khoản kiểm sát viên'],
} as const;
export type CaseImportColumn = keyof typeof CASE_IMPORT_COLUMNS;

export const CASE_IMPORT_REQUIRED = [
  'case_ref',
  'office_code',
  'title',
  'opening_number',
  'opened_on',
  'investigating_body',
  'article',
] as const satisfies readonly CaseImportColumn[];

/** The form fields sent next to the `file` part of POST /api/case-imports. */
export const ZCaseImportOptions = z.strictObject({
  mode: ZImportMode.default('all_or_nothing'),
  /** Validate only: report what would happen and write nothing. */
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export type CaseImportOptions = z.output<typeof ZCaseImportOptions>;

/**
 * queued → validating → writing → done; `rejected`: all_or_nothing found invalid rows and wrote nothing;
 * `failed`: the job gave up (its last error is kept).
 */
export const CASE_IMPORT_STATUSES = ['queued', 'validating', 'writing', 'done', 'rejected', 'failed'] as const;
export type CaseImportStatus = (typeof CASE_IMPORT_STATUSES)[number];

export const ZCaseImportRow = z.object({
  /** 1-based line (CSV) or row (XLSX) number in the file; the header is row 1. */
  row: z.number().int(),
  ok: z.boolean(),
  caseRef: z.string().optional(),
  defendantRef: z.string().optional(),
  /** The case the row was (or on a dry run would be) written to; absent when the row failed. */
  caseId: ZId.optional(),
  /** Whether the case already existed (same office and reference) and is updated in place. */
  isUpdate: z.boolean().optional(),
  /** Field names are the column keys of CASE_IMPORT_COLUMNS, or `row`. */
  errors: z.array(ZFieldError),
});
export type CaseImportRow = z.infer<typeof ZCaseImportRow>;

export const ZCaseImportView = z.object({
  id: ZId,
  status: z.enum(CASE_IMPORT_STATUSES),
  filename: z.string(),
  mode: ZImportMode,
  dryRun: z.boolean(),
  /** Data rows of the file. */
  total: z.number().int(),
  /** Rows handled so far (validated, then written): the progress bar is processed / total. */
  processed: z.number().int(),
  /** Rows valid (written, or on a dry run that would be written). */
  imported: z.number().int(),
  failed: z.number().int(),
  casesCreated: z.number().int(),
  casesUpdated: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type CaseImportView = z.infer<typeof ZCaseImportView>;

export const ZCaseImportRowsQuery = z.strictObject({
  errorsOnly: z.enum(['true', 'false']).default('false'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CaseImportRowsQuery = z.output<typeof ZCaseImportRowsQuery>;

export const ZCaseImportRows = z.object({
  items: z.array(ZCaseImportRow.extend({ caseCode: z.string().optional() })),
  total: z.number().int(),
});
export type CaseImportRows = z.infer<typeof ZCaseImportRows>;

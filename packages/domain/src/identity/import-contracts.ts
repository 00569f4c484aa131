import { z } from 'zod';
import { ZId } from './contracts.ts';

/** Limits of one import file. */
export const IMPORT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxRows: 20_000 } as const;

/** all_or_nothing writes nothing when any row fails; valid_rows writes the valid ones and reports the rest. */
export const ZImportMode = z.enum(['all_or_nothing', 'valid_rows']);
export type ImportMode = z.infer<typeof ZImportMode>;

/** The form fields sent next to the `file` part of POST /api/import/{officers,offices}. */
export const ZImportOptions = z.strictObject({
  mode: ZImportMode.default('all_or_nothing'),
  /** Validate only: report what would happen and write nothing. */
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export type ImportOptions = z.output<typeof ZImportOptions>;

const ZFieldError = z.object({ field: z.string(), vi: z.string(), en: z.string() });

export const ZImportRowResult = z.object({
  /** 1-based line (CSV) or row (XLSX) number in the file; the header is row 1. */
  row: z.number().int(),
  ok: z.boolean(),
  /** Field names are the canonical column keys (username, office_code, …) or `row`. */
  errors: z.array(ZFieldError),
  /** Id of the record created (absent on a dry run or a failed row). */
  id: ZId.optional(),
  /** Generated when the file gave no password; shown once, the officer changes it at first sign-in. */
  temporaryPassword: z.string().optional(),
});
export type ImportRowResult = z.infer<typeof ZImportRowResult>;

export const ZImportResult = z.object({
  total: z.number().int(),
  /** Rows written, or on a dry run the rows that would be written. */
  imported: z.number().int(),
  failed: z.number().int(),
  dryRun: z.boolean(),
  rows: z.array(ZImportRowResult),
});
export type ImportResult = z.infer<typeof ZImportResult>;

/** Accepted header names per column (compared trimmed, case-insensitively); the first is the canonical key. */
export const OFFICER_IMPORT_COLUMNS = {
  username: ['username', 'tên đăng nhập'],
  full_name: ['full_name', 'họ và tên', 'họ tên'],
  office_code: ['office_code', 'mã đơn vị'],
  position: ['position', 'chức vụ'],
  roles: ['roles', 'vai trò'],
  clearance: ['clearance', 'độ mật'],
  email: ['email'],
  phone: ['phone', 'số điện thoại'],
  password: ['password', 'mật khẩu'],
} as const;
export const OFFICER_IMPORT_REQUIRED = ['username', 'full_name', 'office_code', 'position'] as const;

export const OFFICE_IMPORT_COLUMNS = {
  code: ['code', 'mã'],
  name: ['name', 'tên'],
  name_en: ['name_en', 'tên tiếng anh'],
  address: ['address', 'địa chỉ'],
  level: ['level', 'cấp'],
  parent_code: ['parent_code', 'mã đơn vị cấp trên'],
} as const;
export const OFFICE_IMPORT_REQUIRED = ['code', 'name', 'level', 'parent_code'] as const;

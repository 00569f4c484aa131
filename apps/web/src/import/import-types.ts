import type { FieldError } from '@eprocuracy/domain';

export type ImportRow = { row: number; ok: boolean; errors: FieldError[]; id?: string; temporaryPassword?: string };
export type ImportResult = { total: number; imported: number; failed: number; dryRun: boolean; rows: ImportRow[] };
export type ImportKind = 'officers' | 'offices';
export type ImportMode = 'all_or_nothing' | 'valid_rows';

import {
  can,
  type FieldError,
  type ImportOptions,
  type ImportRowResult,
  type OFFICE_IMPORT_COLUMNS,
  ZCreateOfficeInput,
} from '@eprocuracy/domain';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import * as repo from './import.repo.ts';
import type { SheetRow } from './import-parse.ts';
import { auditImport, decide, type ImportLog, type ImportOutcome, rowError, rowFieldErrors } from './import-report.ts';
import { listOfficeLevels, type OfficeRow } from './offices.repo.ts';
import { insertNewOffice, officeResource } from './offices.ts';

type Column = keyof typeof OFFICE_IMPORT_COLUMNS;
type OfficeInput = ReturnType<typeof ZCreateOfficeInput.parse>;
/** The parent of a row: an office already in the database, or an earlier row of the same file. */
type Parent = { office: OfficeRow } | { index: number };
type Checked = { result: ImportRowResult; input?: OfficeInput; parent?: Parent; levelRank?: number };

const COLUMN_OF: Record<string, Column> = {
  code: 'code',
  name: 'name',
  nameEn: 'name_en',
  address: 'address',
  levelCode: 'level',
  parentId: 'parent_code',
};

type Lookups = {
  existing: Map<string, OfficeRow>;
  ranks: Map<string, number>;
  /** Index of the first row with each code. */
  rowOfCode: Map<string, number>;
};

const resolveParent = (ctx: Ctx, code: string | undefined, index: number, checked: Checked[], lookups: Lookups) => {
  const errors: FieldError[] = [];
  if (!code) return { errors };
  const upper = code.toUpperCase();
  const office = lookups.existing.get(upper);
  const earlier = lookups.rowOfCode.get(upper);
  let parent: Parent | undefined;
  let parentRank: number | undefined;
  if (office) {
    if (office.status !== 'active') {
      errors.push(rowError('parent_code', `Đơn vị ${code} không còn hoạt động`, `Office ${code} is not active`));
    } else if (!can(ctx.actor, 'write', officeResource(office))) {
      errors.push(
        rowError('parent_code', `Bạn không có quyền thêm đơn vị dưới ${code}`, `You may not add offices under ${code}`),
      );
    }
    parent = { office };
    parentRank = lookups.ranks.get(office.levelCode);
  } else if (earlier !== undefined && earlier < index) {
    const row = checked[earlier] as Checked;
    if (!row.result.ok) {
      const at = row.result.row;
      errors.push(
        rowError('parent_code', `Đơn vị cấp trên (dòng ${at}) không hợp lệ`, `Parent (row ${at}) is invalid`),
      );
    }
    parent = { index: earlier };
    parentRank = row.levelRank;
  } else if (earlier !== undefined) {
    errors.push(
      rowError('parent_code', 'Đơn vị cấp trên phải ở dòng phía trước', 'The parent must be on an earlier row'),
    );
  } else {
    errors.push(rowError('parent_code', `Không có đơn vị mã ${code}`, `No office with code ${code}`));
  }
  return { errors, parent, parentRank };
};

const checkRow = (ctx: Ctx, row: SheetRow<Column>, index: number, checked: Checked[], lookups: Lookups): Checked => {
  const { values } = row;
  const { errors, parent, parentRank } = resolveParent(ctx, values.parent_code, index, checked, lookups);
  if (row.hasExtraCells)
    errors.push(rowError('row', 'Dòng có nhiều ô hơn tiêu đề', 'The row has more cells than the header'));
  const parsed = ZCreateOfficeInput.safeParse({
    code: values.code,
    name: values.name,
    nameEn: values.name_en,
    address: values.address,
    levelCode: values.level,
  });
  if (!parsed.success) errors.push(...rowFieldErrors(parsed.error.issues, COLUMN_OF));
  if (!values.parent_code) errors.push(rowError('parent_code', 'Bắt buộc nhập', 'Required'));
  const code = values.code?.toUpperCase();
  if (code && lookups.existing.has(code)) {
    errors.push(rowError('code', 'Mã đã được dùng', 'Code already in use'));
  } else if (code && lookups.rowOfCode.get(code) !== index) {
    const first = checked[lookups.rowOfCode.get(code) as number]?.result.row;
    errors.push(rowError('code', `Trùng mã với dòng ${first}`, `Same code as row ${first}`));
  }
  const levelRank = values.level ? lookups.ranks.get(values.level) : undefined;
  if (values.level && levelRank === undefined) {
    errors.push(rowError('level', 'Cấp đơn vị không tồn tại', 'Unknown office level'));
  } else if (levelRank !== undefined && parentRank !== undefined && levelRank <= parentRank) {
    errors.push(rowError('level', 'Cấp đơn vị phải thấp hơn đơn vị cấp trên', 'Level must be below the parent level'));
  }
  const ok = errors.length === 0 && parsed.success;
  const result: ImportRowResult = { row: row.row, ok, errors };
  return ok ? { result, input: parsed.data, ...(parent ? { parent } : {}), levelRank } : { result, levelRank };
};

/**
 * Imports offices from the rows of a file. A parent is an existing office the actor administers or an
 * earlier row; rows are written in file order in one transaction, so parents exist before their children.
 */
export const importOffices = async ({
  ctx,
  rows,
  options,
  log,
}: {
  ctx: Ctx;
  rows: SheetRow<Column>[];
  options: ImportOptions;
  log?: ImportLog;
}): Promise<ImportOutcome> => {
  const codes = rows.flatMap((r) => [r.values.code, r.values.parent_code].flatMap((c) => (c ? [c.toUpperCase()] : [])));
  const existing = new Map((await repo.findOfficesByCodes(ctx.db, [...new Set(codes)])).map((o) => [o.code, o]));
  const ranks = new Map((await listOfficeLevels(ctx.db)).map((l) => [l.code, l.rank]));
  const rowOfCode = new Map<string, number>();
  rows.forEach((r, i) => {
    const code = r.values.code?.toUpperCase();
    if (code && !rowOfCode.has(code)) rowOfCode.set(code, i);
  });
  const checked: Checked[] = [];
  for (const [i, row] of rows.entries()) checked.push(checkRow(ctx, row, i, checked, { existing, ranks, rowOfCode }));
  const report = checked.map((c) => c.result);
  const { failed, isRejected, writable } = decide(report, options);
  const result = { total: rows.length, imported: writable, failed, dryRun: options.dryRun, rows: report };
  if (isRejected || options.dryRun || writable === 0) return { result, isRejected };

  log?.info({ rows: writable }, 'import.offices: writing');
  await ctx.db.transaction(async (tx) => {
    const inserted = new Map<number, OfficeRow>();
    for (const [i, item] of checked.entries()) {
      if (!item.input || !item.parent) continue;
      const parent = 'office' in item.parent ? item.parent.office : (inserted.get(item.parent.index) as OfficeRow);
      const row = await insertNewOffice(ctx, tx, parent, item.input);
      inserted.set(i, row);
      item.result.id = row.id;
    }
    await auditImport(ctx, tx, 'import.offices', newId(), {
      mode: options.mode,
      total: rows.length,
      imported: writable,
      failed,
    });
  });
  log?.info({ rows: writable }, 'import.offices: committed');
  return { result, isRejected: false };
};

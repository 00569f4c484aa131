import {
  can,
  type FieldError,
  type ImportOptions,
  type ImportRowResult,
  type OFFICER_IMPORT_COLUMNS,
  secrecyRank,
  ZCreateOfficerInput,
} from '@eprocuracy/domain';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { hashPassword, randomToken } from '../../platform/passwords.ts';
import * as repo from './import.repo.ts';
import type { SheetRow } from './import-parse.ts';
import {
  auditImport,
  decide,
  type ImportLog,
  type ImportOutcome,
  mapLimited,
  rowError,
  rowFieldErrors,
} from './import-report.ts';
import { insertNewOfficer } from './officers.ts';
import type { OfficeRow } from './offices.repo.ts';
import { officeResource } from './offices.ts';

type Column = keyof typeof OFFICER_IMPORT_COLUMNS;
type OfficerInput = ReturnType<typeof ZCreateOfficerInput.parse>;
type Checked = { result: ImportRowResult; input?: OfficerInput };

const COLUMN_OF: Record<string, Column> = {
  username: 'username',
  fullName: 'full_name',
  officeId: 'office_code',
  position: 'position',
  roles: 'roles',
  clearance: 'clearance',
  email: 'email',
  phone: 'phone',
  password: 'password',
};
/** argon2 runs on libuv's four worker threads; one is left free for sign-ins and file I/O. */
const HASH_CONCURRENCY = 3;

/** A random password that meets the strength rule; the officer must replace it at first sign-in. */
const temporaryPassword = () => `${randomToken().slice(0, 16)}-Ab3`;

const officeErrors = (ctx: Ctx, code: string | undefined, office: OfficeRow | undefined): FieldError[] => {
  if (!code) return [];
  if (!office) return [rowError('office_code', `Không có đơn vị mã ${code}`, `No office with code ${code}`)];
  if (office.status !== 'active') {
    return [rowError('office_code', `Đơn vị ${code} không còn hoạt động`, `Office ${code} is not active`)];
  }
  if (!can(ctx.actor, 'write', { ...officeResource(office), kind: 'officer' })) {
    return [
      rowError(
        'office_code',
        `Bạn không có quyền thêm cán bộ vào đơn vị ${code}`,
        `You may not add officers to office ${code}`,
      ),
    ];
  }
  return [];
};

const checkRow = (
  ctx: Ctx,
  { row, values, hasExtraCells }: SheetRow<Column>,
  offices: Map<string, OfficeRow>,
  generated: string | undefined,
): Checked => {
  const office = values.office_code ? offices.get(values.office_code.toUpperCase()) : undefined;
  const errors = officeErrors(ctx, values.office_code, office);
  if (hasExtraCells)
    errors.push(rowError('row', 'Dòng có nhiều ô hơn tiêu đề', 'The row has more cells than the header'));
  const parsed = ZCreateOfficerInput.safeParse({
    username: values.username,
    fullName: values.full_name,
    email: values.email,
    phone: values.phone,
    officeId: office?.id,
    position: values.position,
    roles: values.roles
      ?.split(/[;,]/)
      .map((r) => r.trim())
      .filter(Boolean),
    clearance: values.clearance,
    password: values.password ?? generated,
  });
  if (!parsed.success)
    errors.push(...rowFieldErrors(parsed.error.issues, COLUMN_OF, new Set(values.office_code ? ['office_code'] : [])));
  if (parsed.success && secrecyRank(parsed.data.clearance) > secrecyRank(ctx.actor.clearance)) {
    errors.push(
      rowError('clearance', 'Không thể cấp độ mật cao hơn của chính mình', 'Cannot grant a clearance above your own'),
    );
  }
  const result: ImportRowResult = { row, ok: errors.length === 0, errors };
  return errors.length === 0 && parsed.success ? { result, input: parsed.data } : { result };
};

/** Cross-row rules: a username appears once in the file and is not taken yet. */
const checkUsernames = async (ctx: Ctx, checked: Checked[], rows: SheetRow<Column>[]) => {
  const firstRow = new Map<string, number>();
  const names = rows.map((r) => r.values.username?.trim().toLowerCase());
  const taken = await repo.findTakenUsernames(ctx.db, [...new Set(names.filter((n): n is string => !!n))]);
  checked.forEach(({ result }, i) => {
    const name = names[i];
    if (!name) return;
    const first = firstRow.get(name);
    if (first !== undefined) {
      result.errors.push(
        rowError('username', `Trùng tên đăng nhập với dòng ${first}`, `Same username as row ${first}`),
      );
    } else if (taken.has(name)) {
      result.errors.push(rowError('username', 'Tên đăng nhập đã được dùng', 'Username already in use'));
    }
    firstRow.set(name, first ?? result.row);
  });
  for (const item of checked) {
    if (item.result.errors.length > 0) {
      item.result.ok = false;
      delete item.input;
    }
  }
};

/**
 * Imports officers from the rows of a file: every row is checked with the single-create contract and the
 * access policy; valid rows are written in one transaction (all of them, or none when any row fails in
 * all_or_nothing mode). Passwords are hashed before the transaction so it stays short.
 */
export const importOfficers = async ({
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
  const codes = [...new Set(rows.flatMap((r) => (r.values.office_code ? [r.values.office_code.toUpperCase()] : [])))];
  const offices = new Map((await repo.findOfficesByCodes(ctx.db, codes)).map((o) => [o.code, o]));
  const generated = rows.map((r) => (r.values.password ? undefined : temporaryPassword()));
  const checked = rows.map((row, i) => checkRow(ctx, row, offices, generated[i]));
  await checkUsernames(ctx, checked, rows);
  const report = checked.map((c) => c.result);
  const { failed, isRejected, writable } = decide(report, options);
  const result = { total: rows.length, imported: writable, failed, dryRun: options.dryRun, rows: report };
  if (isRejected || options.dryRun || writable === 0) return { result, isRejected };

  const toWrite = checked.flatMap((c, i) => (c.input ? [{ ...c, input: c.input, generated: generated[i] }] : []));
  const hashes = await mapLimited(toWrite, HASH_CONCURRENCY, (c) => hashPassword(c.input.password));
  log?.info({ rows: toWrite.length }, 'import.officers: writing');
  await ctx.db.transaction(async (tx) => {
    for (const [i, item] of toWrite.entries()) {
      item.result.id = await insertNewOfficer(ctx, tx, item.input, hashes[i]);
    }
    await auditImport(ctx, tx, 'import.officers', newId(), {
      mode: options.mode,
      total: rows.length,
      imported: toWrite.length,
      failed,
    });
  });
  for (const item of toWrite) if (item.generated) item.result.temporaryPassword = item.generated;
  log?.info({ rows: toWrite.length }, 'import.officers: committed');
  return { result, isRejected: false };
};

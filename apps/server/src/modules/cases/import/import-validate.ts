import type { Actor, CaseImportRow, LegalDate } from '@eprocuracy/domain';
import type { Db } from '../../../platform/db.ts';
import type { StoredSheetRow } from './case-imports.schema.ts';
import { createChargeChecker } from './import-charges.ts';
import { type CasePlan, checkCase } from './import-check.ts';
import { type CaseGroup, groupRows } from './import-group.ts';
import { createLedgerBuilder } from './import-ledger.ts';
import { loadLookups } from './import-lookups.ts';
import { type ParsedRow, parseRow } from './import-row.ts';

export type Validation = {
  /** One line per row of the file, in file order. */
  report: CaseImportRow[];
  /** The cases that will be written, in file order. */
  plans: CasePlan[];
  validRows: number;
  failedRows: number;
};

/** A case is written whole or not at all: its valid rows say why they were left out. */
const holdBack = (group: CaseGroup) => {
  const bad = group.rows.filter((r) => r.errors.length > 0).map((r) => r.row);
  const list = bad.slice(0, 10).join(', ') + (bad.length > 10 ? '…' : '');
  for (const row of group.rows) {
    if (row.errors.length > 0) continue;
    row.errors.push({
      field: 'row',
      vi: `Vụ án ${group.ref} có dòng lỗi (dòng ${list}) nên không được nhập`,
      en: `Case ${group.ref} has invalid rows (${list}) and is not imported`,
    });
  }
};

const reportRow = (row: ParsedRow, plan: CasePlan | undefined, isDryRun: boolean): CaseImportRow => ({
  row: row.row,
  ok: row.errors.length === 0,
  ...(row.caseRef !== undefined ? { caseRef: row.caseRef } : {}),
  ...(row.defendant?.ref !== undefined ? { defendantRef: row.defendant.ref } : {}),
  // A dry run names only cases that exist: a new case gets its id when it is written.
  ...(plan && (!isDryRun || plan.existing) ? { caseId: plan.caseId } : {}),
  ...(plan ? { isUpdate: plan.existing !== undefined } : {}),
  errors: row.errors,
});

/**
 * Checks every row of a file: each cell, then each case (the rows of one reference together) against the
 * database and the law. Nothing is written; the result says which cases can be and reports every row.
 */
export const validateImport = async (
  db: Db,
  {
    actor,
    rows,
    today,
    isDryRun,
  }: { actor: Actor; rows: readonly StoredSheetRow[]; today: LegalDate; isDryRun: boolean },
): Promise<Validation> => {
  const parsed = rows.map(parseRow);
  const groups = groupRows(parsed);
  const lookups = await loadLookups(db, groups);
  const ctx = { actor, lookups, today, checkCharge: createChargeChecker(), buildLedger: createLedgerBuilder() };
  const plans: CasePlan[] = [];
  const planOf = new Map<ParsedRow, CasePlan>();
  for (const group of groups) {
    const plan = checkCase(group, ctx);
    if (!plan) {
      holdBack(group);
      continue;
    }
    plans.push(plan);
    for (const row of group.rows) planOf.set(row, plan);
  }
  const report = parsed.map((row) => reportRow(row, planOf.get(row), isDryRun));
  const failedRows = report.filter((r) => !r.ok).length;
  return { report, plans, validRows: report.length - failedRows, failedRows };
};

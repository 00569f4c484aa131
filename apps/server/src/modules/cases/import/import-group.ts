import { type CaseImportColumn, foldText } from '@eprocuracy/domain';
import {
  CASE_FIELD_COLUMNS,
  type CaseFields,
  type ChargeFields,
  DEFENDANT_FIELD_COLUMNS,
  type DefendantFields,
  type MeasureFields,
  type ParsedRow,
} from './import-row.ts';

export type ChargeEntry = ChargeFields & { row: ParsedRow };
export type MeasureEntry = MeasureFields & { row: ParsedRow };

export type DefendantGroup = {
  key: string;
  fields: DefendantFields;
  rowOf: (key: keyof DefendantFields) => ParsedRow;
  first: ParsedRow;
  charges: ChargeEntry[];
  measures: MeasureEntry[];
};

/** The rows of one case reference, merged: case fields, defendants with their charges and measures. */
export type CaseGroup = {
  ref: string;
  rows: ParsedRow[];
  fields: CaseFields;
  /** The row a case field was taken from, where an error about it belongs (the first row when absent). */
  rowOf: (key: keyof CaseFields) => ParsedRow;
  defendants: DefendantGroup[];
  /** Charges of rows naming no defendant: offences of the case whose author is not yet known. */
  caseCharges: ChargeEntry[];
};

const REQUIRED_CASE_FIELDS: (keyof CaseFields)[] = [
  'officeCode',
  'title',
  'openingNumber',
  'openedOn',
  'investigatingBody',
];

const shown = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value));
const same = (a: unknown, b: unknown) => shown(a) === shown(b);

/**
 * Merges the fields several rows give of one thing (a case, a defendant): a blank cell takes the value of
 * the others; two different values are an error on the later row, naming the row that gave the first one.
 */
const merge = <F extends object>(
  rows: { row: ParsedRow; fields: F }[],
  columns: Record<keyof F, CaseImportColumn>,
  what: { vi: string; en: string },
): { fields: F; origin: Map<keyof F, ParsedRow> } => {
  const merged: Partial<F> = {};
  const origin = new Map<keyof F, ParsedRow>();
  for (const { row, fields } of rows) {
    for (const key of Object.keys(columns) as (keyof F)[]) {
      const value = fields[key];
      if (value === undefined) continue;
      if (merged[key] === undefined) {
        merged[key] = value;
        origin.set(key, row);
      } else if (!same(merged[key], value)) {
        row.errors.push({
          field: columns[key],
          vi: `Khác với dòng ${origin.get(key)?.row} của cùng ${what.vi} ("${shown(merged[key])}")`,
          en: `Differs from row ${origin.get(key)?.row} of the same ${what.en} ("${shown(merged[key])}")`,
        });
      }
    }
  }
  return { fields: merged as F, origin };
};

const defendantKey = (d: DefendantFields) =>
  d.ref !== undefined ? `ref:${d.ref.toLowerCase()}` : `name:${foldText(d.name ?? '')}|${d.birthDate ?? ''}`;

const chargeKey = (c: ChargeFields) => `${c.article}|${c.clause ?? ''}|${c.point ?? ''}`;

/** Adds a charge unless the same article, clause and point is already there (rows repeat it to list measures). */
const addCharge = (charges: ChargeEntry[], row: ParsedRow) => {
  if (row.charge && !charges.some((c) => chargeKey(c) === chargeKey(row.charge as ChargeFields))) {
    charges.push({ ...row.charge, row });
  }
};

const addMeasure = (measures: MeasureEntry[], row: ParsedRow) => {
  const measure = row.measure;
  if (!measure) return;
  const twin = measures.find((m) => m.kind === measure.kind && m.start === measure.start);
  if (!twin) measures.push({ ...measure, row });
  else if (twin.end !== measure.end) {
    row.errors.push({
      field: 'measure_end',
      vi: `Cùng biện pháp với dòng ${twin.row.row} nhưng khác ngày kết thúc`,
      en: `Same measure as row ${twin.row.row} with another end date`,
    });
  }
};

const groupDefendants = (rows: ParsedRow[]) => {
  const byKey = new Map<string, ParsedRow[]>();
  const caseCharges: ChargeEntry[] = [];
  for (const row of rows) {
    if (!row.defendant) {
      addCharge(caseCharges, row);
      if (row.measure) {
        row.errors.push({
          field: 'measure',
          vi: 'Biện pháp ngăn chặn phải gắn với một bị can',
          en: 'A preventive measure belongs to a defendant',
        });
      }
      continue;
    }
    const key = defendantKey(row.defendant);
    const own = byKey.get(key);
    if (own) own.push(row);
    else byKey.set(key, [row]);
  }
  const defendants = [...byKey].map(([key, own]): DefendantGroup => {
    const { fields, origin } = merge(
      own.map((row) => ({ row, fields: row.defendant as DefendantFields })),
      DEFENDANT_FIELD_COLUMNS,
      { vi: 'bị can', en: 'defendant' },
    );
    const first = own[0] as ParsedRow;
    const rowOf = (field: keyof DefendantFields) => origin.get(field) ?? first;
    if (fields.name === undefined) {
      first.errors.push({ field: 'defendant_name', vi: 'Cần họ tên bị can', en: "Give the defendant's name" });
    }
    const group: DefendantGroup = { key, fields, rowOf, first, charges: [], measures: [] };
    for (const row of own) {
      addCharge(group.charges, row);
      addMeasure(group.measures, row);
    }
    return group;
  });
  return { defendants, caseCharges };
};

/**
 * Groups the rows by case reference (file order kept): rows of a case must agree on the case's fields and
 * rows of a defendant on the defendant's; errors go on the rows that disagree. Rows without a reference
 * belong to no case and are left out (they already carry their error).
 */
export const groupRows = (rows: readonly ParsedRow[]): CaseGroup[] => {
  const byRef = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    if (row.caseRef === undefined) continue;
    const own = byRef.get(row.caseRef);
    if (own) own.push(row);
    else byRef.set(row.caseRef, [row]);
  }
  return [...byRef].map(([ref, own]) => {
    const { fields, origin } = merge(
      own.map((row) => ({ row, fields: row.case })),
      CASE_FIELD_COLUMNS,
      { vi: 'vụ án', en: 'case' },
    );
    const first = own[0] as ParsedRow;
    for (const key of REQUIRED_CASE_FIELDS) {
      const column = CASE_FIELD_COLUMNS[key];
      // A value given but unreadable is already reported on its own row.
      if (fields[key] === undefined && !own.some((r) => r.errors.some((e) => e.field === column))) {
        first.errors.push({ field: column, vi: 'Bắt buộc nhập', en: 'Required' });
      }
    }
    return { ref, rows: own, fields, rowOf: (key) => origin.get(key) ?? first, ...groupDefendants(own) };
  });
};

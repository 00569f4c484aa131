import { type CaseImportColumn, type CatalogueVersion, catalogueFor, type FieldError } from '@eprocuracy/domain';
import { AppError } from '../../../platform/errors.ts';
import { checkCharge } from '../case-checks.ts';
import type { ChargeFields } from './import-row.ts';

export type CheckedCharge = {
  article: string;
  clause: number | null;
  point: string | null;
  catalogue: CatalogueVersion;
};

/**
 * Checks charges with the same rule as a charge entered on screen (`checkCharge`: an offence of the Penal Code
 * in force on the day, a clause it has), remembering what passed per Code version: a register repeats a few
 * hundred articles over thousands of rows.
 */
export const createChargeChecker = () => {
  const passed = new Map<string, CheckedCharge>();
  return (
    charge: ChargeFields,
    onDate: string,
  ): { ok: true; charge: CheckedCharge } | { ok: false; errors: FieldError[] } => {
    const key = `${catalogueFor(onDate)?.version}|${charge.article}|${charge.clause}|${charge.point}`;
    const known = passed.get(key);
    if (known) return { ok: true, charge: known };
    try {
      const checked = checkCharge(
        { article: charge.article, clause: charge.clause, ...(charge.point ? { point: charge.point } : {}) },
        onDate,
        'charge',
      );
      passed.set(key, checked);
      return { ok: true, charge: checked };
    } catch (error) {
      if (!(error instanceof AppError) || !error.fields) throw error;
      const column = (field: string): CaseImportColumn => (field.endsWith('.clause') ? 'clause' : 'article');
      return { ok: false, errors: error.fields.map((f) => ({ ...f, field: column(f.field) })) };
    }
  };
};

import type { FieldError, Resource } from '@eprocuracy/domain';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { caseCode } from '../../cases/case-derived.ts';
import { writableCase } from '../case-file-access.ts';
import * as repo from './case-file-archives.repo.ts';
import type { ManifestEntry } from './manifest-row.ts';

export type TargetCase = { id: string; code: string; resource: Resource };
export type CaseLookup = (key: ManifestEntry['case']) => Promise<TargetCase | FieldError>;

/** Why a case may not take the archive's documents, in the words of the column that named it. */
const refusal = (field: string, error: unknown): FieldError => {
  if (!(error instanceof AppError)) throw error;
  switch (error.code) {
    case 'NOT_FOUND':
      return {
        field,
        vi: 'Không tìm thấy vụ án (hoặc bạn không được xem)',
        en: 'Case not found (or not visible to you)',
      };
    case 'FORBIDDEN':
      return {
        field,
        vi: 'Bạn không có quyền thêm tài liệu vào vụ án này',
        en: 'You may not add documents to this case',
      };
    default:
      return { field, vi: error.detail.vi, en: error.detail.en };
  }
};

/**
 * Finds the cases an archive's rows name, by register code or source reference, and checks that the uploader
 * may add to each case file exactly as an upload on the case page would (readable, writable, not merged).
 * Refusals are audited there; each case is checked once.
 */
export const caseLookup = async (ctx: Ctx, entries: readonly ManifestEntry[]): Promise<CaseLookup> => {
  const codes = [...new Set(entries.flatMap((e) => ('code' in e.case ? [e.case.code] : [])))];
  const refs = [...new Set(entries.flatMap((e) => ('ref' in e.case ? [e.case.ref] : [])))];
  const found = [...(await repo.findCasesByCodes(ctx.db, codes)), ...(await repo.findCasesByRefs(ctx.db, refs))];
  const codeOf = (c: (typeof found)[number]) => caseCode(c, c.officeCode);
  const byCode = new Map(found.map((c) => [codeOf(c), c.id]));
  const byRef = Map.groupBy(
    found.filter((c) => c.externalRef !== null),
    (c) => c.externalRef as string,
  );
  const codeById = new Map(found.map((c) => [c.id, codeOf(c)]));
  const checked = new Map<string, Promise<Resource | unknown>>();
  const check = (id: string) => {
    let result = checked.get(id);
    if (!result) {
      result = writableCase(ctx, id).catch((error: unknown) => error);
      checked.set(id, result);
    }
    return result;
  };
  const target = (id: string, resource: Resource): TargetCase => ({ id, code: codeById.get(id) ?? id, resource });
  return async (key) => {
    if ('code' in key) {
      const id = byCode.get(key.code);
      if (!id) return refusal('case_code', new AppError('NOT_FOUND'));
      const result = await check(id);
      return result instanceof Error ? refusal('case_code', result) : target(id, result as Resource);
    }
    const candidates = byRef.get(key.ref) ?? [];
    const results = await Promise.all(candidates.map(async (c) => ({ id: c.id, result: await check(c.id) })));
    const writable = results.filter((r) => !(r.result instanceof Error));
    if (writable.length === 1) {
      const [only] = writable as [(typeof writable)[number]];
      return target(only.id, only.result as Resource);
    }
    if (writable.length > 1)
      return {
        field: 'case_ref',
        vi: 'Nhiều vụ án có cùng mã nguồn; hãy dùng số vụ án (case_code)',
        en: 'Several cases have this reference; use the case number (case_code)',
      };
    return refusal('case_ref', results[0]?.result ?? new AppError('NOT_FOUND'));
  };
};

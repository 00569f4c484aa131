import {
  type AcceptedFileType,
  ARCHIVE_MANIFEST_NAME,
  type ArchiveRow,
  type FieldError,
  secrecyRank,
} from '@eprocuracy/domain';
import type { Entry } from 'yauzl';
import type { Ctx } from '../../../platform/context.ts';
import { caseLookup, type TargetCase } from './archive-cases.ts';
import { checkArchiveFile } from './archive-file-check.ts';
import type { OpenedZip } from './archive-zip.ts';
import type { FiledRow } from './case-file-archives.repo.ts';
import type { ManifestSheetRow } from './case-file-archives.schema.ts';
import { type ManifestEntry, parseManifestRow } from './manifest-row.ts';

/** A valid row, ready to be filed (or already filed by this or an earlier upload of the same archive). */
export type FilePlan = {
  entry: ManifestEntry;
  zipEntry: Entry;
  type: AcceptedFileType | null;
  target: TargetCase;
  filed?: FiledRow;
};

export type ArchiveValidation = {
  plans: FilePlan[];
  report: ArchiveRow[];
  failedRows: number;
  unlistedFiles: string[];
};

const extraCells: FieldError = {
  field: 'row',
  vi: 'Dòng có ô dữ liệu nằm ngoài các cột của tiêu đề',
  en: 'The row has cells outside the header columns',
};
const notInZip: FieldError = {
  field: 'file',
  vi: 'Không có tệp này trong tệp ZIP',
  en: 'The ZIP holds no such file',
};
const aboveClearance: FieldError = {
  field: 'secrecy',
  vi: 'Không thể ghi độ mật cao hơn độ mật được tiếp cận của mình',
  en: 'Cannot classify above your own clearance',
};

/**
 * Checks every manifest row as the uploader (their rights as they are now): the row reads, its file is in the
 * ZIP and is an accepted, whole file fit for the document type, its case is found and the uploader may add to
 * its file. Rows filed before (same archive, same row) are not checked again. Also lists the ZIP's files no
 * row names. A row filed by this very upload (a job resumed after a crash) is not a duplicate.
 */
export const validateArchive = async (
  ctx: Ctx,
  {
    archiveId,
    rows,
    zip,
    filed,
    onRow,
  }: {
    archiveId: string;
    rows: readonly ManifestSheetRow[];
    zip: OpenedZip;
    filed: Map<number, FiledRow>;
    onRow: (done: number) => Promise<void>;
  },
): Promise<ArchiveValidation> => {
  const parsed = rows.map((r) => ({ sheet: r, result: parseManifestRow(r.row, r.values) }));
  const lookup = await caseLookup(
    ctx,
    parsed.flatMap((p) => (p.result.ok ? [p.result.entry] : [])),
  );
  const plans: FilePlan[] = [];
  const report: ArchiveRow[] = [];
  const named = new Set<string>();
  for (const [i, { sheet, result }] of parsed.entries()) {
    const errors: FieldError[] = sheet.hasExtraCells ? [extraCells] : [];
    const file = result.ok ? result.entry.file : result.file;
    if (file) named.add(file);
    if (!result.ok) errors.push(...result.errors);
    else {
      const { entry } = result;
      const target = await lookup(entry.case);
      if (!('id' in target)) errors.push(target);
      if (secrecyRank(entry.secrecy) > secrecyRank(ctx.actor.clearance)) errors.push(aboveClearance);
      const zipEntry = zip.files.get(entry.file);
      if (!zipEntry) errors.push(notInZip);
      const before = filed.get(sheet.row);
      if (errors.length === 0 && zipEntry && 'id' in target) {
        const checked = before ? null : await checkArchiveFile(zip, zipEntry, entry.type);
        if (checked?.ok === false) errors.push(...checked.errors);
        else {
          const type = checked?.ok ? checked.type : null;
          plans.push({ entry, zipEntry, type, target, ...(before ? { filed: before } : {}) });
          report.push({
            row: sheet.row,
            ok: true,
            file,
            caseId: target.id,
            caseCode: target.code,
            ...(before ? { documentId: before.documentId, isDuplicate: before.archiveId !== archiveId } : {}),
            errors: [],
          });
        }
      }
    }
    if (errors.length > 0) report.push({ row: sheet.row, ok: false, ...(file ? { file } : {}), errors });
    if ((i + 1) % 20 === 0) await onRow(i + 1);
  }
  const unlistedFiles = [...zip.files.keys()]
    .filter((name) => name !== ARCHIVE_MANIFEST_NAME && !named.has(name))
    .sort();
  return { plans, report, failedRows: report.filter((r) => !r.ok).length, unlistedFiles };
};

import type { Ctx } from '../../../platform/context.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { caseCode } from '../../cases/case-derived.ts';
import { loadReadable } from '../../cases/case-records.ts';
import { listCaseFile } from '../case-file-index.ts';
import { fileIndexPdf } from './file-index-pdf.ts';
import { fileIndexName, fileIndexSheet, type Lang } from './file-index-sheet.ts';
import { fileIndexXlsx, XLSX_TYPE } from './file-index-xlsx.ts';

export type PrintedIndex = { body: Buffer; type: string; fileName: string };

/**
 * The file index (bảng kê tài liệu, BLTTHS Art. 131(4)) of a case as a printable PDF or XLSX. It lists what
 * the officer may see, exactly as the case-file tab does (the listing audits classified documents).
 */
export const printFileIndex = async (
  ctx: Ctx,
  { caseId, format, lang }: { caseId: string; format: 'pdf' | 'xlsx'; lang: Lang },
): Promise<PrintedIndex> => {
  const { found } = await loadReadable(ctx, caseId);
  const index = await listCaseFile(ctx, caseId);
  const code = caseCode(found.row, found.officeCode);
  const [y, m, d] = todayInVietnam().split('-');
  const sheet = fileIndexSheet(
    { lang, officeName: found.officeName, caseCode: code, caseTitle: found.row.title, printedOn: `${d}/${m}/${y}` },
    index.items,
  );
  if (format === 'pdf')
    return { body: await fileIndexPdf(sheet), type: 'application/pdf', fileName: fileIndexName(code, 'pdf') };
  return { body: await fileIndexXlsx(sheet), type: XLSX_TYPE, fileName: fileIndexName(code, 'xlsx') };
};

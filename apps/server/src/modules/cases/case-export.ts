import {
  type CaseListQuery,
  type CaseSummary,
  CRIME_CATEGORY_LABELS,
  STAGE_LABELS,
  type ZCaseExportQuery,
} from '@eprocuracy/domain';
import Papa from 'papaparse';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { loadExcelJs } from '../../platform/heavy-libraries.ts';
import { listCases } from './case-list.ts';

/** An export stops here; a larger one belongs to the statistics warehouse, not a spreadsheet. */
export const EXPORT_LIMIT = 50_000;
const PAGE = 500;

type Lang = 'vi' | 'en';
type Column = { vi: string; en: string; value: (c: CaseSummary, lang: Lang) => string | number };

const COLUMNS: Column[] = [
  { vi: 'Mã vụ án', en: 'Case code', value: (c) => c.code },
  { vi: 'Tên vụ án', en: 'Title', value: (c) => c.title },
  { vi: 'Giai đoạn', en: 'Stage', value: (c, lang) => STAGE_LABELS[c.stage][lang] },
  { vi: 'Đơn vị', en: 'Office', value: (c) => c.officeName },
  {
    vi: 'Tội danh chính',
    en: 'Lead charge',
    value: (c) => (c.leadCharge ? `Điều ${c.leadCharge.article} ${c.leadCharge.name}` : ''),
  },
  {
    vi: 'Loại tội phạm',
    en: 'Category',
    value: (c, lang) => (c.category ? CRIME_CATEGORY_LABELS[c.category][lang] : ''),
  },
  { vi: 'Ngày khởi tố', en: 'Opened on', value: (c) => c.openedOn ?? '' },
  { vi: 'Cơ quan điều tra', en: 'Investigating body', value: (c) => c.investigatingBodyName ?? '' },
  { vi: 'Số bị can', en: 'Defendants', value: (c) => c.defendantCount },
  {
    vi: 'Kiểm sát viên',
    en: 'Prosecutors',
    value: (c) =>
      c.officers
        .filter((o) => o.role === 'prosecutor')
        .map((o) => o.fullName)
        .join('; '),
  },
  { vi: 'Thời hạn gần nhất', en: 'Next deadline', value: (c, lang) => c.nextDeadline?.label[lang] ?? '' },
  { vi: 'Ngày hết hạn', en: 'Due', value: (c) => c.nextDeadline?.dueDate ?? '' },
  { vi: 'Mức đầy đủ (%)', en: 'Completeness (%)', value: (c) => c.completeness },
  { vi: 'Mã nguồn', en: 'External reference', value: (c) => c.externalRef ?? '' },
];

/** Every case of the filtered list the actor may read, page by page (the list's own access rule). */
async function* exportedCases(ctx: Ctx, query: Omit<CaseListQuery, 'limit' | 'offset'>) {
  for (let offset = 0; offset < EXPORT_LIMIT; offset += PAGE) {
    const { items } = await listCases(ctx, { ...query, limit: PAGE, offset });
    yield* items;
    if (items.length < PAGE) return;
  }
}

/** The filtered case list as a CSV (UTF-8 with BOM, for Excel) or an XLSX file. */
export const exportCases = async (
  ctx: Ctx,
  query: z.infer<typeof ZCaseExportQuery>,
  lang: Lang,
): Promise<{ body: Buffer; type: string; filename: string }> => {
  const { format, ...filters } = query;
  const header = COLUMNS.map((c) => c[lang]);
  const rows: (string | number)[][] = [];
  for await (const item of exportedCases(ctx, filters)) rows.push(COLUMNS.map((c) => c.value(item, lang)));
  if (format === 'csv') {
    const text = `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n' })}\r\n`;
    return { body: Buffer.from(text, 'utf8'), type: 'text/csv; charset=utf-8', filename: 'vu-an.csv' };
  }
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(lang === 'vi' ? 'Vụ án' : 'Cases');
  sheet.addRow(header).font = { bold: true };
  sheet.addRows(rows);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return {
    body: Buffer.from(await book.xlsx.writeBuffer()),
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename: 'vu-an.xlsx',
  };
};

import type { ArchiveRow } from '@eprocuracy/domain';
import Papa from 'papaparse';
import { loadExcelJs } from '../../../platform/heavy-libraries.ts';

type Lang = 'vi' | 'en';
export type ReportFile = { body: Buffer; type: string; filename: string };

const HEADER = {
  vi: ['Dòng', 'Kết quả', 'Tệp', 'Số vụ án', 'Mã tài liệu', 'Lỗi'],
  en: ['Row', 'Result', 'File', 'Case number', 'Document id', 'Errors'],
};
const OUTCOME = {
  vi: { matched: 'Khớp', duplicate: 'Đã nhập trước đó', failed: 'Lỗi', unlisted: 'Không có trong manifest' },
  en: { matched: 'Matched', duplicate: 'Imported before', failed: 'Failed', unlisted: 'Not in the manifest' },
};

/**
 * The per-row report as a file: outcome, file, case, document and each error with its column; then the files of
 * the ZIP that no manifest row names.
 */
export const archiveReportFile = async (
  rows: readonly ArchiveRow[],
  unlisted: readonly string[],
  format: 'csv' | 'xlsx',
  lang: Lang,
): Promise<ReportFile> => {
  const outcome = (r: ArchiveRow) => OUTCOME[lang][r.ok ? (r.isDuplicate ? 'duplicate' : 'matched') : 'failed'];
  const lines = [
    HEADER[lang],
    ...rows.map((r) => [
      String(r.row),
      outcome(r),
      r.file ?? '',
      r.caseCode ?? '',
      r.documentId ?? '',
      r.errors.map((e) => `${e.field}: ${e[lang]}`).join('; '),
    ]),
    ...unlisted.map((file) => ['', OUTCOME[lang].unlisted, file, '', '', '']),
  ];
  if (format === 'csv') {
    const body = Buffer.from(`\uFEFF${Papa.unparse(lines, { newline: '\r\n' })}\r\n`, 'utf8');
    return { body, type: 'text/csv; charset=utf-8', filename: 'bao-cao-nhap-kho-ho-so.csv' };
  }
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(lang === 'vi' ? 'Báo cáo' : 'Report');
  sheet.addRows(lines);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return {
    body: Buffer.from(await book.xlsx.writeBuffer()),
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename: 'bao-cao-nhap-kho-ho-so.xlsx',
  };
};

import { CASE_IMPORT_COLUMNS, type CaseImportColumn, type CaseImportRow } from '@eprocuracy/domain';
import Papa from 'papaparse';
import { loadExcelJs } from '../../../platform/heavy-libraries.ts';

type Lang = 'vi' | 'en';
export type ImportFile = { body: Buffer; type: string; filename: string };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const KEYS = Object.keys(CASE_IMPORT_COLUMNS) as CaseImportColumn[];

/**
 * Two rows of one case: a defendant in detention charged with theft and fraud (Art. 173(1), 174(1) PC),
 * the second row adding the second charge; the office and prosecutor are the demo's.
 */
const EXAMPLE: Partial<Record<CaseImportColumn, string>>[] = [
  {
    case_ref: 'VA-2025-0001',
    office_code: 'QNI',
    title: 'Vụ trộm cắp, lừa đảo tại chợ Hạ Long',
    opening_number: '12/QĐ-CSĐT',
    opened_on: '15/09/2025',
    investigating_body: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
    offence_date: '10/09/2025',
    offence_place: 'Chợ Hạ Long, phường Hồng Gai',
    stage: 'Điều tra',
    secrecy: 'Thường',
    defendant_ref: 'BC-0001',
    defendant_name: 'Trần Văn Bình',
    birth_date: '01/05/1990',
    sex: 'Nam',
    id_number: '022090001234',
    address: 'Phường Hồng Hà, Hạ Long, Quảng Ninh',
    article: '173',
    clause: '1',
    measure: 'Tạm giam',
    measure_start: '20/09/2025',
    prosecutor: 'ksv.quangninh',
  },
  { case_ref: 'VA-2025-0001', defendant_ref: 'BC-0001', defendant_name: 'Trần Văn Bình', article: '174', clause: '1' },
];

const headerOf = (lang: Lang) => KEYS.map((key) => (lang === 'vi' ? CASE_IMPORT_COLUMNS[key][1] : key));
const exampleRows = () => EXAMPLE.map((row) => KEYS.map((key) => row[key] ?? ''));

const csv = (rows: string[][]) => Buffer.from(`\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}\r\n`, 'utf8');

const xlsx = async (sheetName: string, rows: (string | number)[][], textColumns: number[] = []) => {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  // Text cells keep what they look like: a CCCD keeps its leading zero, a date stays as written.
  for (const column of textColumns) sheet.getColumn(column + 1).numFmt = '@';
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
};

/** The template: header (Vietnamese or English names) and an example case, as CSV (BOM for Excel) or XLSX. */
export const caseTemplate = async (format: 'csv' | 'xlsx', lang: Lang): Promise<ImportFile> => {
  const rows = [headerOf(lang), ...exampleRows()];
  if (format === 'csv') return { body: csv(rows), type: 'text/csv; charset=utf-8', filename: 'mau-nhap-vu-an.csv' };
  const body = await xlsx(
    lang === 'vi' ? 'Vụ án' : 'Cases',
    rows,
    KEYS.map((_, i) => i),
  );
  return { body, type: XLSX_TYPE, filename: 'mau-nhap-vu-an.xlsx' };
};

const REPORT_HEADER = {
  vi: ['Dòng', 'Kết quả', 'Mã vụ án nguồn', 'Mã bị can nguồn', 'Số vụ án', 'Lỗi'],
  en: ['Row', 'Result', 'Case reference', 'Defendant reference', 'Case number', 'Errors'],
};
const OUTCOME = {
  vi: { created: 'Nhập mới', updated: 'Cập nhật', failed: 'Lỗi' },
  en: { created: 'Created', updated: 'Updated', failed: 'Failed' },
};

/** The per-row report as a file: outcome, references, the case's number, and each error with its column. */
export const caseImportReport = async (
  rows: readonly (CaseImportRow & { caseCode?: string })[],
  format: 'csv' | 'xlsx',
  lang: Lang,
): Promise<ImportFile> => {
  const lines = rows.map((r) => [
    r.row,
    OUTCOME[lang][r.ok ? (r.isUpdate ? 'updated' : 'created') : 'failed'],
    r.caseRef ?? '',
    r.defendantRef ?? '',
    r.caseCode ?? '',
    r.errors.map((e) => `${e.field}: ${e[lang]}`).join('; '),
  ]);
  const all = [REPORT_HEADER[lang], ...lines];
  if (format === 'csv') {
    return {
      body: csv(all.map((l) => l.map(String))),
      type: 'text/csv; charset=utf-8',
      filename: 'bao-cao-nhap-vu-an.csv',
    };
  }
  const body = await xlsx(lang === 'vi' ? 'Báo cáo' : 'Report', all);
  return { body, type: XLSX_TYPE, filename: 'bao-cao-nhap-vu-an.xlsx' };
};

import { IMPORT_LIMITS } from '@eprocuracy/domain';
import type { Cell } from 'exceljs';
import Papa from 'papaparse';
import { invalid } from '../../platform/errors.ts';
import { loadExcelJs } from '../../platform/heavy-libraries.ts';

/** One data row of an import file: its 1-based line (or sheet row) number and its non-empty cells by column key. */
export type SheetRow<K extends string> = { row: number; values: Partial<Record<K, string>>; hasExtraCells: boolean };

type Columns<K extends string> = Readonly<Record<K, readonly string[]>>;
type RawRow = { row: number; cells: string[] };

const fileError = (vi: string, en: string) => invalid([{ field: 'file', vi, en }]);

const normalise = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

const isZip = (data: Buffer) => data.length > 4 && data.readUInt32LE(0) === 0x04034b50;
const isOleDocument = (data: Buffer) => data.length > 4 && data.readUInt32BE(0) === 0xd0cf11e0;

const readCsv = (data: Buffer): RawRow[] => {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw fileError('Tệp CSV phải được lưu với bảng mã UTF-8', 'The CSV file must be saved as UTF-8');
  }
  text = text.replace(/^\uFEFF/, '');
  const rows: RawRow[] = [];
  let line = 1;
  let counted = 0;
  // Papa reports where each record ends; counting newlines up to a record's start gives its line in the file.
  let start = 0;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    step: (result) => {
      for (; counted < start; counted++) if (text[counted] === '\n') line++;
      rows.push({ row: line, cells: result.data.map((cell) => String(cell)) });
      start = result.meta.cursor;
      while (start < text.length && (text[start] === '\r' || text[start] === '\n')) {
        if (text[start] === '\n') {
          start++;
          break;
        }
        start++;
      }
    },
  });
  return rows;
};

const cellText = (cell: Cell): string => {
  try {
    return cell.text ?? '';
  } catch {
    return String(cell.value ?? '');
  }
};

const readXlsx = async (data: Buffer): Promise<RawRow[]> => {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw fileError('Không đọc được tệp Excel (.xlsx)', 'The Excel (.xlsx) file cannot be read');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)));
    rows.push({ row: row.number, cells });
  });
  return rows;
};

const mapHeaders = <K extends string>(header: RawRow, columns: Columns<K>, required: readonly K[]): (K | null)[] => {
  const byName = new Map<string, K>();
  for (const [key, names] of Object.entries(columns) as [K, readonly string[]][]) {
    for (const name of names) byName.set(normalise(name), key);
  }
  const seen = new Set<K>();
  const keys = header.cells.map((cell) => {
    if (normalise(cell) === '') return null;
    const key = byName.get(normalise(cell));
    if (!key) throw fileError(`Cột không được hỗ trợ: "${cell}"`, `Unsupported column: "${cell}"`);
    if (seen.has(key)) throw fileError(`Cột bị lặp: "${cell}"`, `Duplicate column: "${cell}"`);
    seen.add(key);
    return key;
  });
  const missing = required.filter((key) => !seen.has(key));
  if (missing.length > 0) {
    throw fileError(`Thiếu cột bắt buộc: ${missing.join(', ')}`, `Missing required columns: ${missing.join(', ')}`);
  }
  return keys;
};

/**
 * Reads a CSV (UTF-8, with or without BOM, comma or semicolon) or XLSX file into rows keyed by column.
 * The first row is the header; blank rows are skipped; file-level problems are INVALID on field `file`.
 */
export const readSheet = async <K extends string>(
  { data, filename }: { data: Buffer; filename: string },
  columns: Columns<K>,
  required: readonly K[],
): Promise<SheetRow<K>[]> => {
  if (isOleDocument(data) || /\.xls$/i.test(filename)) {
    throw fileError(
      'Định dạng .xls cũ không được hỗ trợ, hãy lưu thành .xlsx hoặc CSV',
      'Save the .xls file as .xlsx or CSV',
    );
  }
  if (/\.xlsx$/i.test(filename) && !isZip(data)) {
    throw fileError('Tệp không phải là tệp Excel .xlsx hợp lệ', 'The file is not a valid .xlsx workbook');
  }
  if (!isZip(data) && !/\.(csv|txt)$/i.test(filename) && filename !== '') {
    throw fileError('Chỉ nhận tệp .csv hoặc .xlsx', 'Only .csv and .xlsx files are accepted');
  }
  const raw = (isZip(data) ? await readXlsx(data) : readCsv(data)).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...body] = raw;
  if (!header) throw fileError('Tệp không có dữ liệu', 'The file is empty');
  if (body.length > IMPORT_LIMITS.maxRows) {
    throw fileError(`Tối đa ${IMPORT_LIMITS.maxRows} dòng mỗi tệp`, `At most ${IMPORT_LIMITS.maxRows} rows per file`);
  }
  const keys = mapHeaders(header, columns, required);
  return body.map(({ row, cells }) => {
    const values: Partial<Record<K, string>> = {};
    let hasExtraCells = false;
    cells.forEach((cell, i) => {
      const key = keys[i];
      const value = cell.trim();
      if (value === '') return;
      if (key) values[key] = value;
      else hasExtraCells = true;
    });
    return { row, values, hasExtraCells };
  });
};

import { Readable } from 'node:stream';
import { CASE_IMPORT_COLUMNS, CASE_IMPORT_LIMITS, type CaseImportColumn } from '@eprocuracy/domain';
import type { CellValue } from 'exceljs';
import Papa from 'papaparse';
import { invalid } from '../../../platform/errors.ts';
import { loadExcelJs } from '../../../platform/heavy-libraries.ts';
import type { StoredSheetRow } from './case-imports.schema.ts';

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
    text = new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    throw fileError('Tệp CSV phải được lưu với bảng mã UTF-8', 'The CSV file must be saved as UTF-8');
  }
  const rows: RawRow[] = [];
  // A quoted cell may hold line breaks: a record's line is one more than the newlines before its start.
  let line = 1;
  let counted = 0;
  let start = 0;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    step: (result) => {
      for (; counted < start; counted++) if (text.charCodeAt(counted) === 10) line++;
      rows.push({ row: line, cells: result.data });
      start = result.meta.cursor;
      if (text[start] === '\r') start++;
      if (text[start] === '\n') start++;
    },
  });
  return rows;
};

/** A cell of a workbook as text; dates (Excel stores them as numbers with a date format) as ISO. */
const cellText = (value: CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    const time = iso.slice(11, 16);
    return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as CellValue);
  if ('text' in value) return String(value.text);
  return '';
};

const readXlsx = async (data: Buffer): Promise<RawRow[]> => {
  const rows: RawRow[] = [];
  const ExcelJS = await loadExcelJs();
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(data), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as CellValue[];
        rows.push({ row: row.number, cells: values.slice(1).map(cellText) });
      }
      break; // the first sheet only
    }
  } catch {
    throw fileError('Không đọc được tệp Excel (.xlsx)', 'The Excel (.xlsx) file cannot be read');
  }
  return rows;
};

const mapHeaders = (header: RawRow): (CaseImportColumn | null)[] => {
  const byName = new Map<string, CaseImportColumn>();
  for (const [key, names] of Object.entries(CASE_IMPORT_COLUMNS) as [CaseImportColumn, readonly string[]][]) {
    for (const name of names) byName.set(normalise(name), key);
  }
  const seen = new Set<CaseImportColumn>();
  return header.cells.map((cell) => {
    if (normalise(cell) === '') return null;
    const key = byName.get(normalise(cell));
    if (!key) throw fileError(`Cột không được hỗ trợ: "${cell}"`, `Unsupported column: "${cell}"`);
    if (seen.has(key)) throw fileError(`Cột bị lặp: "${cell}"`, `Duplicate column: "${cell}"`);
    seen.add(key);
    return key;
  });
};

/**
 * Reads a legacy case file — CSV (UTF-8, comma, semicolon or tab) or XLSX (first sheet, streamed) — into rows
 * keyed by column. The first row is the header; blank rows are skipped; problems of the whole file (format,
 * encoding, unknown or missing columns, too many rows) are INVALID on field `file`.
 */
export const readCaseSheet = async (
  { data, filename }: { data: Buffer; filename: string },
  required: readonly CaseImportColumn[],
): Promise<StoredSheetRow[]> => {
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
  if (body.length > CASE_IMPORT_LIMITS.maxRows) {
    const max = CASE_IMPORT_LIMITS.maxRows.toLocaleString('vi-VN');
    throw fileError(`Tối đa ${max} dòng mỗi tệp`, `At most ${CASE_IMPORT_LIMITS.maxRows} rows per file`);
  }
  const keys = mapHeaders(header);
  const missing = required.filter((key) => !keys.includes(key));
  if (missing.length > 0) {
    throw fileError(`Thiếu cột bắt buộc: ${missing.join(', ')}`, `Missing required columns: ${missing.join(', ')}`);
  }
  return body.map(({ row, cells }) => {
    const values: Record<string, string> = {};
    let hasExtraCells = false;
    cells.forEach((cell, i) => {
      const value = cell.trim();
      if (value === '') return;
      const key = keys[i];
      if (key) values[key] = value;
      else hasExtraCells = true;
    });
    return hasExtraCells ? { row, values, hasExtraCells } : { row, values };
  });
};

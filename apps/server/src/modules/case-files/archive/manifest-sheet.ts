import {
  ARCHIVE_LIMITS,
  ARCHIVE_MANIFEST_COLUMNS,
  ARCHIVE_MANIFEST_NAME,
  ARCHIVE_MANIFEST_REQUIRED,
  type ArchiveManifestColumn,
} from '@eprocuracy/domain';
import Papa from 'papaparse';
import { invalid } from '../../../platform/errors.ts';
import type { ManifestSheetRow } from './case-file-archives.schema.ts';

const fileError = (vi: string, en: string) => invalid([{ field: 'file', vi, en }]);

const normalise = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');

const byName = new Map<string, ArchiveManifestColumn>(
  (Object.entries(ARCHIVE_MANIFEST_COLUMNS) as [ArchiveManifestColumn, readonly string[]][]).flatMap(([key, names]) =>
    names.map((name) => [normalise(name), key] as const),
  ),
);

const mapHeaders = (cells: readonly string[]) => {
  const seen = new Set<ArchiveManifestColumn>();
  return cells.map((cell) => {
    if (normalise(cell) === '') return null;
    const key = byName.get(normalise(cell));
    const where = `${ARCHIVE_MANIFEST_NAME}`;
    if (!key) throw fileError(`${where}: cột không được hỗ trợ "${cell}"`, `${where}: unsupported column "${cell}"`);
    if (seen.has(key)) throw fileError(`${where}: cột bị lặp "${cell}"`, `${where}: duplicate column "${cell}"`);
    seen.add(key);
    return key;
  });
};

/**
 * Reads manifest.csv (UTF-8, comma, semicolon or tab; the first line is the header) into rows keyed by
 * column. Problems of the whole manifest (encoding, unknown or missing columns, too many rows) refuse the
 * archive at once, on field `file`; problems of a row are reported by the job, row by row.
 */
export const readManifest = (data: Buffer): ManifestSheetRow[] => {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    throw fileError(
      `${ARCHIVE_MANIFEST_NAME} phải được lưu với bảng mã UTF-8`,
      `${ARCHIVE_MANIFEST_NAME} must be saved as UTF-8`,
    );
  }
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false });
  const lines = parsed.data
    .map((cells, i) => ({ row: i + 1, cells }))
    .filter((l) => l.cells.some((c) => c.trim() !== ''));
  const [header, ...body] = lines;
  if (!header) throw fileError(`${ARCHIVE_MANIFEST_NAME} không có dữ liệu`, `${ARCHIVE_MANIFEST_NAME} is empty`);
  if (body.length > ARCHIVE_LIMITS.maxRows)
    throw fileError(
      `Tối đa ${ARCHIVE_LIMITS.maxRows} dòng mỗi kho`,
      `At most ${ARCHIVE_LIMITS.maxRows} rows per archive`,
    );
  const keys = mapHeaders(header.cells);
  const missing = ARCHIVE_MANIFEST_REQUIRED.filter((key) => !keys.includes(key));
  if (!keys.includes('case_code') && !keys.includes('case_ref')) missing.push('case_code' as never);
  if (missing.length > 0)
    throw fileError(
      `${ARCHIVE_MANIFEST_NAME} thiếu cột bắt buộc: ${missing.join(', ')}`,
      `${ARCHIVE_MANIFEST_NAME} lacks required columns: ${missing.join(', ')}`,
    );
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

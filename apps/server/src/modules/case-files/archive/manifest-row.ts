import {
  CASE_DOCUMENT_TYPES,
  type CaseDocumentTypeCode,
  checkFolioRange,
  type FieldError,
  foldText,
  type LegalDate,
  SECRECY_LEVELS,
  type Secrecy,
} from '@eprocuracy/domain';
import { parseDate } from '../../cases/import/import-values.ts';

/** A manifest row read and checked on its own, before its file and case are looked up. */
export type ManifestEntry = {
  row: number;
  /** The file's path inside the ZIP, as `archivePath` normalises it. */
  file: string;
  case: { code: string } | { ref: string };
  type: CaseDocumentTypeCode;
  title: string;
  documentDate: LegalDate | null;
  authorBody: string | null;
  folioFrom: number | null;
  folioTo: number | null;
  secrecy: Secrecy;
};

export type ParsedRow = { ok: true; entry: ManifestEntry } | { ok: false; errors: FieldError[]; file?: string };

const SECRECY_NAMES: Record<Secrecy, readonly string[]> = {
  normal: ['thuong', 'normal'],
  secret: ['mat', 'secret'],
  top_secret: ['toi mat', 'top secret'],
  absolute_secret: ['tuyet mat', 'absolute secret'],
};

const typeByName = new Map<string, CaseDocumentTypeCode>(
  CASE_DOCUMENT_TYPES.flatMap((type) => [
    [foldText(type.code.replace(/_/g, ' ')), type.code] as const,
    [foldText(type.label.vi), type.code] as const,
    [foldText(type.label.en), type.code] as const,
  ]),
);
const secrecyByName = new Map<string, Secrecy>(
  SECRECY_LEVELS.flatMap((level) =>
    [level.replace(/_/g, ' '), ...SECRECY_NAMES[level]].map((n) => [n, level] as const),
  ),
);

/**
 * A path inside a ZIP as the manifest and the archive are compared: NFC (macOS writes NFD names), forward
 * slashes, no leading "./" or "/". Null for a path that climbs out of the archive or names nothing.
 */
export const archivePath = (raw: string): string | null => {
  const parts = raw
    .normalize('NFC')
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.includes('..')) return null;
  return parts.join('/');
};

const CASE_CODE = /^(\d{1,7})\/(\d{4})\/([A-Za-z0-9._-]{1,32})$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const error = (field: string, vi: string, en: string): FieldError => ({ field, vi, en });

const textOf = (values: Record<string, string>, key: string, max: number, errors: FieldError[]) => {
  const value = values[key]?.normalize('NFC');
  if (value === undefined) return null;
  if (value.length > max) errors.push(error(key, `Tối đa ${max} ký tự`, `At most ${max} characters`));
  else if (CONTROL.test(value))
    errors.push(error(key, 'Không được chứa ký tự điều khiển', 'Must not contain control characters'));
  return value;
};

const folioOf = (values: Record<string, string>, key: 'folio_from' | 'folio_to', errors: FieldError[]) => {
  const value = values[key];
  if (value === undefined) return null;
  if (/^\d{1,8}$/.test(value) && Number(value) >= 1 && Number(value) <= 10_000_000) return Number(value);
  errors.push(error(key, 'Bút lục là số nguyên dương', 'A folio number is a positive whole number'));
  return null;
};

const caseOf = (values: Record<string, string>, errors: FieldError[]): ManifestEntry['case'] | null => {
  const code = values.case_code;
  if (code !== undefined) {
    const match = CASE_CODE.exec(code);
    if (match) return { code: `${Number(match[1])}/${match[2]}/${match[3]?.toUpperCase()}` };
    errors.push(
      error(
        'case_code',
        'Số vụ án có dạng số/năm/mã đơn vị, ví dụ 12/2026/QNI',
        'A case number reads number/year/office code, e.g. 12/2026/QNI',
      ),
    );
    return null;
  }
  if (values.case_ref !== undefined) return { ref: values.case_ref };
  errors.push(
    error(
      'case_code',
      'Cần số vụ án hoặc mã vụ án nguồn (case_ref)',
      'Give the case number or the source case reference (case_ref)',
    ),
  );
  return null;
};

/**
 * Reads one manifest row: the file's path, the case it belongs to (register code or source reference), the
 * document's type (code or label, without regard to case or diacritics), title, date, author, folio range
 * (BLTTHS Art. 131(4): folios run forwards) and secrecy. Every problem is named by its column.
 */
export const parseManifestRow = (row: number, values: Record<string, string>): ParsedRow => {
  const errors: FieldError[] = [];
  const rawFile = values.file;
  const file = rawFile === undefined ? null : archivePath(rawFile);
  if (rawFile === undefined) errors.push(error('file', 'Cần tên tệp trong kho', 'The file name is required'));
  else if (file === null) errors.push(error('file', 'Đường dẫn tệp không hợp lệ', 'Invalid file path'));
  const caseKey = caseOf(values, errors);
  const type =
    values.document_type === undefined ? undefined : typeByName.get(foldText(values.document_type.replace(/_/g, ' ')));
  if (values.document_type === undefined)
    errors.push(error('document_type', 'Cần loại tài liệu', 'The document type is required'));
  else if (!type)
    errors.push(
      error(
        'document_type',
        `Không có loại tài liệu "${values.document_type}"`,
        `Unknown document type "${values.document_type}"`,
      ),
    );
  const title = textOf(values, 'title', 500, errors);
  if (title === null) errors.push(error('title', 'Cần tên tài liệu', 'The title is required'));
  const documentDate = values.date === undefined ? null : (parseDate(values.date) ?? null);
  if (values.date !== undefined && documentDate === null)
    errors.push(
      error('date', 'Ngày không hợp lệ (DD/MM/YYYY hoặc YYYY-MM-DD)', 'Invalid date (DD/MM/YYYY or YYYY-MM-DD)'),
    );
  const authorBody = textOf(values, 'author_body', 300, errors);
  const folioFrom = folioOf(values, 'folio_from', errors);
  const folioTo = folioOf(values, 'folio_to', errors);
  for (const wrong of checkFolioRange(folioFrom, folioTo))
    errors.push({ ...wrong, field: wrong.field === 'folioFrom' ? 'folio_from' : 'folio_to' });
  const secrecy =
    values.secrecy === undefined ? 'normal' : secrecyByName.get(foldText(values.secrecy.replace(/_/g, ' ')));
  if (!secrecy)
    errors.push(
      error(
        'secrecy',
        'Độ mật là Thường, Mật, Tối mật hoặc Tuyệt mật',
        'Secrecy is normal, secret, top secret or absolute secret',
      ),
    );
  if (errors.length > 0 || !file || !caseKey || !type || title === null || !secrecy)
    return { ok: false, errors, ...(file ? { file } : rawFile ? { file: rawFile } : {}) };
  return {
    ok: true,
    entry: { row, file, case: caseKey, type, title, documentDate, authorBody, folioFrom, folioTo, secrecy },
  };
};

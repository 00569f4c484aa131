import type { OFFICE_IMPORT_COLUMNS, OFFICER_IMPORT_COLUMNS } from '@eprocuracy/domain';
import Papa from 'papaparse';

type Columns = Readonly<Record<string, readonly string[]>>;

/** An example officer; the empty password asks the server to generate a temporary one. */
export const OFFICER_EXAMPLE: Record<keyof typeof OFFICER_IMPORT_COLUMNS, string> = {
  username: 'nguyen.van.an',
  full_name: 'Nguyễn Văn An',
  office_code: 'QNI',
  position: 'prosecutor',
  roles: 'prosecutor',
  clearance: 'normal',
  email: 'an.nv@vks.gov.vn',
  phone: '0912345678',
  password: '',
};

export const OFFICE_EXAMPLE: Record<keyof typeof OFFICE_IMPORT_COLUMNS, string> = {
  code: 'QNI-KV9',
  name: 'Viện kiểm sát nhân dân khu vực 9 - Quảng Ninh',
  name_en: 'Regional People’s Procuracy 9 - Quảng Ninh',
  address: 'Phường Hồng Hà, Hạ Long, Quảng Ninh',
  level: 'regional',
  parent_code: 'QNI',
};

/** Header (Vietnamese or English names) and one example row, with a BOM so Excel reads UTF-8. */
export const templateCsv = <C extends Columns>(columns: C, example: Record<keyof C, string>, lang: 'vi' | 'en') => {
  const keys = Object.keys(columns) as (keyof C & string)[];
  const header = keys.map((key) => {
    const names = columns[key] as readonly string[];
    return lang === 'vi' ? (names[1] ?? key) : key;
  });
  return `\uFEFF${Papa.unparse([header, keys.map((key) => example[key])], { newline: '\r\n' })}\r\n`;
};

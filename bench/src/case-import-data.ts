import { addDays, CASE_IMPORT_COLUMNS, type CaseImportColumn } from '@eprocuracy/domain';
import Papa from 'papaparse';
import { todayInVietnam } from '../../apps/server/src/platform/time.ts';

type Row = Partial<Record<CaseImportColumn, string>>;

const KEYS = Object.keys(CASE_IMPORT_COLUMNS) as CaseImportColumn[];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['Văn An', 'Thị Bình', 'Hữu Cường', 'Thị Dung', 'Minh Hải', 'Thu Hà', 'Quốc Hùng', 'Ngọc Lan'];
/** Offences common in a province's register (Penal Code 2015): theft, fraud, robbery, drugs, injury, gambling. */
const CHARGES = [
  ['173', '1'],
  ['173', '2'],
  ['174', '1'],
  ['174', '2'],
  ['171', '1'],
  ['249', '1'],
  ['251', '1'],
  ['134', '1'],
  ['321', '1'],
] as const;
/** Stages in proportion: six in ten cases in investigation, two prosecuted, one on trial, one suspended. */
const STAGES = [
  'Điều tra',
  'Điều tra',
  'Điều tra',
  'Điều tra',
  'Điều tra',
  'Điều tra',
  'Truy tố',
  'Truy tố',
  'Xét xử sơ thẩm',
  'Tạm đình chỉ',
] as const;

/** A small deterministic generator (mulberry32), so every run imports the same file. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * A legacy register of the Quảng Ninh office with at least `rows` rows (one per defendant-charge): cases of
 * one or two defendants with one or two charges each, opened over the last two years, most in investigation,
 * some prosecuted, on trial or suspended, a third of the defendants detained.
 */
export const generateCaseRows = (rows: number, prefix = 'BENCH') => {
  const next = random(2026);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const today = todayInVietnam();
  const out: Row[] = [];
  for (let c = 0; out.length < rows; c++) {
    const opened = addDays(today, -(30 + Math.floor(next() * 700)));
    const stage = pick(STAGES);
    const base: Row = {
      case_ref: `${prefix}-${c}`,
      office_code: 'QNI',
      title: `Vụ án số ${c} tại Quảng Ninh`,
      opening_number: `${c}/QĐ-CSĐT`,
      opened_on: dmy(opened),
      investigating_body: 'Cơ quan CSĐT Công an tỉnh Quảng Ninh',
      offence_date: dmy(addDays(opened, -3)),
      offence_place: 'Hạ Long, Quảng Ninh',
      stage,
      ...(stage === 'Điều tra' ? {} : { stage_date: dmy(addDays(opened, 20)) }),
      prosecutor: 'ksv.quangninh',
    };
    const defendants = 1 + Math.floor(next() * 2);
    for (let d = 0; d < defendants; d++) {
      const person: Row = {
        defendant_ref: `${prefix}-${c}-BC${d}`,
        defendant_name: `${pick(SURNAMES)} ${pick(GIVEN)}`,
        birth_date: dmy(addDays('1970-01-01', Math.floor(next() * 12_000))),
        sex: next() < 0.8 ? 'Nam' : 'Nữ',
        id_number: `0220${String(Math.floor(next() * 1e8)).padStart(8, '0')}`,
        address: 'Hạ Long, Quảng Ninh',
      };
      const isDetained = stage !== 'Tạm đình chỉ' && next() < 0.33;
      const charges = 1 + Math.floor(next() * 2);
      for (let k = 0; k < charges; k++) {
        const [article, clause] = pick(CHARGES);
        const measure: Row =
          isDetained && k === 0 ? { measure: 'Tạm giam', measure_start: dmy(addDays(opened, 1)) } : {};
        out.push({ ...base, ...person, article, clause, ...measure });
      }
    }
  }
  return out;
};

/** The rows as the CSV a legacy system exports (English column names, UTF-8). */
export const toCsv = (rows: readonly Row[]) =>
  `${Papa.unparse([KEYS, ...rows.map((r) => KEYS.map((k) => r[k] ?? ''))], { newline: '\r\n' })}\r\n`;

import {
  CASE_STAGES,
  type CaseStage,
  foldText,
  isLegalDate,
  isLegalDateTime,
  type LegalDate,
  MEASURE_KINDS,
  MEASURE_LABELS,
  type MeasureKind,
  SECRECY_LEVELS,
  type Secrecy,
  STAGE_LABELS,
} from '@eprocuracy/domain';

const pad = (n: string) => n.padStart(2, '0');

/**
 * A calendar date as legacy systems write it: ISO (2024-03-05), Vietnamese day-first (05/03/2024, 5-3-2024,
 * 05.03.2024). Undefined when it is not a real date.
 */
export const parseDate = (text: string): LegalDate | undefined => {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : [];
  if (!y || !m || !d) return undefined;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return isLegalDate(date) ? date : undefined;
};

/** A date with an optional time (05/03/2024 14:30, 2024-03-05T14:30), as 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm'. */
export const parseMoment = (text: string): string | undefined => {
  const match = /^(.+?)(?:[ T]+(\d{1,2})[:hg](\d{2}))?$/i.exec(text.trim());
  const date = match?.[1] ? parseDate(match[1]) : undefined;
  if (!date || !match) return undefined;
  if (match[2] === undefined) return date;
  const moment = `${date}T${pad(match[2])}:${match[3]}`;
  return isLegalDateTime(moment) ? moment : undefined;
};

/** Looks a value up by its code or its Vietnamese or English label, ignoring case and diacritics. */
const lookup = <T extends string>(codes: readonly T[], labels: Partial<Record<T, { vi: string; en: string }>>) => {
  const byName = new Map<string, T>();
  for (const code of codes) {
    byName.set(foldText(code.replace(/_/g, ' ')), code);
    const label = labels[code];
    if (label) {
      byName.set(foldText(label.vi), code);
      byName.set(foldText(label.en), code);
    }
  }
  return (text: string): T | undefined => byName.get(foldText(text.replace(/_/g, ' ')));
};

export const parseStage: (text: string) => CaseStage | undefined = lookup(CASE_STAGES, STAGE_LABELS);

const measureByName = lookup(MEASURE_KINDS, MEASURE_LABELS);
/** Short names legacy registers use beside the labels. */
const MEASURE_SHORT_NAMES: Record<string, MeasureKind> = { 'dat tien': 'deposit', 'bat giu': 'arrest' };
/** A preventive measure by its code, its label or a short name. */
export const parseMeasureKind = (text: string): MeasureKind | undefined =>
  measureByName(text) ?? MEASURE_SHORT_NAMES[foldText(text)];

const SECRECY_LABELS: Record<Secrecy, { vi: string; en: string }> = {
  normal: { vi: 'Thường', en: 'Normal' },
  secret: { vi: 'Mật', en: 'Secret' },
  top_secret: { vi: 'Tối mật', en: 'Top secret' },
  absolute_secret: { vi: 'Tuyệt mật', en: 'Absolute secret' },
};
export const parseSecrecy: (text: string) => Secrecy | undefined = lookup(SECRECY_LEVELS, SECRECY_LABELS);

const SEXES: Record<string, 'male' | 'female'> = {
  nam: 'male',
  male: 'male',
  m: 'male',
  nu: 'female',
  female: 'female',
  f: 'female',
};
export const parseSex = (text: string): 'male' | 'female' | undefined => SEXES[foldText(text)];

/** "173", "Điều 173", "217a" → the article as the Penal Code numbers it. */
export const parseArticle = (text: string): string | undefined => {
  const match = /^(?:đ|d)?(?:iều|ieu)?\s*(\d{1,3}[a-z]?)$/i.exec(text.trim().toLowerCase());
  return match?.[1];
};

/** "2", "Khoản 2", "k2" → 2 (the Code has at most a handful of clauses; 20 is a safe ceiling). */
export const parseClause = (text: string): number | undefined => {
  const match = /^(?:khoản|khoan|k)?\s*(\d{1,2})$/i.exec(text.trim());
  const n = match ? Number(match[1]) : Number.NaN;
  return Number.isInteger(n) && n >= 1 && n <= 20 ? n : undefined;
};

/** "d", "điểm đ", "đ)" → the point letter (Vietnamese alphabet, đ included). */
export const parsePoint = (text: string): string | undefined => {
  const match = /^(?:điểm|diem)?\s*([a-zđ])\)?$/i.exec(text.trim().toLowerCase());
  return match?.[1];
};

/**
 * CCCD (12 digits) or an old CMND (9 digits). Excel turns a number-typed CCCD into 11 digits by dropping the
 * leading 0 of the province code (001–096); such a value is given its zero back.
 */
export const parseIdNumber = (text: string): string | undefined => {
  const digits = text.trim().replace(/[\s.]/g, '');
  if (/^\d{11}$/.test(digits)) return `0${digits}`;
  return /^(\d{9}|\d{12})$/.test(digits) ? digits : undefined;
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Free text as the single-record forms accept it (zText): at most `max` characters, no control characters. */
export const textProblem = (text: string, max: number): { vi: string; en: string } | undefined => {
  if (text.length > max) return { vi: `Tối đa ${max} ký tự`, en: `At most ${max} characters` };
  if (CONTROL.test(text)) return { vi: 'Có ký tự điều khiển', en: 'Contains control characters' };
  return undefined;
};

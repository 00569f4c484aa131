/**
 * Legal calendar dates as 'YYYY-MM-DD' strings and local date-times as 'YYYY-MM-DDTHH:mm'
 * (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight saving). Arithmetic runs on integer day
 * numbers, never on JS `Date`, so the host's time zone cannot shift a legal date.
 */
export type LegalDate = string;
export type LegalDateTime = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** True for a leap year of the Gregorian calendar. */
export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Number of days in month `m` (1–12) of year `y`. */
export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** True when `value` is a real calendar date written 'YYYY-MM-DD' (years 1900–9999). */
export const isLegalDate = (value: unknown): value is LegalDate => {
  if (typeof value !== 'string') return false;
  const match = DATE_RE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
};

/** True when `value` is a local date-time written 'YYYY-MM-DDTHH:mm'. */
export const isLegalDateTime = (value: unknown): value is LegalDateTime => {
  if (typeof value !== 'string') return false;
  const match = DATE_TIME_RE.exec(value);
  return !!match && isLegalDate(match[1]) && Number(match[2]) <= 23 && Number(match[3]) <= 59;
};

const partsOf = (date: LegalDate): [number, number, number] => {
  if (!isLegalDate(date)) throw new RangeError(`Not a legal date (YYYY-MM-DD): ${date}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const formatParts = (y: number, m: number, d: number): LegalDate => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export const toDayNumber = (date: LegalDate): number => {
  const [year, m, d] = partsOf(date);
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

/** The date `n` days after 1970-01-01 (inverse of `toDayNumber`). */
export const fromDayNumber = (n: number): LegalDate => {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return formatParts(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
};

/** `date` moved by `n` calendar days (negative goes back). */
export const addDays = (date: LegalDate, n: number): LegalDate => fromDayNumber(toDayNumber(date) + n);

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LegalDate, to: LegalDate): number => toDayNumber(to) - toDayNumber(from);

/** The same-numbered day `n` months later, or the last day of that month if it has no such day (Art. 134(1)). */
export const addMonths = (date: LegalDate, n: number): LegalDate => {
  const [y, m, d] = partsOf(date);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatParts(year, month, Math.min(d, daysInMonth(year, month)));
};

/** -1, 0 or 1 as `a` is before, equal to or after `b` (works on dates and on date-times). */
export const compareDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export const isoWeekday = (date: LegalDate): number => ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;

/** The date part of a date-time, or the date itself. */
export const datePart = (value: LegalDate | LegalDateTime): LegalDate => value.slice(0, 10);

/** A local date-time moved by `hours` (Vietnam keeps UTC+7 all year, so hours add without gaps). */
export const addHours = (dateTime: LegalDateTime, hours: number): LegalDateTime => {
  const match = DATE_TIME_RE.exec(dateTime);
  if (!match || !isLegalDateTime(dateTime)) throw new RangeError(`Not a local date-time: ${dateTime}`);
  const minutes = toDayNumber(match[1] as string) * 1440 + Number(match[2]) * 60 + Number(match[3]) + hours * 60;
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  return `${fromDayNumber(day)}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`;
};

/** Minutes from one local date-time to another. */
export const minutesBetween = (from: LegalDateTime, to: LegalDateTime): number => {
  const toMinutes = (v: LegalDateTime): number =>
    toDayNumber(v.slice(0, 10)) * 1440 + Number(v.slice(11, 13)) * 60 + Number(v.slice(14, 16));
  if (!isLegalDateTime(from) || !isLegalDateTime(to)) throw new RangeError(`Not a local date-time: ${from} / ${to}`);
  return toMinutes(to) - toMinutes(from);
};

/** 'DD/MM/YYYY' (and ' HH:mm' for a date-time), as Vietnamese documents write dates. */
export const formatViDate = (value: LegalDate | LegalDateTime): string => {
  const base = `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
  return value.length > 10 ? `${value.slice(11, 16)} ${base}` : base;
};

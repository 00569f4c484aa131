import { addDays, daysBetween, type LegalDate } from './calendar.ts';
import type { AnnualHoliday, DatedDay, DayOffCalendar, LocalizedText } from './day-off.ts';

/*
 * DEFAULT DATA, NOT LAW. Administrators maintain the day-off calendar; these defaults are a
 * best-effort reading of the Labour Code 2019 Art. 112 (and Art. 111(3): a holiday on a weekly day
 * off moves to the next working day) and of the yearly holiday schedules for civil servants.
 * Lunar holidays (Tết, Hùng Kings = 10/3 lunar) cannot be computed here and come as dated entries.
 * 2025 and 2026 follow the published schedules; 2027 was not published when this was written and
 * applies Art. 112 + 111(3) literally — check it against the official notice and correct it.
 * Politburo Resolution 80-NQ/TW (2026) makes 24/11 "Ngày Văn hóa Việt Nam" a paid day off once
 * Art. 112(1) is amended; add it here (or in the administered table) from the amendment's date.
 */

const t = (vi: string, en: string): LocalizedText => ({ vi, en });
const TET = t('Tết Nguyên đán', 'Lunar New Year (Tết)');
const HUNG_KINGS = t('Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings Commemoration (10/3 lunar)');
const NATIONAL_DAY_ADJACENT = t('Quốc khánh (ngày liền kề 02/9)', 'National Day (day adjacent to 2 Sep)');
const COMPENSATORY = t('Nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần', 'Compensatory day off (holiday fell on a weekend)');
const SWAPPED = t('Nghỉ hoán đổi (đã làm bù)', 'Swapped day off (worked on a make-up day)');
const MAKE_UP = t('Ngày làm bù', 'Official make-up working day');

const span = (from: LegalDate, to: LegalDate, name: LocalizedText): DatedDay[] =>
  Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => ({ date: addDays(from, i), name }));

/** Labour Code 2019 Art. 112(1)(a), (c), (d), (đ): holidays on fixed solar dates. */
export const VN_ANNUAL_HOLIDAYS: readonly AnnualHoliday[] = [
  { month: 1, day: 1, name: t('Tết Dương lịch', "New Year's Day") },
  { month: 4, day: 30, name: t('Ngày Chiến thắng (30/4)', 'Reunification Day (30 Apr)') },
  { month: 5, day: 1, name: t('Ngày Quốc tế lao động (1/5)', 'International Labour Day (1 May)') },
  { month: 9, day: 2, name: t('Quốc khánh (02/9)', 'National Day (2 Sep)') },
];

/** Dated days off for 2025–2027 (Tết 29/01/2025, 17/02/2026, 06/02/2027; Hùng Kings 07/04/2025, 26/04/2026, 16/04/2027). */
export const VN_DATED_DAYS_OFF: readonly DatedDay[] = [
  // 2025: Tết 25/01–02/02; 30/4–04/5 with 02/5 swapped for Saturday 26/4; National Day 01–02/9.
  ...span('2025-01-25', '2025-02-02', TET),
  { date: '2025-04-07', name: HUNG_KINGS },
  { date: '2025-05-02', name: SWAPPED },
  { date: '2025-09-01', name: NATIONAL_DAY_ADJACENT },
  // 2026: 02/01 swapped for Saturday 10/01; Tết 14/02–22/02; Hùng Kings falls on Sunday 26/4 → Monday 27/4;
  // National Day 01–02/9 with Monday 31/8 swapped for Saturday 22/8.
  { date: '2026-01-02', name: SWAPPED },
  ...span('2026-02-14', '2026-02-22', TET),
  { date: '2026-04-26', name: HUNG_KINGS },
  { date: '2026-04-27', name: COMPENSATORY },
  { date: '2026-08-31', name: SWAPPED },
  { date: '2026-09-01', name: NATIONAL_DAY_ADJACENT },
  // 2027 (best effort): five Tết days 04–08/02, Saturday 06/02 and Sunday 07/02 compensated on 09–10/02;
  // 1/5 is a Saturday → Monday 03/5; National Day 02/9 (Thursday) + Friday 03/9.
  ...span('2027-02-04', '2027-02-08', TET),
  { date: '2027-02-09', name: COMPENSATORY },
  { date: '2027-02-10', name: COMPENSATORY },
  { date: '2027-04-16', name: HUNG_KINGS },
  { date: '2027-05-03', name: COMPENSATORY },
  { date: '2027-09-03', name: NATIONAL_DAY_ADJACENT },
];

/** Official make-up working days (ngày làm bù): Saturdays worked in exchange for a swapped day off. */
export const VN_MAKE_UP_WORKING_DAYS: readonly DatedDay[] = [
  { date: '2025-04-26', name: MAKE_UP },
  { date: '2026-01-10', name: MAKE_UP },
  { date: '2026-08-22', name: MAKE_UP },
];

/** The shipped default calendar: Saturday and Sunday off, plus the holidays above. */
export const VN_DEFAULT_DAY_OFF_CALENDAR: DayOffCalendar = {
  weekendDays: [6, 7],
  annualHolidays: VN_ANNUAL_HOLIDAYS,
  daysOff: VN_DATED_DAYS_OFF,
  makeUpWorkingDays: VN_MAKE_UP_WORKING_DAYS,
};

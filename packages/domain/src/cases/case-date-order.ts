import type { FieldError } from '../errors/codes.ts';
import { compareDates, formatViDate, isLegalDate, type LegalDate } from '../procedure/calendar.ts';
import type { CaseSnapshot } from './case-snapshot.ts';

type DatedField = { field: string; date: LegalDate | undefined; vi: string; en: string };

/** Documents that each round of the procedure produces anew after the file is sent back. */
const ROUND_FIELDS: readonly string[] = ['conclusion.date', 'indictment.date', 'judgment.date'];

const err = (field: string, vi: string, en: string): FieldError => ({ field, vi, en });

/** The case's dates in procedural order: offence, report, opening, charging, conclusion, indictment, judgment. */
const datedFields = (snapshot: CaseSnapshot): DatedField[] => [
  { field: 'offenceDate', date: snapshot.offenceDate, vi: 'ngày phạm tội', en: 'offence date' },
  { field: 'reportReceivedOn', date: snapshot.reportReceivedOn, vi: 'ngày tiếp nhận nguồn tin', en: 'report date' },
  { field: 'opening.date', date: snapshot.opening?.date, vi: 'ngày khởi tố vụ án', en: 'opening date' },
  ...snapshot.defendants.map((d, i) => ({
    field: `defendants.${i}.chargedOn`,
    date: d.chargedOn,
    vi: 'ngày khởi tố bị can',
    en: 'charging date',
  })),
  { field: 'conclusion.date', date: snapshot.conclusion?.date, vi: 'ngày kết luận điều tra', en: 'conclusion date' },
  { field: 'indictment.date', date: snapshot.indictment?.date, vi: 'ngày cáo trạng', en: 'indictment date' },
  { field: 'judgment.date', date: snapshot.judgment?.date, vi: 'ngày tuyên án', en: 'judgment date' },
];

/**
 * A later step dated before an earlier one is no error when the file was sent back between them: the
 * earlier-dated document is of the previous round (the indictment before a court's return, Art. 280(1),
 * 326(3)(a); the judgment before an annulment for re-investigation, Art. 358), the later-dated one of the new.
 */
const isEarlierRound = (item: DatedField, before: DatedField, returnDates: readonly LegalDate[]): boolean =>
  ROUND_FIELDS.includes(item.field) &&
  returnDates.some(
    (returned) =>
      compareDates(item.date as string, returned) <= 0 && compareDates(returned, before.date as string) <= 0,
  );

const checkDate = (item: DatedField, today: LegalDate): FieldError | undefined => {
  if (!isLegalDate(item.date))
    return err(item.field, `${item.vi} không hợp lệ (YYYY-MM-DD)`, `Invalid ${item.en} (YYYY-MM-DD)`);
  if (compareDates(item.date, today) <= 0) return undefined;
  return err(
    item.field,
    `${item.vi} ở tương lai (${formatViDate(item.date)})`,
    `The ${item.en} is in the future (${item.date})`,
  );
};

/** Each return of the file: a valid date, not in the future, not before the opening. */
const checkReturns = (snapshot: CaseSnapshot, today: LegalDate): FieldError[] => {
  const opened = snapshot.opening?.date;
  return (snapshot.returnDates ?? []).flatMap((date, i) => {
    const returned: DatedField = {
      field: `returnDates.${i}`,
      date,
      vi: 'ngày trả hồ sơ để điều tra',
      en: 'date the file was sent back',
    };
    const invalid = checkDate(returned, today);
    if (invalid) return [invalid];
    if (!isLegalDate(opened) || compareDates(date, opened) >= 0) return [];
    return [
      err(returned.field, `${returned.vi} trước ngày khởi tố vụ án`, `The ${returned.en} is before the opening date`),
    ];
  });
};

/**
 * Dates that are invalid, in the future, or out of procedural order (report ≤ opening ≤ charging ≤
 * conclusion ≤ indictment ≤ judgment). Defendants' charging dates follow the case's dates but are not
 * ordered among themselves. A document of a round before a return of the file is not compared with
 * what came after that return (`returnDates`).
 */
export const validateCaseDates = (snapshot: CaseSnapshot, today: LegalDate): FieldError[] => {
  const errors: FieldError[] = [];
  const returnDates = (snapshot.returnDates ?? []).filter((d) => isLegalDate(d));
  let latest: DatedField | undefined;
  let latestCharging: DatedField | undefined;
  for (const item of datedFields(snapshot)) {
    if (item.date === undefined) continue;
    const invalid = checkDate(item, today);
    if (invalid) errors.push(invalid);
    if (!isLegalDate(item.date)) continue;
    const isCharging = item.field.endsWith('chargedOn');
    if (!isCharging && latestCharging) {
      if (!latest || compareDates(latestCharging.date as string, latest.date as string) > 0) latest = latestCharging;
      latestCharging = undefined;
    }
    if (latest && compareDates(item.date, latest.date as string) < 0 && !isEarlierRound(item, latest, returnDates)) {
      errors.push(err(item.field, `${item.vi} trước ${latest.vi}`, `The ${item.en} is before the ${latest.en}`));
    }
    if (!isCharging) latest = item;
    else if (!latestCharging || compareDates(item.date, latestCharging.date as string) > 0) latestCharging = item;
  }
  return [...errors, ...checkReturns(snapshot, today)];
};

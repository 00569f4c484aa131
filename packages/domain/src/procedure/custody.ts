import { type LegalDateTime, minutesBetween } from './calendar.ts';
import type { LocalizedText } from './day-off.ts';
import { detentionDays } from './period-math.ts';
import type { PeriodAmount } from './rule-types.ts';

/** Custody days between two moments: each started 24 hours counts as a day (Art. 118(4) CPC). */
export const countCustodyDays = (from: LegalDateTime, to: LegalDateTime): number => {
  const minutes = minutesBetween(from, to);
  if (minutes < 0) throw new RangeError(`Custody ends before it starts: ${from} → ${to}`);
  return Math.ceil(minutes / 1440);
};

export type DeductedDetention = { days: number; months: number; extraDays: number; text: LocalizedText };

/**
 * The detention period left after deducting custody days (Art. 118(4): one custody day is one
 * detention day; Art. 134(1): a month of detention is 30 days), written the way the order writes
 * it ("01 tháng 27 ngày", TTLT 04/2018 Art. 17 example 1).
 */
export const deductCustody = ({
  detention,
  custodyDays,
}: {
  detention: PeriodAmount;
  custodyDays: number;
}): DeductedDetention => {
  const total = detentionDays(detention);
  if (!Number.isInteger(custodyDays) || custodyDays < 0 || custodyDays >= total) {
    throw new RangeError(`Custody days must be a whole number from 0 to ${total - 1}: ${custodyDays}`);
  }
  const days = total - custodyDays;
  const months = Math.floor(days / 30);
  const extraDays = days - months * 30;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const vi = [months ? `${pad(months)} tháng` : '', extraDays ? `${pad(extraDays)} ngày` : '']
    .filter(Boolean)
    .join(' ');
  const en = [
    months ? `${months} month${months === 1 ? '' : 's'}` : '',
    extraDays ? `${extraDays} day${extraDays === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { days, months, extraDays, text: { vi, en } };
};

import type { LocalizedText } from '@eprocuracy/domain';
import type { TFunction } from 'i18next';
import { formatDate } from '../crime-reports/report-options.ts';
import { useLang } from '../i18n/use-lang.ts';

export { formatDate };

/** A date (dd/mm/yyyy) or a local date-time (HH:mm dd/mm/yyyy) as the deadline engine writes them. */
export const formatMoment = (value: string): string => {
  const time = /T(\d{2}:\d{2})/.exec(value)?.[1];
  return time ? `${time} ${formatDate(value)}` : formatDate(value);
};

/** A UTC timestamp in Vietnam's time, short. */
export const formatDateTime = (iso: string): string =>
  new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(iso),
  );

/** Picks the text of the current language from a {vi, en} pair. */
export const useLocalized = () => {
  const lang = useLang();
  return (text: LocalizedText | undefined | null): string => (text ? (lang === 'en' ? text.en : text.vi) : '');
};

type ChargeRef = { article: string; clause?: number | null; point?: string | null };

/** "điểm a khoản 2 Điều 173 BLHS" / "Art. 173(2)(a) PC". */
export const chargeRef = (t: TFunction, charge: ChargeRef): string =>
  t('cases.chargeRef', {
    article: charge.article,
    clause: charge.clause ? t('cases.chargeClause', { clause: charge.clause }) : '',
    point: charge.point ? t('cases.chargePoint', { point: charge.point }) : '',
  });

/** "2 tháng", "15 ngày", "1 tháng 10 ngày". */
export const periodText = (t: TFunction, period: { months?: number; days?: number } | null | undefined): string => {
  if (!period) return '';
  const parts = [
    period.months ? t('cases.months', { count: period.months }) : '',
    period.days ? t('cases.days', { count: period.days }) : '',
  ];
  return parts.filter(Boolean).join(' ');
};

/** A length as the law states it: "2 tháng", "20 ngày", "12 giờ". */
export const amountText = (t: TFunction, amount: { amount: number; unit: 'hours' | 'days' | 'months' }): string =>
  t(`cases.${amount.unit}`, { count: amount.amount });

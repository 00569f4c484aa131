import type { PenaltyKind, PenaltyRange } from '@eprocuracy/domain';
import type { TFunction } from 'i18next';

/** A term in months as the Code writes it: "6 tháng", "3 năm", "2 năm 6 tháng". */
export const termText = (t: TFunction, months: number): string => {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return [years ? t('cases.years', { count: years }) : '', rest ? t('cases.months', { count: rest }) : '']
    .filter(Boolean)
    .join(' ');
};

const money = (vnd: number) => vnd.toLocaleString('vi-VN');

const kindText = (t: TFunction, kind: PenaltyKind, range: PenaltyRange): string => {
  const { minMonths, maxMonths, reformMaxMonths, fineMin, fineMax } = range;
  switch (kind) {
    case 'fine':
      return fineMin !== undefined && fineMax !== undefined
        ? t('cases.penalty.fineRange', { min: money(fineMin), max: money(fineMax) })
        : t('cases.penalty.fine');
    case 'non_custodial_reform':
      return reformMaxMonths
        ? t('cases.penalty.reformUpTo', { max: termText(t, reformMaxMonths) })
        : t('cases.penalty.reform');
    case 'imprisonment':
      if (minMonths && maxMonths) {
        return t('cases.penalty.prisonRange', { min: termText(t, minMonths), max: termText(t, maxMonths) });
      }
      return maxMonths ? t('cases.penalty.prisonUpTo', { max: termText(t, maxMonths) }) : t('cases.penalty.prison');
    case 'warning':
    case 'expulsion':
    case 'life':
    case 'death':
      return t(`cases.penalty.${kind}`);
  }
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A clause's principal penalty range in words: "Phạt cải tạo không giam giữ đến 3 năm hoặc phạt tù từ 6 tháng đến 3 năm". */
export const penaltyText = (t: TFunction, range: PenaltyRange | undefined): string =>
  range ? capitalise(range.kinds.map((k) => kindText(t, k, range)).join(t('cases.penalty.or'))) : '';

import {
  CRIME_REPORT_KINDS,
  CRIME_REPORT_STATUSES,
  SECRECY_LEVELS,
  type Secrecy,
  secrecyRank,
} from '@eprocuracy/domain';
import type { TFunction } from 'i18next';

/** Select options for the crime-report vocabularies, labelled in the current language. */
export const reportOptions = (t: TFunction, clearance: Secrecy = 'absolute_secret') => ({
  kinds: CRIME_REPORT_KINDS.map((k) => ({ value: k, label: t(`crimeReports.kind.${k}`) })),
  statuses: CRIME_REPORT_STATUSES.map((s) => ({ value: s, label: t(`crimeReports.status.${s}`) })),
  // Nobody may classify a report above their own clearance, so higher levels are not offered.
  secrecy: SECRECY_LEVELS.filter((s) => secrecyRank(s) <= secrecyRank(clearance)).map((s) => ({
    value: s,
    label: t(`vocab.secrecy.${s}`),
  })),
});

/** Formats an ISO date (or date-time) as dd/mm/yyyy, the way Vietnamese documents write dates. */
export const formatDate = (iso: string): string => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

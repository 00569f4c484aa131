import {
  CASE_STAGES,
  CRIME_CATEGORIES,
  CRIME_CATEGORY_LABELS,
  type LocalizedText,
  SECRECY_LEVELS,
  type Secrecy,
  STAGE_LABELS,
  secrecyRank,
} from '@eprocuracy/domain';
import type { TFunction } from 'i18next';

/** Select options of the case vocabularies in the current language. */
export const caseOptions = (t: TFunction, localized: (text: LocalizedText) => string, clearance?: Secrecy) => ({
  stages: CASE_STAGES.map((s) => ({ value: s, label: localized(STAGE_LABELS[s]) })),
  categories: CRIME_CATEGORIES.map((c) => ({ value: c, label: localized(CRIME_CATEGORY_LABELS[c]) })),
  deadlines: [
    { value: '', label: t('cases.filter.anyDeadline') },
    { value: 'overdue', label: t('cases.filter.overdue') },
    { value: 'due_soon', label: t('cases.filter.dueSoon') },
    { value: 'none', label: t('cases.filter.noDeadline') },
  ],
  sorts: [
    { value: 'updated', label: t('cases.sort.updated') },
    { value: 'opened', label: t('cases.sort.opened') },
    { value: 'due', label: t('cases.sort.due') },
  ],
  // Nobody may classify a case above their own clearance.
  secrecy: SECRECY_LEVELS.filter((s) => !clearance || secrecyRank(s) <= secrecyRank(clearance)).map((s) => ({
    value: s,
    label: t(`vocab.secrecy.${s}`),
  })),
});

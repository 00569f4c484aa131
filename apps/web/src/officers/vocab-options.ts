import { OFFICER_STATUSES, POSITIONS, ROLES, SECRECY_LEVELS } from '@eprocuracy/domain';
import type { TFunction } from 'i18next';

/** Select options for the officer vocabularies, labelled in the current language. */
export const vocabOptions = (t: TFunction) => ({
  positions: POSITIONS.map((p) => ({ value: p, label: t(`vocab.position.${p}`) })),
  roles: ROLES.map((r) => ({ value: r, label: t(`vocab.role.${r}`) })),
  secrecy: SECRECY_LEVELS.map((s) => ({ value: s, label: t(`vocab.secrecy.${s}`) })),
  statuses: OFFICER_STATUSES.map((s) => ({ value: s, label: t(`vocab.officerStatus.${s}`) })),
});

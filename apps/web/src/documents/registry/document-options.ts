import {
  DOCUMENT_TYPES,
  type DocumentType,
  OUTGOING_TYPE_CODES,
  SECRECY_LEVELS,
  type Secrecy,
  secrecyRank,
  URGENCY_LEVELS,
} from '@eprocuracy/domain';
import type { TFunction } from 'i18next';

/** Select options of the registry forms, in the UI language; secrecy only up to the officer's clearance. */
export const documentOptions = (t: TFunction, lang: 'vi' | 'en', clearance: Secrecy) => ({
  incomingTypes: (Object.keys(DOCUMENT_TYPES) as DocumentType[]).map((code) => ({
    value: code,
    label: DOCUMENT_TYPES[code][lang],
  })),
  outgoingTypes: OUTGOING_TYPE_CODES.map((code) => ({ value: code, label: DOCUMENT_TYPES[code][lang] })),
  urgency: URGENCY_LEVELS.map((level) => ({ value: level, label: t(`documentRegistry.urgencyName.${level}`) })),
  secrecy: SECRECY_LEVELS.filter((level) => secrecyRank(level) <= secrecyRank(clearance)).map((level) => ({
    value: level,
    label: t(`vocab.secrecy.${level}`),
  })),
});

export const typeName = (type: DocumentType, lang: 'vi' | 'en') => DOCUMENT_TYPES[type][lang];

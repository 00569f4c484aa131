import type { LocalizedText } from '../procedure/day-off.ts';

/**
 * Preventive measures of Art. 109 CPC that the system tracks per defendant: arrest (Art. 110–113),
 * custody (Art. 117), detention (Art. 119), bail (Art. 121), deposit (Art. 122), residence ban
 * (Art. 123) and exit ban (Art. 124).
 */
export const MEASURE_KINDS = [
  'arrest',
  'custody',
  'detention',
  'bail',
  'deposit',
  'residence_ban',
  'exit_ban',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Measures that deprive the person of liberty; a defendant holds at most one at a time. */
export const CUSTODIAL_MEASURES: readonly MeasureKind[] = ['custody', 'detention'];

/** True for custody and detention. */
export const isCustodialMeasure = (kind: MeasureKind): boolean => CUSTODIAL_MEASURES.includes(kind);

export const MEASURE_LABELS: Record<MeasureKind, LocalizedText> = {
  arrest: { vi: 'Bắt người', en: 'Arrest' },
  custody: { vi: 'Tạm giữ', en: 'Custody' },
  detention: { vi: 'Tạm giam', en: 'Detention' },
  bail: { vi: 'Bảo lĩnh', en: 'Bail' },
  deposit: { vi: 'Đặt tiền để bảo đảm', en: 'Deposit as security' },
  residence_ban: { vi: 'Cấm đi khỏi nơi cư trú', en: 'Residence ban' },
  exit_ban: { vi: 'Tạm hoãn xuất cảnh', en: 'Exit ban' },
};

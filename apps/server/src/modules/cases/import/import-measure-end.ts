import {
  compareDates,
  computeMeasureEnd,
  datePart,
  daysBetween,
  formatViDate,
  type GrantedExtension,
  type LegalDate,
  MEASURE_LABELS,
  measureRuleId,
  type PreventiveMeasure,
  type ProcedureCategory,
} from '@eprocuracy/domain';

type Fitted = { ok: true; measure: PreventiveMeasure } | { ok: false; vi: string; en: string };

const dueOf = (measure: PreventiveMeasure, category: ProcedureCategory): LegalDate | undefined => {
  const result = computeMeasureEnd(measure, category);
  return result.ok ? datePart(result.due) : undefined;
};

const mismatch = (measure: PreventiveMeasure, end: LegalDate): Fitted => ({
  ok: false,
  vi: `${MEASURE_LABELS[measure.kind].vi} đến ngày ${formatViDate(end)} không khớp với cách tính thời hạn của Bộ luật Tố tụng hình sự`,
  en: `${MEASURE_LABELS[measure.kind].en} until ${end} does not match how the Criminal Procedure Code counts its period`,
});

/** The largest extension (in days) granted on `grantedOn` that does not carry the period past `end`. */
const largestExtension = (
  measure: PreventiveMeasure,
  end: LegalDate,
  from: LegalDate,
  grantedOn: LegalDate,
  category: ProcedureCategory,
): PreventiveMeasure | undefined => {
  const withDays = (days: number): PreventiveMeasure => ({
    ...measure,
    extensions: [...(measure.extensions ?? []), { days, grantedOn } satisfies GrantedExtension],
  });
  let [low, high] = [0, daysBetween(from, end) + 1];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const due = dueOf(withDays(mid), category);
    if (due !== undefined && compareDates(due, end) <= 0) low = mid;
    else high = mid - 1;
  }
  return low > 0 ? withDays(low) : undefined;
};

/**
 * A custody or detention (whose period the Code fixes, Art. 118, 173, 241) written as ending on `end`: a
 * detention shorter than the law's becomes the ordered length, a custody shorter than three days a release;
 * a longer one gets the extensions the law allows (each as long as its tier permits, granted on the last day
 * of the period it extends, at the latest today), so the deadline engine computes exactly that end. Other
 * measures keep `end` as the end written in the order.
 */
export const fitMeasureEnd = (
  measure: PreventiveMeasure,
  end: LegalDate | undefined,
  category: ProcedureCategory,
  today: LegalDate,
): Fitted => {
  if (measure.kind === 'arrest' || end === undefined) return { ok: true, measure };
  if (!measureRuleId(measure.kind, measure.stage)) return { ok: true, measure: { ...measure, orderedEnd: end } };
  const legal = computeMeasureEnd(measure, category);
  if (!legal.ok) return { ok: false, vi: legal.reason.vi, en: legal.reason.en };
  if (compareDates(datePart(legal.maxPossibleDue), end) < 0) {
    return {
      ok: false,
      vi: `Vượt thời hạn tối đa kể cả gia hạn (đến ${formatViDate(legal.maxPossibleDue)}; ${legal.basis ?? ''})`,
      en: `Beyond the longest period the law allows, extensions included (until ${legal.maxPossibleDue}; ${legal.basis ?? ''})`,
    };
  }
  const start = datePart(measure.start);
  if (measure.kind === 'custody' && compareDates(datePart(legal.due), end) >= 0) {
    // Custody is ordered for the Code's three days (Art. 118(1)); ending sooner is a release. Its hour is
    // unknown: the end of the day counts every started custody day, so deducting them never comes up short.
    const endedAt = `${end}T23:59`;
    return { ok: true, measure: compareDates(endedAt, legal.due) < 0 ? { ...measure, endedAt } : measure };
  }
  if (compareDates(datePart(legal.due), end) >= 0) {
    const days = daysBetween(start, end);
    for (const n of [days + 1, days, days + 2]) {
      const ordered = { ...measure, ordered: { days: n } };
      if (n > 0 && dueOf(ordered, category) === end) return { ok: true, measure: ordered };
    }
    return mismatch(measure, end);
  }
  let current = measure;
  for (let granted = 0; granted < 8; granted++) {
    const due = dueOf(current, category);
    if (due === undefined || compareDates(due, end) > 0) break;
    if (due === end) return { ok: true, measure: current };
    const grantedOn = compareDates(due, today) > 0 ? (compareDates(today, start) < 0 ? start : today) : due;
    const next = largestExtension(current, end, due, grantedOn, category);
    if (!next) break;
    current = next;
  }
  return mismatch(measure, end);
};

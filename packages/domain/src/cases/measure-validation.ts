import type { FieldError } from '../errors/codes.ts';
import { compareDates, datePart, daysBetween, formatViDate, type LegalDate } from '../procedure/calendar.ts';
import type { DayOffCalendar } from '../procedure/day-off.ts';
import { computeDeadline } from '../procedure/deadlines.ts';
import type { ProcedureCategory } from '../procedure/rule-types.ts';
import { isCustodialMeasure, MEASURE_LABELS } from './measure-kinds.ts';
import {
  computeMeasureEnd,
  custodyDaysServed,
  type MeasureStage,
  measureRuleId,
  type PreventiveMeasure,
} from './measures.ts';

// Any start works: custody and detention count straight through days off (Art. 134(1), 30-day months).
const REFERENCE_START = '2020-01-01';

/** The most days of custody and detention the law allows at a stage, every extension included (Art. 173, 241, 278(2)). */
export const maxDetentionDays = (stage: MeasureStage, category: ProcedureCategory): number | undefined => {
  const ruleId = measureRuleId('detention', stage);
  if (!ruleId) return undefined;
  const result = computeDeadline({ ruleId, start: REFERENCE_START, category });
  return result.ok ? daysBetween(REFERENCE_START, result.maxPossibleDue) + 1 : undefined;
};

export type ValidateMeasuresOptions = {
  category: ProcedureCategory;
  /** Last day of each stage's period, which bail, deposit, residence and exit bans may not pass (Art. 121(5), 122(4), 123(4), 124(3)). */
  stageEnds?: Partial<Record<MeasureStage, LegalDate>>;
  calendar?: DayOffCalendar;
};

type Placed = { index: number; measure: PreventiveMeasure; end: string };

const err = (field: string, vi: string, en: string): FieldError => ({ field, vi, en });

/**
 * Problems in one defendant's preventive measures, each naming the measure's field: invalid periods,
 * two custodial measures at once, custody days not deducted or deducted twice (Art. 118(4)), detention
 * at a stage beyond the legal maximum for the crime category (Art. 173, 241), non-custodial measures
 * beyond the stage's period.
 */
export const validateDefendantMeasures = (
  measures: readonly PreventiveMeasure[],
  { category, stageEnds = {}, calendar }: ValidateMeasuresOptions,
): FieldError[] => {
  const errors: FieldError[] = [];
  const placed: Placed[] = [];
  measures.forEach((measure, index) => {
    const end = computeMeasureEnd(measure, category, calendar);
    if (!end.ok) errors.push(err(`measures.${index}.${end.field}`, end.reason.vi, end.reason.en));
    else placed.push({ index, measure, end: end.end });
  });
  const defendants = new Set(measures.map((m) => m.defendantId));
  if (defendants.size > 1)
    errors.push(err('measures', 'Các biện pháp phải của cùng một bị can', 'All measures must belong to one defendant'));

  // By day, custody first: custody on the day a detention order starts precedes it (it is deducted from it).
  const rank = (p: Placed): number => (p.measure.kind === 'custody' ? 0 : 1);
  const custodial = placed
    .filter((p) => isCustodialMeasure(p.measure.kind))
    .sort((a, b) => compareDates(datePart(a.measure.start), datePart(b.measure.start)) || rank(a) - rank(b));
  custodial.forEach((later, i) => {
    // A detention order may start on the day custody ends (TTLT 04/2018 Art. 17, example 1).
    const clash = custodial
      .slice(0, i)
      .find((earlier) => compareDates(datePart(later.measure.start), datePart(earlier.end)) < 0);
    if (clash) {
      errors.push(
        err(
          `measures.${later.index}.start`,
          `${MEASURE_LABELS[later.measure.kind].vi} chồng lấn với ${MEASURE_LABELS[clash.measure.kind].vi.toLowerCase()} đến ${formatViDate(clash.end)}`,
          `${MEASURE_LABELS[later.measure.kind].en} overlaps ${MEASURE_LABELS[clash.measure.kind].en.toLowerCase()} until ${clash.end.replace('T', ' ')}`,
        ),
      );
    }
  });

  const served = placed.reduce((sum, p) => sum + custodyDaysServed(p.measure, category, calendar), 0);
  const detentions = placed.filter((p) => p.measure.kind === 'detention');
  const deducted = detentions.reduce((sum, p) => sum + (p.measure.custodyDaysDeducted ?? 0), 0);
  const firstDetention = detentions.find((p) => measureRuleId('detention', p.measure.stage));
  if (deducted > served) {
    errors.push(
      err(
        'measures',
        `Đã trừ ${deducted} ngày tạm giữ nhưng chỉ tạm giữ ${served} ngày (mỗi ngày tạm giữ chỉ trừ một lần, Điều 118 khoản 4 BLTTHS)`,
        `${deducted} custody days deducted but only ${served} served (each custody day is deducted once, Art. 118(4) CPC)`,
      ),
    );
  } else if (firstDetention && deducted < served) {
    errors.push(
      err(
        `measures.${firstDetention.index}.custodyDaysDeducted`,
        `Chưa trừ ${served - deducted} ngày tạm giữ vào thời hạn tạm giam (Điều 118 khoản 4 BLTTHS)`,
        `${served - deducted} custody days not deducted from detention (Art. 118(4) CPC)`,
      ),
    );
  }

  for (const stage of ['investigation', 'prosecution'] as const) {
    const max = maxDetentionDays(stage, category);
    const atStage = detentions.filter((p) => p.measure.stage === stage);
    if (max === undefined || atStage.length === 0) continue;
    const total = atStage.reduce(
      (sum, p) =>
        sum + daysBetween(datePart(p.measure.start), datePart(p.end)) + 1 + (p.measure.custodyDaysDeducted ?? 0),
      0,
    );
    if (total > max) {
      const first = atStage[0] as Placed;
      errors.push(
        err(
          `measures.${first.index}`,
          `Tổng thời gian tạm giữ, tạm giam ở giai đoạn này ${total} ngày, vượt mức tối đa ${max} ngày (${stage === 'investigation' ? 'Điều 173' : 'Điều 241'} BLTTHS)`,
          `Custody and detention at this stage total ${total} days, over the maximum of ${max} (${stage === 'investigation' ? 'Art. 173' : 'Art. 241'} CPC)`,
        ),
      );
    }
  }

  for (const p of placed) {
    const limit = stageEnds[p.measure.stage];
    if (isCustodialMeasure(p.measure.kind) || p.measure.kind === 'arrest' || !limit) continue;
    if (compareDates(datePart(p.end), limit) > 0) {
      errors.push(
        err(
          `measures.${p.index}.orderedEnd`,
          `${MEASURE_LABELS[p.measure.kind].vi} không được quá thời hạn của giai đoạn tố tụng (${formatViDate(limit)}; Điều 121 khoản 5, 122 khoản 4, 123 khoản 4, 124 khoản 3 BLTTHS)`,
          `${MEASURE_LABELS[p.measure.kind].en} may not outlast the stage's period (${limit}; Art. 121(5), 122(4), 123(4), 124(3) CPC)`,
        ),
      );
    }
  }
  return errors;
};

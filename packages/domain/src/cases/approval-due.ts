import { addHours, datePart, formatViDate, isLegalDate, isLegalDateTime } from '../procedure/calendar.ts';
import type { DayOffCalendar, LocalizedText } from '../procedure/day-off.ts';
import { computeDeadline } from '../procedure/deadlines.ts';
import { applyDayOffRule, countSegment, shiftsOnDayOff } from '../procedure/period-math.ts';
import { formatBasis } from '../procedure/rule-set.ts';
import { VN_DEFAULT_DAY_OFF_CALENDAR } from '../procedure/vn-day-off-defaults.ts';
import { type DecisionType, findDecisionType, type ProcuracyTimeLimit } from './decision-types.ts';

export type ApprovalDue =
  | { ok: true; kind: 'approval' | 'review'; due: string; basis: string; basisEn: string; steps: LocalizedText[] }
  | { ok: false; field: string; reason: LocalizedText };

const refuse = (field: string, vi: string, en: string): ApprovalDue => ({ ok: false, field, reason: { vi, en } });

/** The end of a short limit: hours from the moment received; days under Art. 134(1), start day not counted. */
type Counted = { end: string; steps: LocalizedText[] } | { error: LocalizedText };

const countLimit = (limit: ProcuracyTimeLimit, receivedAt: string, calendar: DayOffCalendar): Counted => {
  if (limit.ruleId) {
    // The versioned rule (same length for every category) wins, so an amendment needs no code change.
    const result = computeDeadline({ ruleId: limit.ruleId, start: receivedAt, category: 'minor', calendar });
    return result.ok ? { end: result.due, steps: result.steps } : { error: result.reason };
  }
  if (limit.hours !== undefined) {
    const end = addHours(receivedAt, limit.hours);
    const f = { vi: formatViDate(end), en: end.replace('T', ' ') };
    return {
      end,
      steps: [
        {
          vi: `${limit.hours} giờ kể từ khi nhận (${formatViDate(receivedAt)}): hết lúc ${f.vi}.`,
          en: `${limit.hours} hours from receipt (${receivedAt.replace('T', ' ')}): ends at ${f.en}.`,
        },
      ],
    };
  }
  const counted = countSegment('art134_general', datePart(receivedAt), { amount: limit.days, unit: 'days' }, false);
  const moved = applyDayOffRule(counted.end, shiftsOnDayOff('months_only', 'days'), calendar);
  return { end: moved.end, steps: [...counted.steps, ...moved.steps] };
};

/**
 * When the procuracy must decide on another body's decision: approve or refuse it within the type's
 * approval deadline (e.g. 12 hours for a custody extension, Art. 118(2); 3 days to approve charging a
 * suspect, Art. 179(3)), or review it within `procuracyReview` (15 days for a termination, Art. 230(3)).
 * Hours need `receivedAt` as 'YYYY-MM-DDTHH:mm'; days accept a date or a date-time.
 */
export const approvalDueAt = (
  decision: DecisionType | { typeCode: string },
  receivedAt: string,
  calendar: DayOffCalendar = VN_DEFAULT_DAY_OFF_CALENDAR,
): ApprovalDue => {
  const type = 'code' in decision ? decision : findDecisionType(decision.typeCode);
  if (!type) return refuse('typeCode', 'Không có loại quyết định này', 'No such decision type');
  const limit = type.approvalDeadline ?? type.procuracyReview;
  if (!limit) {
    return refuse(
      'typeCode',
      `"${type.label.vi}" không cần Viện kiểm sát phê chuẩn hoặc xem xét trong thời hạn`,
      `"${type.label.en}" needs no procuracy approval or review within a time limit`,
    );
  }
  const hourly = limit.hours !== undefined;
  if (hourly ? !isLegalDateTime(receivedAt) : !isLegalDate(receivedAt) && !isLegalDateTime(receivedAt)) {
    return hourly
      ? refuse(
          'receivedAt',
          'Thời hạn tính theo giờ: cần giờ nhận (YYYY-MM-DDTHH:mm)',
          'Hourly limit: give the time received (YYYY-MM-DDTHH:mm)',
        )
      : refuse('receivedAt', 'Ngày nhận không hợp lệ (YYYY-MM-DD)', 'Invalid date received (YYYY-MM-DD)');
  }
  const counted = countLimit(limit, receivedAt, calendar);
  if ('error' in counted) return { ok: false, field: 'receivedAt', reason: counted.error };
  const basis = formatBasis(limit.basis);
  return {
    ok: true,
    kind: type.approvalDeadline ? 'approval' : 'review',
    due: counted.end,
    basis: basis.vi,
    basisEn: basis.en,
    steps: [{ vi: `${type.label.vi} (${basis.vi}).`, en: `${type.label.en} (${basis.en}).` }, ...counted.steps],
  };
};

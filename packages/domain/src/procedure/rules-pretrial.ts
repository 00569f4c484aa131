import { art, each, months, once, p, rule, same, t, tier } from './rule-builders.ts';
import type { RuleSet } from './rule-types.ts';

const PROCURACY_172_5 = t('Viện kiểm sát có thẩm quyền (khoản 5 Điều 172)', 'The competent procuracy (Art. 172(5))');
const PROCURACY_173_3 = t('Viện kiểm sát có thẩm quyền (khoản 3 Điều 173)', 'The competent procuracy (Art. 173(3))');
const SUPREME_HEAD = t('Viện trưởng VKSND tối cao', 'Prosecutor General of the Supreme People’s Procuracy');

/** Crime reports, custody, investigation and detention: Art. 147, 118, 172, 173, 174 CPC. */
export const PRETRIAL_RULES: RuleSet = [
  rule({
    id: 'art147_settle_crime_report',
    basis: art(147, 1),
    label: t('Giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố', 'Settling a crime report'),
    startsFrom: t('ngày nhận được tố giác, tin báo, kiến nghị khởi tố', 'the day the report was received'),
    base: same(p(20, 'days')),
    extensions: [
      tier({
        mode: 'total_from_start',
        max: same(p(2, 'months')),
        count: once,
        approvedBy: t('Thủ trưởng cơ quan đang giải quyết', 'Head of the body settling the report'),
        basis: art(147, 2, undefined, 'TTLT 01/2017 Điều 11 khoản 1'),
      }),
      tier({
        max: same(p(2, 'months')),
        count: once,
        approvedBy: t(
          'Viện trưởng VKS cùng cấp hoặc VKS có thẩm quyền',
          'Head of the same-level or competent procuracy',
        ),
        basis: art(147, 2, undefined, 'TTLT 01/2017 Điều 11 khoản 2'),
        requestDaysBefore: 5,
      }),
    ],
  }),
  rule({
    id: 'art118_custody',
    basis: art(118, 1),
    label: t('Tạm giữ', 'Custody'),
    startsFrom: t('khi cơ quan điều tra nhận người bị giữ, bị bắt (giờ, ngày)', 'the hour the person was received'),
    base: same(p(3, 'days')),
    countingRule: 'custody_from_moment',
    dayOffShift: 'never',
    extensions: [
      tier({
        max: same(p(3, 'days')),
        count: once,
        approvedBy: t(
          'Người ra quyết định tạm giữ, VKS phê chuẩn',
          'The custody decision-maker, approved by the procuracy',
        ),
        basis: art(118, 2),
      }),
      tier({
        max: same(p(3, 'days')),
        count: once,
        approvedBy: t(
          'Người ra quyết định tạm giữ (trường hợp đặc biệt), VKS phê chuẩn',
          'The custody decision-maker (special case), approved by the procuracy',
        ),
        basis: art(118, 2),
      }),
    ],
  }),
  rule({
    id: 'art118_approve_custody_extension',
    basis: art(118, 2),
    label: t('VKS phê chuẩn hoặc không phê chuẩn gia hạn tạm giữ', 'Procuracy decides on a custody extension'),
    startsFrom: t('khi nhận hồ sơ đề nghị gia hạn tạm giữ', 'receipt of the extension request'),
    base: same(p(12, 'hours')),
    countingRule: 'elapsed_hours',
    dayOffShift: 'never',
  }),
  rule({
    id: 'art172_investigation',
    basis: art(172, 1),
    label: t('Thời hạn điều tra', 'Investigation period'),
    startsFrom: t('khi khởi tố vụ án', 'the decision to open the case'),
    base: months(2, 3, 4, 4),
    extensions: [
      tier({
        max: months(2, 3, 4, 4),
        count: once,
        approvedBy: PROCURACY_172_5,
        basis: art(172, 2),
        requestDaysBefore: 10,
      }),
      tier({
        max: months(null, 2, 4, 4),
        count: each(0, 1, 1, 2),
        approvedBy: PROCURACY_172_5,
        basis: art(172, 2),
        requestDaysBefore: 10,
      }),
      tier({
        max: months(null, null, null, 4),
        count: each(0, 0, 0, 1),
        approvedBy: SUPREME_HEAD,
        basis: art(172, 3),
        requestDaysBefore: 10,
      }),
    ],
  }),
  rule({
    id: 'art173_detention_investigation',
    basis: art(173, 1),
    label: t('Tạm giam để điều tra', 'Detention for investigation'),
    startsFrom: t(
      'ngày ghi trong lệnh tạm giam (đã trừ ngày tạm giữ)',
      'the date in the detention order (custody days deducted)',
    ),
    base: months(2, 3, 4, 4),
    countingRule: 'order_date_30_day_months',
    dayOffShift: 'never',
    extensions: [
      tier({
        max: months(1, 2, 3, 4),
        count: once,
        approvedBy: PROCURACY_173_3,
        basis: art(173, 2),
        requestDaysBefore: 10,
      }),
      tier({
        max: months(null, null, null, 4),
        count: each(0, 0, 0, 1),
        approvedBy: t('VKSND cấp tỉnh, VKS quân sự cấp quân khu', 'Provincial or military-region procuracy'),
        basis: art(173, 3, 'b'),
        requestDaysBefore: 10,
      }),
      tier({
        max: months(null, null, null, 4),
        count: each(0, 0, 0, 1),
        approvedBy: SUPREME_HEAD,
        basis: art(173, 6),
        requestDaysBefore: 10,
      }),
    ],
  }),
  rule({
    id: 'art174_resumed_investigation',
    basis: art(174, 1),
    label: t('Thời hạn phục hồi điều tra', 'Resumed investigation'),
    startsFrom: t('khi có quyết định phục hồi điều tra', 'the decision to resume the investigation'),
    base: months(2, 2, 3, 3),
    extensions: [
      tier({
        max: months(1, 2, 2, 3),
        count: once,
        approvedBy: PROCURACY_172_5,
        basis: art(174, 1),
        requestDaysBefore: 10,
      }),
    ],
  }),
  rule({
    id: 'art174_supplementary_by_procuracy',
    basis: art(174, 2),
    label: t('Điều tra bổ sung do VKS trả hồ sơ', 'Supplementary investigation (returned by the procuracy)'),
    startsFrom: t('ngày cơ quan điều tra nhận lại hồ sơ', 'the day the investigating body received the file back'),
    base: same(p(2, 'months')),
  }),
  rule({
    id: 'art174_supplementary_by_court',
    basis: art(174, 2),
    label: t('Điều tra bổ sung do Tòa án trả hồ sơ', 'Supplementary investigation (returned by the court)'),
    startsFrom: t('ngày cơ quan điều tra nhận lại hồ sơ', 'the day the investigating body received the file back'),
    base: same(p(1, 'months')),
  }),
];

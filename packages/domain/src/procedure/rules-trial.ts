import { art, days, each, once, p, rule, same, t, tier } from './rule-builders.ts';
import type { RuleSet } from './rule-types.ts';

const HEAD = t('Viện trưởng Viện kiểm sát', 'Head of the procuracy');

/** Prosecution, trial preparation, the court's detention, appeal and protest: Art. 240, 241, 277, 278, 333, 337 CPC. */
export const TRIAL_RULES: RuleSet = [
  rule({
    id: 'art240_prosecution_decision',
    basis: art(240, 1),
    label: t('Thời hạn quyết định việc truy tố', 'Deciding whether to prosecute'),
    startsFrom: t(
      'ngày nhận hồ sơ vụ án và bản kết luận điều tra',
      'receipt of the case file and investigation conclusion',
    ),
    base: days(20, 20, 30, 30),
    extensions: [tier({ max: days(10, 10, 15, 30), count: once, approvedBy: HEAD, basis: art(240, 1) })],
  }),
  rule({
    id: 'art240_deliver_decision',
    basis: art(240, 2),
    label: t(
      'Giao cáo trạng, quyết định đình chỉ, tạm đình chỉ',
      'Delivering the indictment or termination/suspension decision',
    ),
    startsFrom: t('ngày ra quyết định', 'the date of the decision'),
    base: same(p(3, 'days')),
    extensions: [
      tier({
        max: same(p(10, 'days')),
        count: once,
        approvedBy: t('Viện kiểm sát (vụ án phức tạp)', 'The procuracy (complex case)'),
        basis: art(240, 2),
      }),
    ],
  }),
  rule({
    id: 'art241_detention_prosecution',
    basis: art(241),
    label: t('Tạm giam trong giai đoạn truy tố', 'Detention during prosecution'),
    startsFrom: t('ngày ghi trong lệnh tạm giam', 'the date in the detention order'),
    base: days(20, 20, 30, 30),
    countingRule: 'order_date_30_day_months',
    dayOffShift: 'never',
    extensions: [tier({ max: days(10, 10, 15, 30), count: once, approvedBy: HEAD, basis: art(240, 1) })],
  }),
  rule({
    id: 'art277_trial_preparation',
    basis: art(277, 1),
    label: t('Thời hạn chuẩn bị xét xử sơ thẩm', 'First-instance trial preparation'),
    startsFrom: t('ngày thụ lý vụ án', 'the day the court accepted the case'),
    base: each(p(30, 'days'), p(45, 'days'), p(2, 'months'), p(3, 'months')),
    extensions: [
      tier({
        max: days(15, 15, 30, 30),
        count: once,
        approvedBy: t('Chánh án Tòa án', 'President of the court'),
        basis: art(277, 1),
      }),
    ],
  }),
  rule({
    id: 'art277_after_supplementary',
    basis: art(277, 2),
    label: t('Đưa vụ án ra xét xử sau điều tra bổ sung', 'Scheduling trial after supplementary investigation'),
    startsFrom: t('ngày Tòa án nhận lại hồ sơ', 'the day the court received the file back'),
    base: same(p(15, 'days')),
  }),
  rule({
    id: 'art277_open_hearing',
    basis: art(277, 3),
    label: t('Mở phiên tòa', 'Opening the hearing'),
    startsFrom: t('ngày có quyết định đưa vụ án ra xét xử', 'the decision to bring the case to trial'),
    base: same(p(15, 'days')),
    extensions: [
      tier({
        mode: 'total_from_start',
        max: same(p(30, 'days')),
        count: once,
        approvedBy: t('Tòa án (bất khả kháng, trở ngại khách quan)', 'The court (force majeure or objective obstacle)'),
        basis: art(277, 3),
      }),
    ],
  }),
  rule({
    id: 'art278_detention_trial',
    basis: art(278, 2),
    label: t('Tạm giam để chuẩn bị xét xử sơ thẩm', 'Detention for the first-instance trial'),
    startsFrom: t('ngày ghi trong quyết định tạm giam của Tòa án', 'the date in the court’s detention order'),
    // Art. 278(2): no longer than the trial preparation period of Art. 277(1), its extension included.
    base: each(p(30, 'days'), p(45, 'days'), p(2, 'months'), p(3, 'months')),
    countingRule: 'order_date_30_day_months',
    dayOffShift: 'never',
    extensions: [
      tier({
        max: days(15, 15, 30, 30),
        count: once,
        approvedBy: t('Chánh án, Phó Chánh án Tòa án', 'President or Vice-President of the court'),
        basis: art(277, 1),
      }),
    ],
  }),
  rule({
    id: 'art333_appeal_judgment',
    basis: art(333, 1),
    label: t('Kháng cáo bản án sơ thẩm', 'Appeal against a first-instance judgment'),
    startsFrom: t(
      'ngày tuyên án (hoặc ngày nhận, niêm yết bản án nếu vắng mặt)',
      'the day of pronouncement (or service, if absent)',
    ),
    base: same(p(15, 'days')),
  }),
  rule({
    id: 'art333_appeal_decision',
    basis: art(333, 2),
    label: t('Kháng cáo quyết định sơ thẩm', 'Appeal against a first-instance decision'),
    startsFrom: t('ngày nhận được quyết định', 'the day the decision was received'),
    base: same(p(7, 'days')),
  }),
  rule({
    id: 'art337_protest_judgment_same_level',
    basis: art(337, 1),
    label: t('Kháng nghị bản án sơ thẩm (VKS cùng cấp)', 'Protest against a judgment (same-level procuracy)'),
    startsFrom: t('ngày Tòa án tuyên án', 'the day of pronouncement'),
    base: same(p(15, 'days')),
  }),
  rule({
    id: 'art337_protest_judgment_superior',
    basis: art(337, 1),
    label: t('Kháng nghị bản án sơ thẩm (VKS cấp trên trực tiếp)', 'Protest against a judgment (superior procuracy)'),
    startsFrom: t('ngày Tòa án tuyên án', 'the day of pronouncement'),
    base: same(p(30, 'days')),
  }),
  rule({
    id: 'art337_protest_decision_same_level',
    basis: art(337, 2),
    label: t('Kháng nghị quyết định sơ thẩm (VKS cùng cấp)', 'Protest against a decision (same-level procuracy)'),
    startsFrom: t('ngày Tòa án ra quyết định', 'the date of the court decision'),
    base: same(p(7, 'days')),
  }),
  rule({
    id: 'art337_protest_decision_superior',
    basis: art(337, 2),
    label: t(
      'Kháng nghị quyết định sơ thẩm (VKS cấp trên trực tiếp)',
      'Protest against a decision (superior procuracy)',
    ),
    startsFrom: t('ngày Tòa án ra quyết định', 'the date of the court decision'),
    base: same(p(15, 'days')),
  }),
];

import { art, t } from '../procedure/rule-builders.ts';
import { annulment, answers, decision, extendsRule, starts } from './decision-builders.ts';
import type { DecisionType } from './decision-types.ts';

const CUSTODY = 'art118_custody';
const THREE_DAYS_119 = { days: 3, basis: art(119, 5) } as const;

const chargeSuspect = decision({
  code: 'charge_suspect',
  label: t('Khởi tố bị can', 'Charge a suspect'),
  issuer: 'investigating_body',
  appliesTo: 'defendant',
  basis: art(179, 1),
  sendToProcuracyWithin: { hours: 24, basis: art(179, 3) },
  approvalDeadline: { days: 3, basis: art(179, 3) },
  refusalOutcome: 'annulled',
});

const emergencyArrest = decision({
  code: 'emergency_arrest',
  label: t('Lệnh bắt người bị giữ trong trường hợp khẩn cấp', 'Arrest of a person held in an emergency'),
  issuer: 'investigating_body',
  appliesTo: 'defendant',
  basis: art(110, 4),
  approvalDeadline: { hours: 12, basis: art(110, 6) },
  refusalOutcome: 'not_approved',
  measure: { kind: 'arrest', effect: 'apply' },
});

const arrestForDetention = decision({
  code: 'arrest_for_detention',
  label: t('Lệnh bắt bị can để tạm giam', 'Arrest of a defendant for detention'),
  issuer: 'investigating_body',
  appliesTo: 'defendant',
  basis: art(113, 1, 'a'),
  approvalDeadline: THREE_DAYS_119,
  refusalOutcome: 'not_approved',
  measure: { kind: 'arrest', effect: 'apply' },
});

const custody = decision({
  code: 'custody',
  label: t('Quyết định tạm giữ', 'Custody'),
  issuer: 'investigating_body',
  appliesTo: 'defendant',
  basis: art(117, 2),
  sendToProcuracyWithin: { hours: 12, basis: art(117, 4) },
  annulledBy: art(117, 4),
  deadlineEffects: [starts(CUSTODY)],
  measure: { kind: 'custody', effect: 'apply' },
});

const extendCustody = decision({
  code: 'extend_custody',
  label: t('Gia hạn tạm giữ', 'Extend custody'),
  issuer: 'investigating_body',
  appliesTo: 'defendant',
  basis: art(118, 2),
  approvalDeadline: { hours: 12, basis: art(118, 2), ruleId: 'art118_approve_custody_extension' },
  refusalOutcome: 'not_approved',
  deadlineEffects: [extendsRule(CUSTODY)],
  measure: { kind: 'custody', effect: 'extend' },
});

const detention = decision({
  code: 'detention',
  label: t('Lệnh tạm giam', 'Detention order'),
  issuer: 'investigating_body',
  appliesTo: 'defendant',
  basis: art(119, 5),
  approvalDeadline: THREE_DAYS_119,
  refusalOutcome: 'not_approved',
  deadlineEffects: [starts('art173_detention_investigation')],
  measure: { kind: 'detention', effect: 'apply' },
});

const bail = decision({
  code: 'bail',
  label: t('Quyết định cho bị can được bảo lĩnh', 'Bail'),
  issuer: 'investigating_body',
  appliesTo: 'defendant',
  basis: art(121, 4),
  approvalDeadline: { days: 3, basis: art(121, 4, undefined, 'TTLT 04/2018 Điều 21 khoản 3') },
  refusalOutcome: 'not_approved',
  measure: { kind: 'bail', effect: 'apply' },
});

const deposit = decision({
  code: 'deposit',
  label: t('Quyết định đặt tiền để bảo đảm', 'Deposit as security'),
  issuer: 'investigating_body',
  appliesTo: 'defendant',
  basis: art(122, 3),
  approvalDeadline: { days: 3, basis: art(122, 3, undefined, 'TTLT 04/2018 Điều 22 khoản 3') },
  refusalOutcome: 'not_approved',
  measure: { kind: 'deposit', effect: 'apply' },
});

const pair = (target: DecisionType, code: string, vi: string, en: string, basis = target.basis) =>
  answers(
    target,
    { code: `approve_${code}`, label: t(`Phê chuẩn ${vi}`, `Approve ${en}`), basis },
    {
      code: target.refusalOutcome === 'annulled' ? `annul_${code}` : `refuse_${code}`,
      label:
        target.refusalOutcome === 'annulled'
          ? t(`Hủy bỏ ${vi}`, `Annul ${en}`)
          : t(`Không phê chuẩn ${vi}`, `Refuse to approve ${en}`),
      basis,
    },
  );

/** Charging a suspect and preventive measures: Art. 110–125, 165, 179 CPC. */
export const MEASURE_DECISION_TYPES: readonly DecisionType[] = [
  chargeSuspect,
  ...pair(chargeSuspect, 'charge_suspect', 'quyết định khởi tố bị can', 'the decision to charge', art(179, 3)),
  decision({
    code: 'charge_suspect_by_procuracy',
    label: t('Viện kiểm sát khởi tố bị can', 'The procuracy charges a suspect'),
    issuer: 'procuracy',
    appliesTo: 'defendant',
    basis: art(179, 4),
  }),
  emergencyArrest,
  ...pair(emergencyArrest, 'emergency_arrest', 'lệnh bắt người bị giữ khẩn cấp', 'the emergency arrest', art(110, 6)),
  decision({
    code: 'arrest_in_flagrante',
    label: t('Bắt người phạm tội quả tang', 'Arrest in flagrante delicto'),
    issuer: 'investigating_body',
    appliesTo: 'defendant',
    basis: art(111, 1),
    measure: { kind: 'arrest', effect: 'apply' },
  }),
  decision({
    code: 'arrest_wanted_person',
    label: t('Bắt người đang bị truy nã', 'Arrest of a wanted person'),
    issuer: 'investigating_body',
    appliesTo: 'defendant',
    basis: art(112, 1),
    measure: { kind: 'arrest', effect: 'apply' },
  }),
  arrestForDetention,
  ...pair(arrestForDetention, 'arrest_for_detention', 'lệnh bắt bị can để tạm giam', 'the arrest for detention'),
  custody,
  annulment(custody, {
    code: 'annul_custody',
    label: t('Hủy bỏ quyết định tạm giữ', 'Annul the custody decision'),
    basis: art(117, 4),
  }),
  extendCustody,
  ...pair(extendCustody, 'custody_extension', 'quyết định gia hạn tạm giữ', 'the custody extension'),
  detention,
  ...pair(detention, 'detention', 'lệnh tạm giam', 'the detention order'),
  bail,
  ...pair(bail, 'bail', 'quyết định bảo lĩnh', 'bail'),
  deposit,
  ...pair(deposit, 'deposit', 'quyết định đặt tiền để bảo đảm', 'the deposit'),
  decision({
    code: 'residence_ban',
    label: t('Lệnh cấm đi khỏi nơi cư trú', 'Residence ban'),
    issuer: 'investigating_body',
    appliesTo: 'defendant',
    basis: art(123, 3),
    measure: { kind: 'residence_ban', effect: 'apply' },
  }),
  decision({
    code: 'exit_ban',
    label: t('Quyết định tạm hoãn xuất cảnh', 'Exit ban'),
    issuer: 'investigating_body',
    appliesTo: 'defendant',
    basis: art(124, 2),
    measure: { kind: 'exit_ban', effect: 'apply' },
  }),
  decision({
    code: 'change_preventive_measure',
    label: t('Hủy bỏ, thay thế biện pháp ngăn chặn', 'Cancel or replace a preventive measure'),
    issuer: 'investigating_body',
    appliesTo: 'defendant',
    basis: art(125, 2),
    measure: { kind: 'any', effect: 'end' },
  }),
  decision({
    code: 'procuracy_change_preventive_measure',
    label: t(
      'Viện kiểm sát hủy bỏ, thay thế biện pháp ngăn chặn đã phê chuẩn',
      'The procuracy cancels or replaces a measure it approved',
    ),
    issuer: 'procuracy',
    appliesTo: 'defendant',
    basis: art(125, 2),
    measure: { kind: 'any', effect: 'end' },
  }),
];

import { art, t } from '../procedure/rule-builders.ts';
import { decision, extendsRule, starts, stops } from './decision-builders.ts';
import type { DecisionType } from './decision-types.ts';

const INVESTIGATION = 'art172_investigation';
const DETENTION = 'art173_detention_investigation';
const REVIEW_TERMINATION = { days: 15, basis: art(230, 3) } as const;

/** The investigation stage: Art. 165, 169, 170, 172, 173, 229–235 CPC. */
export const INVESTIGATION_DECISION_TYPES: readonly DecisionType[] = [
  decision({
    code: 'extend_investigation',
    label: t('Gia hạn điều tra', 'Extend the investigation'),
    issuer: 'procuracy',
    appliesTo: 'case',
    basis: art(172, 5),
    deadlineEffects: [extendsRule(INVESTIGATION)],
  }),
  decision({
    code: 'extend_detention_investigation',
    label: t('Gia hạn tạm giam để điều tra', 'Extend detention for investigation'),
    issuer: 'procuracy',
    appliesTo: 'defendant',
    basis: art(173, 3),
    deadlineEffects: [extendsRule(DETENTION)],
    measure: { kind: 'detention', effect: 'extend' },
  }),
  decision({
    code: 'transfer_case_investigation',
    label: t('Chuyển vụ án để điều tra', 'Transfer the case for investigation'),
    issuer: 'procuracy',
    appliesTo: 'case',
    basis: art(169, 1),
    stageAct: 'transfer',
  }),
  decision({
    code: 'join_cases_investigation',
    label: t('Nhập vụ án để điều tra', 'Join cases for investigation'),
    issuer: 'investigating_body',
    appliesTo: 'case',
    basis: art(170, 1),
    stageAct: 'join',
  }),
  decision({
    code: 'split_case_investigation',
    label: t('Tách vụ án để điều tra', 'Split the case for investigation'),
    issuer: 'investigating_body',
    appliesTo: 'case',
    basis: art(170, 2),
    stageAct: 'split',
  }),
  decision({
    code: 'suspend_investigation',
    label: t('Tạm đình chỉ điều tra', 'Suspend the investigation'),
    issuer: 'investigating_body',
    appliesTo: 'case',
    basis: art(229, 1),
    stageAct: 'suspend',
    deadlineEffects: [stops(INVESTIGATION)],
  }),
  decision({
    code: 'terminate_investigation',
    label: t('Đình chỉ điều tra', 'Terminate the investigation'),
    issuer: 'investigating_body',
    appliesTo: 'case',
    basis: art(230, 1),
    procuracyReview: REVIEW_TERMINATION,
    stageAct: 'terminate',
    deadlineEffects: [stops(INVESTIGATION), stops(DETENTION)],
  }),
  decision({
    code: 'terminate_investigation_for_defendant',
    label: t('Đình chỉ điều tra đối với bị can', 'Terminate the investigation for one defendant'),
    issuer: 'investigating_body',
    appliesTo: 'defendant',
    basis: art(230, 2),
    procuracyReview: REVIEW_TERMINATION,
    deadlineEffects: [stops(DETENTION)],
    measure: { kind: 'any', effect: 'end' },
  }),
  decision({
    code: 'resume_investigation',
    label: t('Phục hồi điều tra', 'Resume the investigation'),
    issuer: 'investigating_body',
    appliesTo: 'case',
    basis: art(235, 1),
    stageAct: 'resume',
    deadlineEffects: [starts('art174_resumed_investigation')],
  }),
  decision({
    code: 'conclude_investigation_prosecute',
    label: t('Kết luận điều tra đề nghị truy tố', 'Investigation conclusion recommending prosecution'),
    issuer: 'investigating_body',
    appliesTo: 'case',
    basis: art(233),
    sendToProcuracyWithin: { days: 2, basis: art(232, 4) },
    stageAct: 'conclude_investigation',
    deadlineEffects: [stops(INVESTIGATION), starts('art240_prosecution_decision')],
  }),
  decision({
    code: 'conclude_investigation_terminate',
    label: t('Kết luận điều tra và đình chỉ điều tra', 'Investigation conclusion terminating the investigation'),
    issuer: 'investigating_body',
    appliesTo: 'case',
    basis: art(234),
    sendToProcuracyWithin: { days: 2, basis: art(232, 4) },
    procuracyReview: REVIEW_TERMINATION,
    stageAct: 'terminate',
    deadlineEffects: [stops(INVESTIGATION), stops(DETENTION)],
  }),
];

import { art, t } from '../procedure/rule-builders.ts';
import { annulment, decision, extendsRule, starts, stops } from './decision-builders.ts';
import type { DecisionType } from './decision-types.ts';

const REPORT = 'art147_settle_crime_report';
const INVESTIGATION = 'art172_investigation';
const DAY = { hours: 24 } as const;

const receiveCrimeReport = decision({
  code: 'receive_crime_report',
  label: t('Tiếp nhận tố giác, tin báo về tội phạm, kiến nghị khởi tố', 'Receive a crime report'),
  issuer: 'investigating_body',
  appliesTo: 'crime_report',
  basis: art(146, 1),
  deadlineEffects: [starts(REPORT)],
});

const suspendReport = decision({
  code: 'suspend_report_settlement',
  label: t('Tạm đình chỉ việc giải quyết nguồn tin về tội phạm', 'Suspend settling a crime report'),
  issuer: 'investigating_body',
  appliesTo: 'crime_report',
  basis: art(148, 1),
  sendToProcuracyWithin: { ...DAY, basis: art(148, 2) },
  annulledBy: art(148, 2),
  stageAct: 'suspend',
  deadlineEffects: [stops(REPORT)],
});

const openCase = decision({
  code: 'open_case',
  label: t('Khởi tố vụ án hình sự', 'Open a criminal case'),
  issuer: 'investigating_body',
  appliesTo: 'case',
  basis: art(153, 1),
  sendToProcuracyWithin: { ...DAY, basis: art(154, 2) },
  annulledBy: art(161, 1, 'b'),
  stageAct: 'open_case',
  deadlineEffects: [stops(REPORT), starts(INVESTIGATION)],
});

const refuseToOpen = decision({
  code: 'refuse_to_open',
  label: t('Không khởi tố vụ án hình sự', 'Refuse to open a criminal case'),
  issuer: 'investigating_body',
  appliesTo: 'crime_report',
  basis: art(158, 1),
  sendToProcuracyWithin: { ...DAY, basis: art(158, 1) },
  annulledBy: art(161, 1, 'b'),
  stageAct: 'refuse_to_open',
  deadlineEffects: [stops(REPORT)],
});

/** Crime reports and opening the case: Art. 41, 146–149, 153–158, 161 CPC. */
export const REPORT_DECISION_TYPES: readonly DecisionType[] = [
  receiveCrimeReport,
  decision({
    code: 'assign_prosecutor',
    label: t('Phân công Kiểm sát viên', 'Assign a prosecutor'),
    issuer: 'procuracy',
    appliesTo: 'case',
    basis: art(41, 1, 'c'),
  }),
  decision({
    code: 'assign_prosecutor_crime_report',
    label: t('Phân công Kiểm sát viên kiểm sát việc giải quyết nguồn tin', 'Assign a prosecutor to a crime report'),
    issuer: 'procuracy',
    appliesTo: 'crime_report',
    basis: art(41, 1, 'c'),
  }),
  decision({
    code: 'prolong_report_settlement',
    label: t('Kéo dài thời hạn giải quyết nguồn tin (vụ việc phức tạp)', 'Prolong settling a complex crime report'),
    issuer: 'investigating_body',
    appliesTo: 'crime_report',
    basis: art(147, 2),
    deadlineEffects: [extendsRule(REPORT)],
  }),
  decision({
    code: 'extend_report_settlement',
    label: t('Gia hạn thời hạn giải quyết nguồn tin về tội phạm', 'Extend settling a crime report'),
    issuer: 'procuracy',
    appliesTo: 'crime_report',
    basis: art(147, 2),
    deadlineEffects: [extendsRule(REPORT)],
  }),
  suspendReport,
  annulment(suspendReport, {
    code: 'annul_report_suspension',
    label: t('Hủy bỏ quyết định tạm đình chỉ giải quyết nguồn tin', 'Annul the suspension of a crime report'),
    basis: art(148, 2),
  }),
  decision({
    code: 'resume_report_settlement',
    label: t('Phục hồi giải quyết nguồn tin về tội phạm', 'Resume settling a crime report'),
    issuer: 'investigating_body',
    appliesTo: 'crime_report',
    basis: art(149, 1),
    sendToProcuracyWithin: { days: 3, basis: art(149, 2) },
    stageAct: 'resume',
    deadlineEffects: [starts(REPORT)],
  }),
  openCase,
  annulment(openCase, {
    code: 'annul_open_case',
    label: t('Hủy bỏ quyết định khởi tố vụ án', 'Annul the decision to open the case'),
    basis: art(161, 1, 'b'),
  }),
  decision({
    code: 'open_case_by_procuracy',
    label: t('Viện kiểm sát khởi tố vụ án hình sự', 'The procuracy opens a criminal case'),
    issuer: 'procuracy',
    appliesTo: 'case',
    basis: art(153, 3),
    stageAct: 'open_case',
    deadlineEffects: [stops(REPORT), starts(INVESTIGATION)],
  }),
  refuseToOpen,
  annulment(refuseToOpen, {
    code: 'annul_refusal_to_open',
    label: t('Hủy bỏ quyết định không khởi tố vụ án', 'Annul the refusal to open a case'),
    basis: art(161, 1, 'b'),
  }),
];

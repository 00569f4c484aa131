import type { LocalizedText } from './day-off.ts';
import type { LegalBasis } from './rule-types.ts';

export const CASE_STAGES = [
  'crime_report',
  'investigation',
  'prosecution',
  'first_instance_trial',
  'appeal',
  'closed',
  'suspended',
  'terminated',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/** Stages a case can be suspended from and resumed to. */
export const SUSPENDABLE_STAGES = ['crime_report', 'investigation', 'prosecution', 'first_instance_trial'] as const;
export type SuspendableStage = (typeof SUSPENDABLE_STAGES)[number];

export const CASE_ACTS = [
  'open_case',
  'refuse_to_open',
  'conclude_investigation',
  'indict',
  'return_for_supplementary_investigation',
  'suspend',
  'resume',
  'terminate',
  'first_instance_judgment',
  'appeal',
  'protest',
  'first_instance_judgment_final',
  'judgment_final',
  'annul_for_reinvestigation',
  'annul_for_retrial',
  'join',
  'split',
  'transfer',
] as const;
export type CaseAct = (typeof CASE_ACTS)[number];

/**
 * One legal move. `to: 'same'` keeps the stage (join, split, transfer, pronouncing judgment);
 * `limit` names the counter an act consumes and how many times the law allows it.
 */
export type StageTransition = {
  from: CaseStage;
  to: CaseStage | 'same';
  act: CaseAct;
  basis: LegalBasis;
  limit?: { counter: 'returnsByProcuracy' | 'presidingJudge' | 'trialPanel'; max: number; basis: LegalBasis };
  requiresJudgment?: boolean;
};

const art = (article: number, clause?: number, point?: string): LegalBasis => ({
  code: 'BLTTHS',
  article,
  ...(clause === undefined ? {} : { clause }),
  ...(point === undefined ? {} : { point }),
});
const RETURN_LIMIT = art(174, 2);

/** The stage machine as data, each move with the article that allows it. */
export const STAGE_TRANSITIONS: readonly StageTransition[] = [
  { from: 'crime_report', to: 'investigation', act: 'open_case', basis: art(147, 1, 'a') },
  { from: 'crime_report', to: 'closed', act: 'refuse_to_open', basis: art(147, 1, 'b') },
  { from: 'crime_report', to: 'suspended', act: 'suspend', basis: art(148) },
  { from: 'investigation', to: 'prosecution', act: 'conclude_investigation', basis: art(232) },
  { from: 'investigation', to: 'suspended', act: 'suspend', basis: art(229) },
  { from: 'investigation', to: 'terminated', act: 'terminate', basis: art(230) },
  { from: 'investigation', to: 'same', act: 'join', basis: art(170, 1) },
  { from: 'investigation', to: 'same', act: 'split', basis: art(170, 2) },
  { from: 'investigation', to: 'same', act: 'transfer', basis: art(169) },
  { from: 'prosecution', to: 'first_instance_trial', act: 'indict', basis: art(240, 1, 'a') },
  {
    from: 'prosecution',
    to: 'investigation',
    act: 'return_for_supplementary_investigation',
    basis: art(245),
    limit: { counter: 'returnsByProcuracy', max: 2, basis: RETURN_LIMIT },
  },
  { from: 'prosecution', to: 'suspended', act: 'suspend', basis: art(247) },
  { from: 'prosecution', to: 'terminated', act: 'terminate', basis: art(248) },
  { from: 'prosecution', to: 'same', act: 'join', basis: art(242, 1) },
  { from: 'prosecution', to: 'same', act: 'split', basis: art(242, 2) },
  { from: 'prosecution', to: 'same', act: 'transfer', basis: art(239, 1) },
  {
    from: 'first_instance_trial',
    to: 'investigation',
    act: 'return_for_supplementary_investigation',
    basis: art(280, 1),
    limit: { counter: 'presidingJudge', max: 1, basis: RETURN_LIMIT },
  },
  { from: 'first_instance_trial', to: 'suspended', act: 'suspend', basis: art(281) },
  { from: 'first_instance_trial', to: 'terminated', act: 'terminate', basis: art(282) },
  { from: 'first_instance_trial', to: 'same', act: 'transfer', basis: art(274) },
  { from: 'first_instance_trial', to: 'same', act: 'first_instance_judgment', basis: art(327) },
  { from: 'first_instance_trial', to: 'appeal', act: 'appeal', basis: art(333, 1), requiresJudgment: true },
  { from: 'first_instance_trial', to: 'appeal', act: 'protest', basis: art(337, 1), requiresJudgment: true },
  {
    from: 'first_instance_trial',
    to: 'closed',
    act: 'first_instance_judgment_final',
    basis: art(343),
    requiresJudgment: true,
  },
  { from: 'appeal', to: 'same', act: 'appeal', basis: art(333, 1) },
  { from: 'appeal', to: 'same', act: 'protest', basis: art(337, 1) },
  { from: 'appeal', to: 'closed', act: 'judgment_final', basis: art(355, 2) },
  { from: 'appeal', to: 'investigation', act: 'annul_for_reinvestigation', basis: art(358) },
  { from: 'appeal', to: 'first_instance_trial', act: 'annul_for_retrial', basis: art(358) },
  { from: 'appeal', to: 'terminated', act: 'terminate', basis: art(355, 1, 'd') },
  { from: 'suspended', to: 'crime_report', act: 'resume', basis: art(149) },
  { from: 'suspended', to: 'investigation', act: 'resume', basis: art(235) },
  { from: 'suspended', to: 'prosecution', act: 'resume', basis: art(249) },
  { from: 'suspended', to: 'first_instance_trial', act: 'resume', basis: art(283) },
];

/** The trial panel's own return (during deliberation) uses its own one-time allowance (Art. 174(2), 326(3)(a)). */
export const TRIAL_PANEL_RETURN: StageTransition = {
  from: 'first_instance_trial',
  to: 'investigation',
  act: 'return_for_supplementary_investigation',
  basis: art(326, 3, 'a'),
  limit: { counter: 'trialPanel', max: 1, basis: RETURN_LIMIT },
};

export const STAGE_LABELS: Record<CaseStage, LocalizedText> = {
  crime_report: { vi: 'Giải quyết nguồn tin', en: 'Crime report' },
  investigation: { vi: 'Điều tra', en: 'Investigation' },
  prosecution: { vi: 'Truy tố', en: 'Prosecution' },
  first_instance_trial: { vi: 'Xét xử sơ thẩm', en: 'First-instance trial' },
  appeal: { vi: 'Phúc thẩm', en: 'Appeal' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  suspended: { vi: 'Tạm đình chỉ', en: 'Suspended' },
  terminated: { vi: 'Đình chỉ', en: 'Terminated' },
};

export const ACT_LABELS: Record<CaseAct, LocalizedText> = {
  open_case: { vi: 'Khởi tố vụ án', en: 'Open the case' },
  refuse_to_open: { vi: 'Không khởi tố vụ án', en: 'Refuse to open a case' },
  conclude_investigation: { vi: 'Kết thúc điều tra, đề nghị truy tố', en: 'Conclude the investigation' },
  indict: { vi: 'Truy tố (cáo trạng)', en: 'Indict' },
  return_for_supplementary_investigation: {
    vi: 'Trả hồ sơ điều tra bổ sung',
    en: 'Return for supplementary investigation',
  },
  suspend: { vi: 'Tạm đình chỉ', en: 'Suspend' },
  resume: { vi: 'Phục hồi', en: 'Resume' },
  terminate: { vi: 'Đình chỉ', en: 'Terminate' },
  first_instance_judgment: { vi: 'Tuyên án sơ thẩm', en: 'Pronounce the first-instance judgment' },
  appeal: { vi: 'Kháng cáo', en: 'Appeal' },
  protest: { vi: 'Kháng nghị', en: 'Protest' },
  first_instance_judgment_final: {
    vi: 'Bản án sơ thẩm có hiệu lực pháp luật (không bị kháng cáo, kháng nghị)',
    en: 'First-instance judgment becomes final (no appeal or protest)',
  },
  judgment_final: { vi: 'Bản án có hiệu lực pháp luật', en: 'Judgment becomes final' },
  annul_for_reinvestigation: { vi: 'Hủy án để điều tra lại', en: 'Annul for re-investigation' },
  annul_for_retrial: { vi: 'Hủy án để xét xử lại', en: 'Annul for retrial' },
  join: { vi: 'Nhập vụ án', en: 'Join cases' },
  split: { vi: 'Tách vụ án', en: 'Split the case' },
  transfer: { vi: 'Chuyển vụ án', en: 'Transfer the case' },
};

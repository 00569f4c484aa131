import type { Role } from '../identity/vocab.ts';
import type { LocalizedText } from '../procedure/day-off.ts';
import type { DecisionType } from './decision-types.ts';
import { applyWorkflowMove, type WorkflowResult } from './decision-workflow.ts';

/**
 * Decisions of the investigating body, the court or a party, as the procuracy records them. Those
 * needing approval end approved or refused (không phê chuẩn) / annulled (hủy bỏ, e.g. charging a
 * suspect, Art. 179(3)); those the procuracy only supervises end acknowledged or annulled.
 */
export const EXTERNAL_DECISION_STATES = [
  'recorded',
  'approved',
  'not_approved',
  'annulled',
  'no_action_needed',
] as const;
export type ExternalDecisionState = (typeof EXTERNAL_DECISION_STATES)[number];

export const EXTERNAL_DECISION_ACTIONS = ['approve', 'refuse', 'annul', 'acknowledge'] as const;
export type ExternalDecisionAction = (typeof EXTERNAL_DECISION_ACTIONS)[number];

export const EXTERNAL_STATE_LABELS: Record<ExternalDecisionState, LocalizedText> = {
  recorded: { vi: 'Đã vào sổ, chờ xử lý', en: 'Recorded' },
  approved: { vi: 'Đã phê chuẩn', en: 'Approved' },
  not_approved: { vi: 'Không phê chuẩn', en: 'Not approved' },
  annulled: { vi: 'Đã hủy bỏ', en: 'Annulled' },
  no_action_needed: { vi: 'Không cần xử lý', en: 'No action needed' },
};

const ACTION_LABELS: Record<ExternalDecisionAction, LocalizedText> = {
  approve: { vi: 'phê chuẩn', en: 'approve' },
  refuse: { vi: 'không phê chuẩn', en: 'refuse approval' },
  annul: { vi: 'hủy bỏ', en: 'annul' },
  acknowledge: { vi: 'ghi nhận, không cần xử lý', en: 'acknowledge' },
};

const refused = (vi: string, en: string): WorkflowResult<ExternalDecisionState> => ({ ok: false, reason: { vi, en } });

const LEADER: readonly Role[] = ['leader'];
const REVIEWERS: readonly Role[] = ['leader', 'prosecutor'];

/** Actions the decision type allows: approval types are answered yes/no, the rest acknowledged or annulled. */
export const allowedExternalActions = (type: DecisionType): ExternalDecisionAction[] => {
  if (type.issuer === 'procuracy') return [];
  if (type.requiresProcuracyApproval) return ['approve', type.refusalOutcome === 'annulled' ? 'annul' : 'refuse'];
  return type.annulledBy ? ['acknowledge', 'annul'] : ['acknowledge'];
};

/**
 * The next state of another body's decision under the procuracy's action, or the reason it is refused.
 * Approving, refusing and annulling are signed by a leader (Art. 41(1)); acknowledging by the prosecutor.
 */
export const nextExternalDecisionState = (
  type: DecisionType,
  state: ExternalDecisionState,
  action: ExternalDecisionAction,
  actorRoles: readonly Role[],
): WorkflowResult<ExternalDecisionState> => {
  if (type.issuer === 'procuracy') {
    return refused(
      'Quyết định của Viện kiểm sát đi theo quy trình dự thảo, trình duyệt, ban hành',
      'Procuracy decisions follow the draft, approval and issue workflow',
    );
  }
  const allowed = allowedExternalActions(type);
  if (!allowed.includes(action)) {
    return refused(
      `"${type.label.vi}" chỉ có thể: ${allowed.map((a) => ACTION_LABELS[a].vi).join(', ')}.`,
      `"${type.label.en}": the procuracy may only ${allowed.map((a) => ACTION_LABELS[a].en).join(' or ')}.`,
    );
  }
  const to: Record<ExternalDecisionAction, ExternalDecisionState> = {
    approve: 'approved',
    refuse: 'not_approved',
    annul: 'annulled',
    acknowledge: 'no_action_needed',
  };
  const roles = action === 'acknowledge' ? REVIEWERS : LEADER;
  // An acknowledged decision can still be annulled later if it proves unlawful (Art. 161(1)(b), 117(4)).
  const from: ExternalDecisionState[] = action === 'annul' ? ['recorded', 'no_action_needed'] : ['recorded'];
  return applyWorkflowMove(
    [{ from, action, to: to[action], roles }],
    EXTERNAL_STATE_LABELS,
    ACTION_LABELS,
    state,
    action,
    actorRoles,
  );
};

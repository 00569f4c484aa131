import type { Role } from '../identity/vocab.ts';
import type { LocalizedText } from '../procedure/day-off.ts';

/**
 * The procuracy's own decisions: a prosecutor drafts, a leader (head or deputy head, who signs under
 * Art. 41(1) CPC) approves or returns the draft, then it is issued with its number and date.
 */
export const PROCURACY_DECISION_STATES = [
  'draft',
  'submitted',
  'approved',
  'issued',
  'returned_for_revision',
  'withdrawn',
] as const;
export type ProcuracyDecisionState = (typeof PROCURACY_DECISION_STATES)[number];

export const PROCURACY_DECISION_ACTIONS = ['submit', 'approve', 'return_for_revision', 'issue', 'withdraw'] as const;
export type ProcuracyDecisionAction = (typeof PROCURACY_DECISION_ACTIONS)[number];

type Move<S extends string, A extends string> = { from: readonly S[]; action: A; to: S; roles: readonly Role[] };

const DRAFTERS: readonly Role[] = ['prosecutor', 'examiner', 'leader'];

/** The workflow as data: which action moves which states, and who may take it. */
export const procuracyDecisionWorkflow: readonly Move<ProcuracyDecisionState, ProcuracyDecisionAction>[] = [
  { from: ['draft', 'returned_for_revision'], action: 'submit', to: 'submitted', roles: DRAFTERS },
  { from: ['submitted'], action: 'approve', to: 'approved', roles: ['leader'] },
  { from: ['submitted'], action: 'return_for_revision', to: 'returned_for_revision', roles: ['leader'] },
  // The clerk registers the number and date of an approved decision (outgoing document register).
  { from: ['approved'], action: 'issue', to: 'issued', roles: ['leader', 'clerk'] },
  { from: ['draft', 'submitted', 'returned_for_revision'], action: 'withdraw', to: 'withdrawn', roles: DRAFTERS },
  { from: ['approved'], action: 'withdraw', to: 'withdrawn', roles: ['leader'] },
];

export const PROCURACY_STATE_LABELS: Record<ProcuracyDecisionState, LocalizedText> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Trình lãnh đạo', en: 'Submitted' },
  approved: { vi: 'Lãnh đạo đã duyệt', en: 'Approved' },
  issued: { vi: 'Đã ban hành', en: 'Issued' },
  returned_for_revision: { vi: 'Trả lại để sửa', en: 'Returned for revision' },
  withdrawn: { vi: 'Đã rút', en: 'Withdrawn' },
};

export const PROCURACY_ACTION_LABELS: Record<ProcuracyDecisionAction, LocalizedText> = {
  submit: { vi: 'trình duyệt', en: 'submit' },
  approve: { vi: 'duyệt', en: 'approve' },
  return_for_revision: { vi: 'trả lại để sửa', en: 'return for revision' },
  issue: { vi: 'ban hành', en: 'issue' },
  withdraw: { vi: 'rút', en: 'withdraw' },
};

export type WorkflowResult<S> = { ok: true; state: S } | { ok: false; reason: LocalizedText };

const ROLE_TEXT: Record<Role, LocalizedText> = {
  leader: { vi: 'lãnh đạo Viện', en: 'office leader' },
  prosecutor: { vi: 'Kiểm sát viên', en: 'prosecutor' },
  examiner: { vi: 'Kiểm tra viên', en: 'examiner' },
  clerk: { vi: 'văn thư', en: 'clerk' },
  statistician: { vi: 'thống kê', en: 'statistician' },
  admin: { vi: 'quản trị', en: 'administrator' },
  partner: { vi: 'đối tác', en: 'partner' },
};

/** Applies one move of a workflow table, refusing unknown moves and actors without a permitted role. */
export const applyWorkflowMove = <S extends string, A extends string>(
  table: readonly Move<S, A>[],
  labels: Record<S, LocalizedText>,
  actionLabels: Record<A, LocalizedText>,
  state: S,
  action: A,
  actorRoles: readonly Role[],
): WorkflowResult<S> => {
  const candidates = table.filter((m) => m.action === action);
  const move = candidates.find((m) => m.from.includes(state));
  if (!labels[state]) return { ok: false, reason: { vi: 'Trạng thái không hợp lệ', en: 'Unknown state' } };
  if (!move) {
    return {
      ok: false,
      reason: {
        vi: `Không thể ${actionLabels[action].vi} khi quyết định đang ở trạng thái "${labels[state].vi}".`,
        en: `Cannot ${actionLabels[action].en} a decision that is "${labels[state].en}".`,
      },
    };
  }
  if (!move.roles.some((r) => actorRoles.includes(r))) {
    const who = move.roles.map((r) => ROLE_TEXT[r]);
    return {
      ok: false,
      reason: {
        vi: `Chỉ ${who.map((w) => w.vi).join(', ')} được ${actionLabels[action].vi}.`,
        en: `Only a ${who.map((w) => w.en).join(' or ')} may ${actionLabels[action].en}.`,
      },
    };
  }
  return { ok: true, state: move.to };
};

/** The next state of a procuracy decision, or the reason the move is refused (vi/en). */
export const nextDecisionState = (
  state: ProcuracyDecisionState,
  action: ProcuracyDecisionAction,
  actorRoles: readonly Role[],
): WorkflowResult<ProcuracyDecisionState> =>
  applyWorkflowMove(
    procuracyDecisionWorkflow,
    PROCURACY_STATE_LABELS,
    PROCURACY_ACTION_LABELS,
    state,
    action,
    actorRoles,
  );

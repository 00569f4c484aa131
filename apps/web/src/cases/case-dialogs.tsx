import type { CaseDetail, PersonRole } from '@eprocuracy/domain';
import { AssignOfficerModal } from './assign-officer-modal.tsx';
import { ChargeModal } from './charge-modal.tsx';
import { EditCaseModal } from './edit-case-modal.tsx';
import { EvidenceModal } from './evidence-modal.tsx';
import { PersonModal } from './person-modal.tsx';
import { RecordDecisionModal } from './record-decision-modal.tsx';

/** The forms a case page opens; one at a time. */
export type CaseDialog =
  | { kind: 'decision'; subjectId?: string }
  | { kind: 'person'; role?: PersonRole }
  | { kind: 'charge'; personId?: string }
  | { kind: 'evidence' }
  | { kind: 'assign' }
  | { kind: 'edit' };

/** Renders the open form, if any. */
export const CaseDialogs = ({
  detail,
  dialog,
  onClose,
}: {
  detail: CaseDetail;
  dialog: CaseDialog | null;
  onClose: () => void;
}) => {
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'decision':
      return <RecordDecisionModal detail={detail} subjectId={dialog.subjectId} onClose={onClose} />;
    case 'person':
      return <PersonModal detail={detail} role={dialog.role} onClose={onClose} />;
    case 'charge':
      return <ChargeModal detail={detail} personId={dialog.personId} onClose={onClose} />;
    case 'evidence':
      return <EvidenceModal detail={detail} onClose={onClose} />;
    case 'assign':
      return <AssignOfficerModal detail={detail} onClose={onClose} />;
    case 'edit':
      return <EditCaseModal detail={detail} onClose={onClose} />;
  }
};

/** What every tab of the case page gets: the case, and a way to open a form when the officer may write. */
export type CaseTabProps = { detail: CaseDetail; onOpen?: ((dialog: CaseDialog) => void) | undefined };

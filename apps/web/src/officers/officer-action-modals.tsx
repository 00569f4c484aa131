import type { Officer } from '@eprocuracy/domain';
import { OfficerEditModal } from './officer-edit-modal.tsx';
import { PostingsDrawer } from './postings-drawer.tsx';
import { ResetPasswordModal } from './reset-password-modal.tsx';
import { TransferModal } from './transfer-modal.tsx';

export type OfficerAction = 'postings' | 'edit' | 'transfer' | 'reset';

/** Opens the dialog for the action chosen on an officer's row. */
export const OfficerActionModals = (props: {
  action: { kind: OfficerAction; officer: Officer } | null;
  onClose: () => void;
}) => {
  const { action, onClose } = props;
  if (!action) return null;
  switch (action.kind) {
    case 'postings':
      return <PostingsDrawer officer={action.officer} onClose={onClose} />;
    case 'edit':
      return <OfficerEditModal officer={action.officer} onClose={onClose} />;
    case 'transfer':
      return <TransferModal officer={action.officer} onClose={onClose} />;
    case 'reset':
      return <ResetPasswordModal officer={action.officer} onClose={onClose} />;
  }
};

import type { CaseImportView } from '@eprocuracy/domain';
import { isFinished } from './case-import-api.ts';
import { ImportRunProgress } from './import-run-progress.tsx';

/** Where a case import stands: its status, a progress bar of rows handled, and the counts once it ends. */
export const CaseImportProgress = ({ view }: { view: CaseImportView }) => (
  <ImportRunProgress view={view} isFinished={isFinished(view)} texts="caseImport" testId="case-import" />
);

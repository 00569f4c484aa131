import type { ArchiveImportView } from '@eprocuracy/domain';
import { Collapse } from 'antd';
import { useTranslation } from 'react-i18next';
import { ImportRunProgress } from '../case-import/import-run-progress.tsx';
import { isArchiveFinished } from './archive-api.ts';

/** Where an archive import stands: status, rows handled, the counts and the files no row names. */
export const ArchiveProgress = ({ view }: { view: ArchiveImportView }) => {
  const { t } = useTranslation();
  return (
    <ImportRunProgress view={view} isFinished={isArchiveFinished(view)} texts="caseFileArchive" testId="archive">
      {view.unlistedFiles.length > 0 && (
        <Collapse
          style={{ marginTop: 12 }}
          size="small"
          items={[
            {
              key: 'unlisted',
              label: t('caseFileArchive.unlisted', { count: view.unlistedFiles.length }),
              children: (
                <ul style={{ margin: 0 }} data-testid="archive-unlisted">
                  {view.unlistedFiles.map((file) => (
                    <li key={file}>{file}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </ImportRunProgress>
  );
};

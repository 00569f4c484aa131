import type { CaseDocumentView } from '@eprocuracy/domain';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SecrecyTag } from '../cases/case-tags.tsx';
import { useLang } from '../i18n/use-lang.ts';
import { formatSize } from './case-file-format.ts';
import { IntegrityWarning } from './digitisation-status.tsx';

/**
 * A document's title (opening its versions), its secrecy tag when classified, then the stored file: name,
 * size and version, and a warning when the last integrity check found the file damaged.
 */
export const DocumentTitleCell = ({ document, onOpen }: { document: CaseDocumentView; onOpen: () => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const file = [document.original.fileName, formatSize(document.original.size, lang)];
  if (document.currentVersion > 1) file.push(t('caseFiles.versionShort', { version: document.currentVersion }));
  return (
    <Flex vertical align="flex-start" gap={2}>
      <Flex wrap gap={4} align="baseline">
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', textAlign: 'left', whiteSpace: 'normal' }}
          onClick={onOpen}
        >
          {document.title}
        </Button>
        <SecrecyTag secrecy={document.secrecy} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="document-file">
        {file.join(' · ')}
      </Typography.Text>
      <IntegrityWarning state={document.original.integrity.state} />
    </Flex>
  );
};

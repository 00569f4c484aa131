import { type CaseFileFindResult, FIND_IN_FILE_MAX_HITS } from '@eprocuracy/domain';
import { Alert, Button, Flex, Input, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/problem.ts';
import { Snippet } from '../../case-file-search/search-results.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import type { ViewerTarget } from './viewer-address.ts';
import { useFindInCaseFile } from './viewer-api.ts';

type Props = {
  caseId: string;
  /** The words searched, as the address keeps them; empty when none. */
  text: string;
  onSearch: (text: string) => void;
  onOpen: (target: ViewerTarget) => void;
};

type FoundDocument = CaseFileFindResult['documents'][number];

const DocumentHits = ({ document, onOpen }: { document: FoundDocument; onOpen: Props['onOpen'] }) => {
  const { t } = useTranslation();
  return (
    <li data-testid="find-document">
      <Typography.Text strong>
        {document.position}. {document.title}
      </Typography.Text>
      <ul style={{ listStyle: 'none', paddingLeft: 16, margin: '4px 0 12px' }}>
        {document.hits.map((hit) => (
          <li key={`${hit.version}:${hit.pageNo}`} data-testid="find-hit">
            <Flex gap={8} align="baseline">
              <Button
                type="link"
                size="small"
                style={{ paddingInline: 0, flexShrink: 0 }}
                aria-label={t('caseFiles.find.open', { page: hit.pageNo, title: document.title })}
                onClick={() =>
                  onOpen({
                    documentId: document.documentId,
                    pageNo: hit.pageNo,
                    version: hit.isCurrentVersion ? undefined : hit.version,
                  })
                }
              >
                {t('caseFiles.find.page', { page: hit.pageNo })}
              </Button>
              <Snippet parts={hit.snippet} />
            </Flex>
          </li>
        ))}
      </ul>
    </li>
  );
};

/** "Tìm trong hồ sơ này": the pages of this case file holding the words, each opening the viewer at its page. */
export const FindInFile = ({ caseId, text, onSearch, onOpen }: Props) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [draft, setDraft] = useState(text);
  useEffect(() => setDraft(text), [text]);
  const found = useFindInCaseFile(caseId, text);
  const pageCount = found.data?.documents.reduce((sum, document) => sum + document.hits.length, 0) ?? 0;
  return (
    <Flex vertical gap={8} data-testid="find-in-file">
      <Input.Search
        aria-label={t('caseFiles.find.label')}
        placeholder={t('caseFiles.find.placeholder')}
        value={draft}
        allowClear
        enterButton
        onChange={(event) => setDraft(event.target.value)}
        onSearch={(value) => onSearch(value)}
        style={{ maxWidth: 640 }}
        loading={found.isFetching}
      />
      {found.error && <Alert type="error" showIcon title={errorText(found.error, lang)} />}
      {text && found.isPending && !found.error && <Spin />}
      {text && found.data && (
        <div>
          <Flex gap={12} align="center">
            <Typography.Text data-testid="find-count">
              {pageCount === 0 ? t('caseFiles.find.none') : t('caseFiles.find.count', { count: pageCount })}
            </Typography.Text>
            <Button size="small" onClick={() => onSearch('')}>
              {t('caseFiles.find.clear')}
            </Button>
          </Flex>
          {found.data.isTruncated && (
            <Alert type="warning" showIcon title={t('caseFiles.find.truncated', { max: FIND_IN_FILE_MAX_HITS })} />
          )}
          <ol style={{ listStyle: 'none', padding: 0, margin: '8px 0 0', maxHeight: 360, overflowY: 'auto' }}>
            {found.data.documents.map((document) => (
              <DocumentHits key={document.documentId} document={document} onOpen={onOpen} />
            ))}
          </ol>
        </div>
      )}
    </Flex>
  );
};

import type { CaseDocumentDetail } from '@eprocuracy/domain';
import { Alert, Drawer, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/problem.ts';
import { useLang } from '../i18n/use-lang.ts';
import { useCaseDocument } from './case-files-api.ts';
import { VersionsTable } from './versions-table.tsx';

type Props = { caseId: string; documentId: string; onClose: () => void };

/** One document: every version kept (each downloadable) and the pages of the current one as digitisation makes them. */
export const DocumentDrawer = ({ caseId, documentId, onClose }: Props) => {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useCaseDocument(caseId, documentId);
  const document = query.data;
  return (
    <Drawer
      open
      size={860}
      onClose={onClose}
      title={document ? t('caseFiles.detail.title', { position: document.position, title: document.title }) : ''}
      data-testid="document-drawer"
    >
      {query.error && <Alert type="error" showIcon title={errorText(query.error, lang)} />}
      {!document && !query.error && <Skeleton active />}
      {document && (
        <Flex vertical gap={24}>
          <div>
            <Typography.Title level={5}>{t('caseFiles.detail.versions')}</Typography.Title>
            <VersionsTable document={document} />
          </div>
          <DocumentPages pages={document.pages} />
        </Flex>
      )}
    </Drawer>
  );
};

const PAGE_COLOURS = { pending: 'default', done: 'success', failed: 'error' } as const;

/** The current version's pages as the digitisation reports them (the page viewer builds on this). */
const DocumentPages = ({ pages }: { pages: CaseDocumentDetail['pages'] }) => {
  const { t } = useTranslation();
  return (
    <div data-testid="document-pages">
      <Typography.Title level={5}>{t('caseFiles.detail.pages')}</Typography.Title>
      {pages.length === 0 ? (
        <Typography.Text type="secondary">{t('caseFiles.detail.noPages')}</Typography.Text>
      ) : (
        <Flex wrap gap={4}>
          {pages.map((page) => (
            <Tag key={page.pageNo} color={PAGE_COLOURS[page.status]}>
              {t('caseFiles.detail.page', { page: page.pageNo })} · {t(`caseFiles.detail.pageStatus.${page.status}`)}
              {page.meanConfidence !== null &&
                ` · ${t('caseFiles.detail.confidence', { value: Math.round(page.meanConfidence) })}`}
            </Tag>
          ))}
        </Flex>
      )}
    </div>
  );
};

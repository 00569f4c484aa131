import { EyeOutlined } from '@ant-design/icons';
import type { CaseDocumentDetail } from '@eprocuracy/domain';
import { Alert, Button, Drawer, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/problem.ts';
import { useLang } from '../i18n/use-lang.ts';
import { useCaseDocument } from './case-files-api.ts';
import { VersionsTable } from './versions-table.tsx';

type Props = {
  caseId: string;
  documentId: string;
  onClose: () => void;
  /** Opens the page viewer of the current version at a page. */
  onView: (pageNo: number) => void;
};

/** One document: every version kept (each downloadable) and the pages of the current one as digitisation makes them. */
export const DocumentDrawer = ({ caseId, documentId, onClose, onView }: Props) => {
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
          <DocumentPages pages={document.pages} onView={onView} />
        </Flex>
      )}
    </Drawer>
  );
};

const PAGE_COLOURS = { pending: 'default', done: 'success', failed: 'error' } as const;

/** The current version's pages as the digitisation reports them; each opens the page viewer there. */
const DocumentPages = ({ pages, onView }: { pages: CaseDocumentDetail['pages']; onView: (pageNo: number) => void }) => {
  const { t } = useTranslation();
  return (
    <div data-testid="document-pages">
      <Flex justify="space-between" align="center">
        <Typography.Title level={5}>{t('caseFiles.detail.pages')}</Typography.Title>
        {pages.length > 0 && (
          <Button icon={<EyeOutlined />} onClick={() => onView(1)}>
            {t('caseFiles.viewer.open')}
          </Button>
        )}
      </Flex>
      {pages.length === 0 ? (
        <Typography.Text type="secondary">{t('caseFiles.detail.noPages')}</Typography.Text>
      ) : (
        <Flex wrap gap={4}>
          {pages.map((page) => (
            <Tag
              key={page.pageNo}
              color={PAGE_COLOURS[page.status]}
              role="button"
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => onView(page.pageNo)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') onView(page.pageNo);
              }}
            >
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

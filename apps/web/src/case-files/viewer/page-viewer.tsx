import type { CaseDocumentView } from '@eprocuracy/domain';
import { Alert, Empty, Modal, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/problem.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { searchedWords } from './highlight-words.ts';
import { PageImagePane } from './page-image-pane.tsx';
import { PageTextPane } from './page-text-pane.tsx';
import { ThumbnailStrip } from './thumbnail-strip.tsx';
import { usePageKeys } from './use-page-keys.ts';
import { clampPage, type ViewerTarget } from './viewer-address.ts';
import { useDocumentPages } from './viewer-api.ts';
import { ViewerToolbar } from './viewer-toolbar.tsx';

type Props = {
  caseId: string;
  /** The document's row in the file index, once loaded (its title and digitisation progress). */
  document: CaseDocumentView | undefined;
  target: ViewerTarget;
  /** Words searched within the file, marked in the page's text. */
  findText: string;
  onNavigate: (target: ViewerTarget) => void;
  onClose: () => void;
};

/**
 * The page viewer of a document version: thumbnails, the page image with zoom, and the OCR text beside it.
 * Which page it shows is in the address, so a search result opens it at the page and the back button works.
 */
export const PageViewer = ({ caseId, document, target, findText, onNavigate, onClose }: Props) => {
  const { t } = useTranslation();
  const lang = useLang();
  const progress = document ? `${document.digitisation.status}:${document.digitisation.pagesDone}` : '';
  const query = useDocumentPages({ caseId, documentId: target.documentId, version: target.version }, progress);
  const pages = query.data?.pages ?? [];
  const pageNo = clampPage(target.pageNo, pages.length);
  const page = pages.find((p) => p.pageNo === pageNo);
  const go = (next: number) => {
    const clamped = clampPage(next, pages.length);
    if (clamped !== pageNo) onNavigate({ ...target, pageNo: clamped });
  };
  usePageKeys(pageNo, pages.length, go);
  const digitisation = query.data?.digitisation;
  const isRunning = digitisation?.status === 'queued' || digitisation?.status === 'processing';
  return (
    <Modal
      open
      title={
        document
          ? t('caseFiles.detail.title', { position: document.position, title: document.title })
          : t('caseFiles.viewer.pages')
      }
      onCancel={onClose}
      footer={null}
      width="calc(100vw - 48px)"
      style={{ top: 24, maxWidth: 1800 }}
      styles={{ body: { height: 'calc(100vh - 160px)', display: 'flex', flexDirection: 'column', gap: 12 } }}
    >
      <ViewerToolbar
        caseId={caseId}
        documentId={target.documentId}
        version={query.data?.version ?? target.version}
        isOlderVersion={
          query.data !== undefined && document !== undefined && query.data.version !== document.currentVersion
        }
        hasSearchablePdf={digitisation?.hasSearchablePdf === true}
        pageNo={pageNo}
        pageCount={pages.length}
        findText={findText}
        onPage={go}
      />
      {query.error && <Alert type="error" showIcon title={errorText(query.error, lang)} />}
      {query.isPending && <Skeleton active />}
      {digitisation && isRunning && (
        <Alert
          type="info"
          showIcon
          title={
            digitisation.pageCount === null
              ? t(`caseFiles.digitisation.${digitisation.status}`)
              : t('caseFiles.viewer.progress', { done: digitisation.pagesDone, total: digitisation.pageCount })
          }
        />
      )}
      {query.data && pages.length === 0 && (
        <Empty
          description={t(
            digitisation?.status === 'not_applicable' ? 'caseFiles.viewer.recording' : 'caseFiles.viewer.noPages',
          )}
        />
      )}
      {page && (
        <div
          style={{
            flex: 1,
            minHeight: 0,
            display: 'grid',
            gridTemplateColumns: '124px minmax(0, 3fr) minmax(280px, 2fr)',
            // One row exactly as tall as the space left, so each pane scrolls inside the dialog.
            gridTemplateRows: 'minmax(0, 1fr)',
            gap: 16,
          }}
        >
          <ThumbnailStrip pages={pages} current={pageNo} onPick={go} />
          <PageImagePane page={page} />
          <PageTextPane page={page} words={searchedWords(findText)} />
        </div>
      )}
    </Modal>
  );
};

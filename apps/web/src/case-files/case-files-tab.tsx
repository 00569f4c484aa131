import { SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons';
import type { CaseDocumentView, CaseFileCheckView } from '@eprocuracy/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../api/problem.ts';
import { PrintIndexButtons } from '../case-file-archive/print-index-buttons.tsx';
import { useLang } from '../i18n/use-lang.ts';
import { moveItem } from './case-file-format.ts';
import { CaseFileTable } from './case-file-table.tsx';
import { caseFileKey, reorderCaseFile, useCaseFile, verifyCaseFile } from './case-files-api.ts';
import { DocumentDrawer } from './document-drawer.tsx';
import { EditDocumentModal } from './edit-document-modal.tsx';
import { NewVersionModal } from './new-version-modal.tsx';
import { UploadDocumentModal } from './upload-document-modal.tsx';
import { VerifyResultModal } from './verify-result-modal.tsx';
import { FindInFile } from './viewer/find-in-file.tsx';
import { PageViewer } from './viewer/page-viewer.tsx';
import {
  readFindText,
  readViewerTarget,
  type ViewerTarget,
  withFindText,
  withViewerTarget,
} from './viewer/viewer-address.ts';

type Dialog =
  | { kind: 'upload' }
  | { kind: 'edit'; document: CaseDocumentView }
  | { kind: 'version'; document: CaseDocumentView }
  | { kind: 'details'; documentId: string }
  | { kind: 'verified'; result: CaseFileCheckView };

/**
 * "Hồ sơ": the case file's document index, uploads, versions, downloads and the integrity check.
 * Write actions show only when the case page lets the officer write and the server agrees for the file.
 * The page viewer and the search within the file live in the address (`document`, `page`, `find`), so a
 * search result elsewhere links straight to a page.
 */
export const CaseFilesTab = ({ caseId, canWrite }: { caseId: string; canWrite: boolean }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const index = useCaseFile(caseId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [isMoving, setMoving] = useState(false);
  const [isVerifying, setVerifying] = useState(false);
  const [params, setParams] = useSearchParams();
  const viewerTarget = readViewerTarget(params);
  const findText = readFindText(params);
  // Opening the viewer is a step the back button undoes; moving between pages and closing are not.
  const showPage = (target: ViewerTarget | null, isNewStep = false) =>
    setParams((current) => withViewerTarget(current, target), { replace: !isNewStep });
  const find = (text: string) => setParams((current) => withFindText(current, text), { replace: true });
  const items = index.data?.items ?? [];
  const mayWrite = canWrite && index.data?.canWrite === true;

  const move = async (at: number, delta: -1 | 1) => {
    setMoving(true);
    try {
      const documentIds = moveItem(
        items.map((item) => item.id),
        at,
        delta,
      );
      queryClient.setQueryData(caseFileKey(caseId), await reorderCaseFile(caseId, { documentIds }));
      void message.success(t('caseFiles.reordered'));
    } catch (error) {
      void message.error(errorText(error, lang));
      await queryClient.invalidateQueries({ queryKey: caseFileKey(caseId) });
    } finally {
      setMoving(false);
    }
  };
  const verify = async () => {
    setVerifying(true);
    try {
      setDialog({ kind: 'verified', result: await verifyCaseFile(caseId) });
      await queryClient.invalidateQueries({ queryKey: caseFileKey(caseId) });
    } catch (error) {
      void message.error(errorText(error, lang));
    } finally {
      setVerifying(false);
    }
  };
  const close = () => setDialog(null);

  if (index.error) return <Alert type="error" showIcon title={errorText(index.error, lang)} />;
  return (
    <Flex vertical gap={16} data-testid="case-files-tab">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('caseFiles.title')}{' '}
          <Typography.Text type="secondary">{t('caseFiles.count', { count: items.length })}</Typography.Text>
        </Typography.Title>
        <Space wrap>
          <PrintIndexButtons caseId={caseId} disabled={index.isSuccess && items.length === 0} />
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={isVerifying}
            disabled={index.isSuccess && items.length === 0}
            onClick={() => void verify()}
          >
            {t('caseFiles.action.verify')}
          </Button>
          {mayWrite && (
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'upload' })}>
              {t('caseFiles.action.upload')}
            </Button>
          )}
        </Space>
      </Flex>
      <FindInFile caseId={caseId} text={findText} onSearch={find} onOpen={(target) => showPage(target, true)} />
      <CaseFileTable
        items={items}
        isLoading={index.isPending}
        onOpen={(document) => setDialog({ kind: 'details', documentId: document.id })}
        write={
          mayWrite
            ? {
                onEdit: (document) => setDialog({ kind: 'edit', document }),
                onNewVersion: (document) => setDialog({ kind: 'version', document }),
                onMove: (at, delta) => void move(at, delta),
                isMoving,
              }
            : undefined
        }
      />
      {dialog?.kind === 'upload' && <UploadDocumentModal caseId={caseId} onClose={close} />}
      {dialog?.kind === 'edit' && <EditDocumentModal document={dialog.document} onClose={close} />}
      {dialog?.kind === 'version' && <NewVersionModal document={dialog.document} onClose={close} />}
      {dialog?.kind === 'details' && (
        <DocumentDrawer
          caseId={caseId}
          documentId={dialog.documentId}
          onClose={close}
          onView={(pageNo) => {
            close();
            showPage({ documentId: dialog.documentId, pageNo }, true);
          }}
        />
      )}
      {dialog?.kind === 'verified' && <VerifyResultModal result={dialog.result} items={items} onClose={close} />}
      {viewerTarget && (
        <PageViewer
          caseId={caseId}
          document={items.find((item) => item.id === viewerTarget.documentId)}
          target={viewerTarget}
          findText={findText}
          onNavigate={(target) => showPage(target)}
          onClose={() => showPage(null)}
        />
      )}
    </Flex>
  );
};

import type { CaseDocumentView, CaseFileCheckView, IntegrityProblem } from '@eprocuracy/domain';
import { Alert, Button, Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../cases/case-format.ts';

type Props = { result: CaseFileCheckView; items: CaseDocumentView[]; onClose: () => void };

/** The outcome of an integrity check: all files intact, or the damaged ones with what is wrong with each. */
export const VerifyResultModal = ({ result, items, onClose }: Props) => {
  const { t } = useTranslation();
  const titleOf = (problem: IntegrityProblem) => {
    const document = items.find((item) => item.id === problem.documentId);
    return document ? `${document.position}. ${document.title}` : t('caseFiles.verify.unknownDocument');
  };
  const partOf = (problem: IntegrityProblem) =>
    problem.part ? t(`caseFiles.verify.parts.${problem.part}`, { page: problem.pageNo }) : '—';
  return (
    <Modal
      open
      title={t('caseFiles.verify.title')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      width={720}
    >
      <Alert
        data-testid="verify-result"
        type={result.ok ? 'success' : 'error'}
        showIcon
        title={
          result.ok
            ? t('caseFiles.verify.ok', { count: result.filesChecked })
            : t('caseFiles.verify.broken', { count: result.problems.length, checked: result.filesChecked })
        }
        description={t('caseFiles.verify.checkedAt', { time: formatDateTime(result.finishedAt) })}
      />
      {result.problems.length > 0 && (
        <Table<IntegrityProblem>
          style={{ marginTop: 16 }}
          size="small"
          pagination={false}
          rowKey={(p) => `${p.documentId}-${p.version}-${p.part}-${p.pageNo}-${p.sha256}`}
          dataSource={result.problems}
          columns={[
            { title: t('caseFiles.verify.document'), key: 'document', render: (_, p) => titleOf(p) },
            { title: t('caseFiles.verify.version'), key: 'version', render: (_, p) => p.version ?? '—' },
            { title: t('caseFiles.verify.part'), key: 'part', render: (_, p) => partOf(p) },
            {
              title: t('caseFiles.verify.state'),
              key: 'state',
              render: (_, p) => <Typography.Text type="danger">{t(`caseFiles.integrity.${p.state}`)}</Typography.Text>,
            },
          ]}
        />
      )}
    </Modal>
  );
};

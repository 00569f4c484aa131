import { DownloadOutlined, FileSearchOutlined, LockOutlined } from '@ant-design/icons';
import type { CaseDocumentDetail } from '@eprocuracy/domain';
import { Button, Flex, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../cases/case-format.ts';
import { useLang } from '../i18n/use-lang.ts';
import { formatSize } from './case-file-format.ts';
import { originalUrl, searchablePdfUrl } from './case-files-api.ts';
import { DigitisationProgress, IntegrityWarning } from './digitisation-status.tsx';

type Version = CaseDocumentDetail['versions'][number];

const DownloadButton = ({ label, icon, href }: { label: string; icon: ReactNode; href: string }) => (
  <Tooltip title={label}>
    <Button type="text" size="small" aria-label={label} icon={icon} href={href} />
  </Tooltip>
);

/** Every version of a document, newest first: each file with its SHA-256, who filed it and why, and its downloads. */
export const VersionsTable = ({ document }: { document: CaseDocumentDetail }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const { caseId, id } = document;
  return (
    <Table<Version>
      rowKey="version"
      size="small"
      pagination={false}
      dataSource={document.versions}
      columns={[
        {
          title: t('caseFiles.detail.version'),
          key: 'version',
          onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          render: (_, v) => (
            <Space size={4}>
              {v.version}
              {v.version === document.currentVersion && <Tag color="blue">{t('caseFiles.detail.current')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('caseFiles.detail.fileName'),
          key: 'file',
          render: (_, v) => (
            <Flex vertical gap={2} align="flex-start">
              <span>
                {v.original.fileName} ({formatSize(v.original.size, lang)}){' '}
                {v.original.encrypted && (
                  <Tooltip title={t('caseFiles.detail.encrypted')}>
                    <LockOutlined aria-label={t('caseFiles.detail.encrypted')} />
                  </Tooltip>
                )}
              </span>
              <Typography.Text type="secondary" copyable={{ text: v.original.sha256 }} style={{ fontSize: 12 }}>
                {t('caseFiles.detail.sha256')} {v.original.sha256.slice(0, 16)}…
              </Typography.Text>
              <IntegrityWarning state={v.original.integrity.state} />
            </Flex>
          ),
        },
        {
          title: t('caseFiles.detail.uploadedAt'),
          key: 'uploaded',
          render: (_, v) => (
            <Flex vertical gap={2}>
              <span>
                {formatDateTime(v.uploadedAt)} · {v.uploadedBy ?? ''}
              </span>
              {v.note && <Typography.Text type="secondary">{v.note}</Typography.Text>}
            </Flex>
          ),
        },
        {
          title: t('caseFiles.column.digitisation'),
          key: 'digitisation',
          render: (_, v) => <DigitisationProgress digitisation={v.digitisation} />,
        },
        {
          key: 'actions',
          onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          render: (_, v) => (
            <Space size={0}>
              <DownloadButton
                label={t('caseFiles.action.download')}
                icon={<DownloadOutlined />}
                href={originalUrl(caseId, id, v.version)}
              />
              {v.digitisation.hasSearchablePdf && (
                <DownloadButton
                  label={t('caseFiles.action.searchablePdf')}
                  icon={<FileSearchOutlined />}
                  href={searchablePdfUrl(caseId, id, v.version)}
                />
              )}
            </Space>
          ),
        },
      ]}
    />
  );
};

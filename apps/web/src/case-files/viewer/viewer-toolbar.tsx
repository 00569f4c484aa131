import { DownloadOutlined, FileSearchOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { originalUrl, searchablePdfUrl } from '../case-files-api.ts';

type Props = {
  caseId: string;
  documentId: string;
  /** The version shown, once its pages are loaded. */
  version: number | undefined;
  isOlderVersion: boolean;
  hasSearchablePdf: boolean;
  pageNo: number;
  pageCount: number;
  findText: string;
  onPage: (pageNo: number) => void;
};

const StepButton = ({
  label,
  icon,
  ...rest
}: {
  label: string;
  icon: ReactNode;
  disabled: boolean;
  onClick: () => void;
}) => (
  <Tooltip title={label}>
    <Button aria-label={label} icon={icon} {...rest} />
  </Tooltip>
);

/** Above the page: previous / next with "page n of N", what is highlighted, and the version's downloads. */
export const ViewerToolbar = (props: Props) => {
  const { t } = useTranslation();
  const { caseId, documentId, version, pageNo, pageCount } = props;
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Space wrap>
        <StepButton
          label={t('caseFiles.viewer.previous')}
          icon={<LeftOutlined />}
          disabled={pageNo <= 1}
          onClick={() => props.onPage(pageNo - 1)}
        />
        <Typography.Text data-testid="viewer-page-number">
          {pageCount > 0 ? t('caseFiles.viewer.pageOf', { page: pageNo, count: pageCount }) : '—'}
        </Typography.Text>
        <StepButton
          label={t('caseFiles.viewer.next')}
          icon={<RightOutlined />}
          disabled={pageNo >= pageCount}
          onClick={() => props.onPage(pageNo + 1)}
        />
        <Typography.Text type="secondary">{t('caseFiles.viewer.keys')}</Typography.Text>
      </Space>
      <Space wrap>
        {props.isOlderVersion && <Tag color="orange">{t('caseFiles.viewer.olderVersion', { version })}</Tag>}
        {props.findText && <Tag color="gold">{t('caseFiles.viewer.highlighting', { text: props.findText })}</Tag>}
        <Button icon={<DownloadOutlined />} href={originalUrl(caseId, documentId, version)}>
          {t('caseFiles.action.download')}
        </Button>
        {props.hasSearchablePdf && (
          <Button icon={<FileSearchOutlined />} href={searchablePdfUrl(caseId, documentId, version)}>
            {t('caseFiles.action.searchablePdf')}
          </Button>
        )}
      </Space>
    </Flex>
  );
};

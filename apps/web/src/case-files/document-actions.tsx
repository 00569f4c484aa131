import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CloudUploadOutlined,
  DownloadOutlined,
  EditOutlined,
  FileSearchOutlined,
} from '@ant-design/icons';
import type { CaseDocumentView } from '@eprocuracy/domain';
import { Button, Space, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { originalUrl, searchablePdfUrl } from './case-files-api.ts';

/** What a row's write actions do; absent when the officer may only read. */
export type DocumentWriteActions = {
  onEdit: (document: CaseDocumentView) => void;
  onNewVersion: (document: CaseDocumentView) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  isMoving: boolean;
};

type Props = { document: CaseDocumentView; index: number; count: number; write?: DocumentWriteActions | undefined };

const Action = ({
  label,
  icon,
  ...rest
}: {
  label: string;
  icon: ReactNode;
  href?: string;
  onClick?: () => void;
  disabled?: boolean;
}) => (
  <Tooltip title={label}>
    <Button type="text" size="small" aria-label={label} icon={icon} {...rest} />
  </Tooltip>
);

/** Downloads for everyone who sees the row; edit, new version and moving for those who may write. */
export const DocumentActions = ({ document, index, count, write }: Props) => {
  const { t } = useTranslation();
  return (
    <Space size={0}>
      <Action
        label={t('caseFiles.action.download')}
        icon={<DownloadOutlined />}
        href={originalUrl(document.caseId, document.id)}
      />
      {document.digitisation.hasSearchablePdf && (
        <Action
          label={t('caseFiles.action.searchablePdf')}
          icon={<FileSearchOutlined />}
          href={searchablePdfUrl(document.caseId, document.id)}
        />
      )}
      {write && (
        <>
          <Action label={t('caseFiles.action.edit')} icon={<EditOutlined />} onClick={() => write.onEdit(document)} />
          <Action
            label={t('caseFiles.action.newVersion')}
            icon={<CloudUploadOutlined />}
            onClick={() => write.onNewVersion(document)}
          />
          <Action
            label={t('caseFiles.action.moveUp')}
            icon={<ArrowUpOutlined />}
            disabled={index === 0 || write.isMoving}
            onClick={() => write.onMove(index, -1)}
          />
          <Action
            label={t('caseFiles.action.moveDown')}
            icon={<ArrowDownOutlined />}
            disabled={index === count - 1 || write.isMoving}
            onClick={() => write.onMove(index, 1)}
          />
        </>
      )}
    </Space>
  );
};

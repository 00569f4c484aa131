import { type CaseDocumentView, findCaseDocumentType } from '@eprocuracy/domain';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, useLocalized } from '../cases/case-format.ts';
import { DigitisationProgress } from './digitisation-status.tsx';
import { DocumentActions, type DocumentWriteActions } from './document-actions.tsx';
import { DocumentTitleCell } from './document-title-cell.tsx';

type Props = {
  items: CaseDocumentView[];
  isLoading: boolean;
  onOpen: (document: CaseDocumentView) => void;
  write?: DocumentWriteActions | undefined;
};

/** Short values (dates, numbers) stay on one line, header included, so the long texts are what wraps. */
const oneLine = {
  onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
  onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' as const } }),
};

const folioText = (from: number | null, to: number | null, range: (from: number, to: number) => string) => {
  if (from === null) return '—';
  return to === null || to === from ? String(from) : range(from, to);
};

/**
 * The file index (bảng kê tài liệu, BLTTHS Art. 131(4)): one row per document, in the file's order. Secrecy
 * and file size sit under the title so the index fits a laptop screen without scrolling sideways.
 */
export const CaseFileTable = ({ items, isLoading, onOpen, write }: Props) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  const dash = (value: string | number | null) => (value === null || value === '' ? '—' : value);
  return (
    <Table<CaseDocumentView>
      rowKey="id"
      size="middle"
      pagination={false}
      loading={isLoading}
      dataSource={items}
      data-testid="case-file-table"
      // Long titles and bodies wrap; below this width the index scrolls sideways rather than squeezing.
      scroll={{ x: 960 }}
      locale={{ emptyText: t('caseFiles.none') }}
      columns={[
        { title: t('caseFiles.column.position'), dataIndex: 'position', ...oneLine, align: 'right' },
        {
          title: t('caseFiles.column.type'),
          key: 'type',
          minWidth: 110,
          render: (_, d) => localized(findCaseDocumentType(d.type)?.label),
        },
        {
          title: t('caseFiles.column.title'),
          key: 'title',
          minWidth: 220,
          render: (_, d) => <DocumentTitleCell document={d} onOpen={() => onOpen(d)} />,
        },
        {
          title: t('caseFiles.column.date'),
          key: 'date',
          ...oneLine,
          render: (_, d) => (d.documentDate ? formatDate(d.documentDate) : '—'),
        },
        { title: t('caseFiles.column.authorBody'), key: 'authorBody', render: (_, d) => dash(d.authorBody) },
        {
          title: t('caseFiles.column.folio'),
          key: 'folio',
          ...oneLine,
          render: (_, d) => folioText(d.folioFrom, d.folioTo, (from, to) => t('caseFiles.folioRange', { from, to })),
        },
        {
          title: t('caseFiles.column.pages'),
          key: 'pages',
          ...oneLine,
          align: 'right',
          render: (_, d) => dash(d.digitisation.pageCount),
        },
        {
          title: t('caseFiles.column.digitisation'),
          key: 'digitisation',
          render: (_, d) => <DigitisationProgress digitisation={d.digitisation} />,
        },
        {
          title: t('caseFiles.column.actions'),
          key: 'actions',
          ...oneLine,
          render: (_, d, index) => <DocumentActions document={d} index={index} count={items.length} write={write} />,
        },
      ]}
    />
  );
};

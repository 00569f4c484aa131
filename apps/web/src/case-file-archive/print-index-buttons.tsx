import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** "In bảng kê": the case file's index as a printable PDF or an XLSX, as the officer may see it. */
export const PrintIndexButtons = ({ caseId, disabled }: { caseId: string; disabled: boolean }) => {
  const { t } = useTranslation();
  const url = (format: 'pdf' | 'xlsx') => `/api/cases/${caseId}/files/index.${format}`;
  return (
    <>
      <Button
        icon={<PrinterOutlined />}
        href={url('pdf')}
        target="_blank"
        disabled={disabled}
        data-testid="print-index-pdf"
      >
        {t('caseFileArchive.printPdf')}
      </Button>
      <Button icon={<FileExcelOutlined />} href={url('xlsx')} disabled={disabled} data-testid="print-index-xlsx">
        {t('caseFileArchive.printXlsx')}
      </Button>
    </>
  );
};

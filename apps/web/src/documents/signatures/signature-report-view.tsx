import { DownloadOutlined } from '@ant-design/icons';
import type { SignatureReport } from '@eprocuracy/domain';
import { Alert, Button, Descriptions, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SignatureCard } from './signature-card.tsx';
import { downloadReport, verdictOf } from './signatures-api.ts';

const ALERT_TYPE = { valid: 'success', invalid: 'error', unsigned: 'warning' } as const;

/** The verdict on the whole file, its identity (hash, size), then every signature in signing order. */
export const SignatureReportView = ({ report, fileName }: { report: SignatureReport; fileName: string }) => {
  const { t } = useTranslation();
  const verdict = verdictOf(report);
  return (
    <Flex vertical gap={16}>
      <Alert
        data-testid="signature-verdict"
        data-verdict={verdict}
        type={ALERT_TYPE[verdict]}
        showIcon
        title={<strong>{t(`signatures.verdict.${verdict}`)}</strong>}
        description={t(`signatures.verdictDetail.${verdict}`, { count: report.signatures.length })}
        action={
          <Button icon={<DownloadOutlined />} onClick={() => downloadReport(report, fileName)}>
            {t('signatures.downloadJson')}
          </Button>
        }
      />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'file', label: t('signatures.fileName'), children: fileName },
          { key: 'size', label: t('signatures.size'), children: t('signatures.bytes', { count: report.byteLength }) },
          {
            key: 'at',
            label: t('signatures.verifiedAt'),
            children: dayjs(report.verifiedAt).format('DD/MM/YYYY HH:mm:ss'),
          },
          {
            key: 'sha',
            label: t('signatures.sha256'),
            children: (
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                {report.sha256}
              </Typography.Text>
            ),
          },
        ]}
      />
      {report.signatures.map((signature) => (
        <SignatureCard key={signature.index} signature={signature} />
      ))}
    </Flex>
  );
};

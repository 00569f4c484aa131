import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

export type Verification = { ok: boolean; count: number; firstBrokenSeq?: number; reason?: string };

/** The result of verifying the audit hash chain. */
export const VerifyResult = ({ result }: { result: Verification }) => {
  const { t } = useTranslation();
  return (
    <Alert
      style={{ marginTop: 12 }}
      showIcon
      data-testid="verify-result"
      type={result.ok ? 'success' : 'error'}
      title={
        result.ok
          ? t('audit.verifyOk', { count: result.count })
          : t('audit.verifyBroken', { seq: result.firstBrokenSeq ?? '?', reason: result.reason ?? '' })
      }
    />
  );
};

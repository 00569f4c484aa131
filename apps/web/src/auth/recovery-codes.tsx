import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The recovery codes, shown once after enrolment until the officer confirms they saved them. */
export const RecoveryCodes = ({ codes, onSaved }: { codes: string[]; onSaved: () => void }) => {
  const { t } = useTranslation();
  return (
    <div>
      <Alert type="warning" showIcon title={t('auth.recoveryHint')} style={{ marginBottom: 12 }} />
      <Card size="small" title={t('auth.recoveryTitle')} style={{ marginBottom: 12 }}>
        <ol data-testid="recovery-codes" style={{ columns: 2, fontFamily: 'monospace', margin: 0 }}>
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <Typography.Paragraph copyable={{ text: codes.join('\n') }} style={{ marginTop: 8, marginBottom: 0 }} />
      </Card>
      <Button type="primary" onClick={onSaved}>
        {t('auth.savedThem')}
      </Button>
    </div>
  );
};

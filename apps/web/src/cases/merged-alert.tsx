import type { CaseDetail } from '@eprocuracy/domain';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Says that a case joined or merged into another is read-only history, and links to the case that lives on. */
export const MergedAlert = ({ mergedInto }: { mergedInto: NonNullable<CaseDetail['mergedInto']> }) => {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="merged-alert"
      title={t(mergedInto.reason === 'duplicate' ? 'cases.merged.duplicate' : 'cases.merged.joined')}
      action={<Link to={`/cases/${mergedInto.id}`}>{t('cases.merged.open')}</Link>}
    />
  );
};

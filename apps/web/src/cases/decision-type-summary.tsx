import { MEASURE_LABELS } from '@eprocuracy/domain';
import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.ts';
import { useLocalized } from './case-format.ts';
import type { DecisionTypeOption } from './cases-api.ts';

/** What the chosen decision is: its legal basis, whether the procuracy must approve it, the measure it touches. */
export const DecisionTypeSummary = ({ type }: { type: DecisionTypeOption }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const localized = useLocalized();
  const measure = type.measure;
  return (
    <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }} data-testid="decision-type-summary">
      <Descriptions.Item label={t('cases.decision.basis')}>
        {lang === 'en' ? type.basisEn : type.basis}
      </Descriptions.Item>
      <Descriptions.Item label={t('cases.decision.issuer')}>
        {t(`cases.decision.issuers.${type.issuer}`)}
        {type.requiresApproval && (
          <Tag color="gold" style={{ marginInlineStart: 8 }}>
            {t('cases.decision.needsApproval')}
          </Tag>
        )}
      </Descriptions.Item>
      {measure && (
        <Descriptions.Item label={t('cases.measure.kind')}>
          {measure.kind === 'any' ? t('cases.measure.any') : localized(MEASURE_LABELS[measure.kind])} —{' '}
          {t(`cases.measure.effect.${measure.effect}`)}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
};

import type { LiveDeadline } from '@eprocuracy/domain';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.ts';
import { amountText, useLocalized } from './case-format.ts';

/** How a deadline was counted, step by step, and which extensions the law still allows. */
export const DeadlineSteps = ({ deadline }: { deadline: LiveDeadline }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const localized = useLocalized();
  const remaining = deadline.remainingExtensions ?? [];
  return (
    <div data-testid="deadline-steps" style={{ paddingInlineStart: 8 }}>
      <Typography.Text type="secondary">{t('cases.deadline.steps')}</Typography.Text>
      <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {deadline.steps.map((step) => (
          <li key={step.vi}>{localized(step)}</li>
        ))}
      </ol>
      {remaining.length > 0 && (
        <>
          <Typography.Text type="secondary">{t('cases.deadline.remaining')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {remaining.map((r) => (
              <li key={`${r.tier}:${r.basis}`}>
                {t('cases.deadline.extensionLeft', {
                  times: r.times,
                  max: amountText(t, r.max),
                  by: localized(r.approvedBy),
                  basis: lang === 'en' ? r.basisEn : r.basis,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};

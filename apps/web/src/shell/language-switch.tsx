import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyLanguage, type Lang } from '../i18n/index.ts';
import { useLang } from '../i18n/use-lang.ts';

/** VI/EN switch; also sets the `lang` cookie so server errors come back in the chosen language. */
export const LanguageSwitch = () => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Segmented<Lang>
      aria-label={t('app.language')}
      size="small"
      value={lang}
      onChange={(value) => void applyLanguage(value)}
      options={[
        { label: 'VI', value: 'vi' },
        { label: 'EN', value: 'en' },
      ]}
    />
  );
};

import 'dayjs/locale/vi';
import dayjs from 'dayjs';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { vi } from './vi.ts';

export type Lang = 'vi' | 'en';

const readCookieLang = (): Lang => (/(?:^|;\s*)lang=en\b/.test(document.cookie) ? 'en' : 'vi');

/** Sets the UI language, the dayjs locale and the `lang` cookie the server reads for its error messages. */
export const applyLanguage = async (lang: Lang) => {
  // biome-ignore lint/suspicious/noDocumentCookie: one fixed name=value pair; the Cookie Store API is not in every browser officers use
  document.cookie = `lang=${lang}; path=/; max-age=31536000; samesite=lax`;
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  await i18next.changeLanguage(lang);
  document.title = i18next.t('app.name');
};

/** Initialises i18next with Vietnamese as the default language. */
export const initI18n = async () => {
  const lang = readCookieLang();
  await i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
  });
  await applyLanguage(lang);
};

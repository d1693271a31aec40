import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import km from './locales/km.json';
import my from './locales/my.json';
import th from './locales/th.json';
import vi from './locales/vi.json';
import type { LanguageCode } from './languages';

const resources = { en, km, my, th, vi };

/** For tests: an i18next instance in one language, with every locale loaded up front and English as the fallback. */
export function i18nIn(language: LanguageCode): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(resources).map(([code, translation]) => [code, { translation }])),
    initAsync: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

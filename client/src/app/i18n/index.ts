import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import { defaultLanguage, languageCodes, languageStorageKey, toSupportedLanguage } from './languages';

// English ships in the main bundle; the other languages load on demand to keep the first load small.
const lazyLocales = import.meta.glob<ResourceKey>(['./locales/*.json', '!./locales/en.json'], {
  import: 'default',
});

const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = lazyLocales[`./locales/${language}.json`];
    if (!load) {
      callback(new Error(`No locale file for ${language}`), false);
      return;
    }
    load().then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function setDocumentLanguage(language: string): void {
  document.documentElement.lang = toSupportedLanguage(language);
}

i18n.on('languageChanged', setDocumentLanguage);

export const i18nReady = i18n
  .use(localeBackend)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    supportedLngs: [...languageCodes],
    load: 'languageOnly',
    fallbackLng: defaultLanguage,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: languageStorageKey,
      caches: ['localStorage'],
      convertDetectedLanguage: (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? tag,
    },
    interpolation: { escapeValue: false },
    react: { useSuspense: true },
  });

/** The language to ask the server for: one of en, km, my, th, vi. */
export function currentLanguage(): string {
  return toSupportedLanguage(i18n.resolvedLanguage ?? i18n.language);
}

export { i18n };

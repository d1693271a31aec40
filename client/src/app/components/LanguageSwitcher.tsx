import { useTranslation } from 'react-i18next';
import { useChangeLanguage } from '../hooks/useChangeLanguage';
import { languages, toSupportedLanguage } from '../i18n/languages';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const current = toSupportedLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <div className="language-switcher">
      <label htmlFor="language-switcher">{t('app.language')}</label>
      <select
        id="language-switcher"
        data-testid="language-switcher"
        value={current}
        onChange={(event) => void changeLanguage(toSupportedLanguage(event.target.value))}
      >
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage } from '../i18n/languages';
import { formatDate, formatHours, formatPercent } from '../format';

/** Number and date formatting in the current interface language. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = toSupportedLanguage(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(
    () => ({
      language,
      hours: (value: number) => formatHours(value, language),
      percent: (value: number) => formatPercent(value, language),
      date: (iso: string) => formatDate(iso, language),
    }),
    [language],
  );
}

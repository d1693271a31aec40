import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage } from '../i18n/languages';
import { formatDate, formatDateTime, formatHours, formatPercent, formatTime } from '../format';

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
      dateTime: (iso: string) => formatDateTime(iso, language),
      time: (iso: string) => formatTime(iso, language),
      /** A test score (a percentage, 0..100) as "73.3%". */
      score: (score: number) => formatPercent(score / 100, language),
    }),
    [language],
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { createReportFormat, type ReportFormat } from '../lib/report-format';

/** Unit-aware numbers in the interface language, with "fewer than 3" for suppressed figures. */
export function useReportFormat(): ReportFormat {
  const { t } = useTranslation();
  const { language } = useFormatters();
  return useMemo(
    () =>
      createReportFormat(language, {
        suppressed: t('reports.fewerThan3'),
        none: t('common.none'),
        points: (value) => t('reports.units.pointsValue', { value }),
      }),
    [language, t],
  );
}

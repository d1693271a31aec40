import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/hooks/useFormatters';
import { exportUrl, type ExportReport } from '../lib/exports';
import type { ReportFilterValues, ReportSplit } from '../lib/report-filter';

interface ExportLinksProps {
  report: ExportReport;
  /** What the table is, for the links' names: "Export indicators as CSV". */
  name: string;
  filter: ReportFilterValues;
  by?: ReportSplit | null;
}

/** CSV and Excel downloads of one table, for the current filter and split, in the interface language. */
export function ExportLinks({ report, name, filter, by }: ExportLinksProps) {
  const { t } = useTranslation();
  const { language } = useFormatters();
  const options = { by, lang: language };
  const csv = t('reports.export.csv');
  const xlsx = t('reports.export.xlsx');
  return (
    <p className="export-links" data-testid={`export-${report}`}>
      <span className="export-label">{t('reports.export.label')}</span>
      <a href={exportUrl(report, 'csv', filter, options)} download aria-label={t('reports.export.of', { name, format: csv })}>
        {csv}
      </a>
      <a href={exportUrl(report, 'xlsx', filter, options)} download aria-label={t('reports.export.of', { name, format: xlsx })}>
        {xlsx}
      </a>
    </p>
  );
}

import { filterQuery, type ReportFilterValues, type ReportSplit } from './report-filter';

/** The tables the server exports (REST, with the session cookie). */
export const exportReports = ['indicators', 'smes-reached', 'learning-results', 'participation', 'below-threshold'] as const;
export type ExportReport = (typeof exportReports)[number];
export type ExportFormat = 'csv' | 'xlsx';

export interface ExportOptions {
  /** The split the table shows, where one applies. */
  by?: ReportSplit | null;
  /** The interface language: headings, names and numbers of the file. */
  lang: string;
}

/** Query string of an export: the filter fields, then `by` and `lang`. */
export function exportQuery(filter: ReportFilterValues, options: ExportOptions): string {
  const params = new URLSearchParams(filterQuery(filter));
  if (options.by) params.set('by', options.by);
  params.set('lang', options.lang);
  return params.toString();
}

/** `/reports/indicators.csv?countryCode=KH&by=SEX&lang=vi` */
export function exportUrl(report: ExportReport, format: ExportFormat, filter: ReportFilterValues, options: ExportOptions): string {
  return `/reports/${report}.${format}?${exportQuery(filter, options)}`;
}

/** The donor report for the current filter, as a PDF in the interface language. */
export function donorReportUrl(filter: ReportFilterValues, lang: string): string {
  return `/reports/donor-report.pdf?${exportQuery(filter, { lang })}`;
}

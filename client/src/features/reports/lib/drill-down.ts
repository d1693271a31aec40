import type { ReportSplit } from './report-filter';

/** Search parameters of the drill-down page that pick one cell of a split. */
export const cellParams = { split: 'split', key: 'key' } as const;

/**
 * The records behind an indicator, or behind one cell of its split, for the filter in `search`
 * (the dashboard's search string; its own split choice `by` is left behind).
 */
export function drillDownPath(code: string, search: string, cell?: { split: ReportSplit; key: string }): string {
  const params = new URLSearchParams(search);
  params.delete('by');
  params.delete(cellParams.split);
  params.delete(cellParams.key);
  if (cell) {
    params.set(cellParams.split, cell.split);
    params.set(cellParams.key, cell.key);
  }
  const query = params.toString();
  return `/reports/indicators/${encodeURIComponent(code)}${query ? `?${query}` : ''}`;
}

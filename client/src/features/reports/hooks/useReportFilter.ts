import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { withParam } from '../../../app/search-params';
import { filterFromParams, splitFromParams, withoutFilter, type ReportFilterValues, type ReportSplit } from '../lib/report-filter';

/** The dashboard's filter and splits, read from and written to the URL search parameters. */
export function useReportFilter() {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();
  // One object per distinct URL, so queries see stable variables.
  const filter: ReportFilterValues = useMemo(() => filterFromParams(new URLSearchParams(key)), [key]);
  const setParam = useCallback(
    (name: string, value: string | null) => setSearchParams((current) => withParam(current, name, value), { replace: true }),
    [setSearchParams],
  );
  const clearFilter = useCallback(() => setSearchParams((current) => withoutFilter(current), { replace: true }), [setSearchParams]);
  const split = useCallback((name: string): ReportSplit | null => splitFromParams(searchParams, name), [searchParams]);
  return { filter, searchParams, search: key ? `?${key}` : '', setParam, clearFilter, split };
}

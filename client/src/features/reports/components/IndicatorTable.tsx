import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useReportFormat } from '../hooks/useReportFormat';
import { useSplitLabels } from '../hooks/useSplitLabels';
import type { ReportSplit } from '../lib/report-filter';
import { progressPercent } from '../lib/report-format';
import { drillDownPath } from '../lib/drill-down';
import { orderedSplitKeys } from '../lib/splits';
import { ProgressBar } from './ProgressBar';

export const IndicatorTableFragment = graphql(`
  fragment IndicatorTable_indicator on Indicator {
    code
    name
    description
    unit
    componentCode
    baseline
    target
    actual {
      value
      people
      suppressed
    }
    progress
    breakdown(by: $split) @include(if: $withBreakdown) {
      key
      label
      value
      people
      suppressed
    }
  }
`);

interface IndicatorTableProps {
  indicators: readonly FragmentType<typeof IndicatorTableFragment>[];
  /** The split shown as extra columns, or null for none. */
  split: ReportSplit | null;
  /** Staff follow a figure to the records behind it. */
  drillDown: boolean;
  /** The page's search string (the filter), carried into drill-down links. */
  search: string;
}

/** Each logframe indicator against its target, with progress, and optionally split into groups. */
export function IndicatorTable({ indicators: refs, split, drillDown, search }: IndicatorTableProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const names = useSplitLabels();
  const indicators = getFragmentData(IndicatorTableFragment, refs);
  const columns = split ? orderedSplitKeys(split, indicators.map((indicator) => indicator.breakdown ?? [])) : [];

  return (
    <div className="table-scroll">
      <table className="data-table indicator-table" data-testid="indicator-table" role="table">
        <caption className="visually-hidden">
          {split ? t('reports.indicators.captionSplit', { split: names.split(split) }) : t('reports.indicators.caption')}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t('reports.indicators.indicator')}</th>
            <th scope="col" role="columnheader" className="numeric">
              {t('reports.indicators.baseline')}
            </th>
            <th scope="col" role="columnheader" className="numeric">
              {t('reports.indicators.target')}
            </th>
            <th scope="col" role="columnheader" className="numeric">
              {t('reports.indicators.actual')}
            </th>
            <th scope="col" role="columnheader">
              {t('reports.indicators.progress')}
            </th>
            {split
              ? columns.map((column) => (
                  <th key={column.key} scope="col" role="columnheader" className="numeric split-column">
                    {names.cell(split, column)}
                  </th>
                ))
              : null}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {indicators.map((indicator) => {
            const actual = format.figure(indicator.unit, indicator.actual);
            const target = format.value(indicator.unit, indicator.target);
            const percent = indicator.progress === null || indicator.progress === undefined ? null : progressPercent(indicator.progress);
            const progressText = percent === null ? format.figure(indicator.unit, { value: null, suppressed: indicator.actual.suppressed }) : format.percent(percent / 100);
            const valueText =
              percent === null
                ? t('reports.indicators.noProgress', { actual })
                : t('reports.indicators.progressValue', { percent: progressText, actual, target });
            const cells = new Map((indicator.breakdown ?? []).map((cell) => [cell.key, cell]));
            const averaged = indicator.unit === 'PERCENT' || indicator.unit === 'POINTS';
            return (
              <tr key={indicator.code} data-testid="indicator-row" data-code={indicator.code} role="row">
                <th scope="row" className="indicator-name" role="rowheader">
                  {drillDown ? <Link to={drillDownPath(indicator.code, search)}>{indicator.name}</Link> : indicator.name}
                  {indicator.componentCode ? <span className="badge badge-component">{names.cell('COMPONENT', { key: indicator.componentCode, label: indicator.componentCode })}</span> : null}
                  {indicator.description ? <span className="cell-sub indicator-description">{indicator.description}</span> : null}
                </th>
                <td className="numeric" role="cell" data-label={t('reports.indicators.baseline')}>
                  {format.value(indicator.unit, indicator.baseline)}
                </td>
                <td className="numeric" role="cell" data-label={t('reports.indicators.target')}>
                  {target}
                </td>
                <td className="numeric" role="cell" data-label={t('reports.indicators.actual')} data-testid="indicator-actual">
                  <span className={indicator.actual.suppressed ? 'suppressed' : undefined}>{actual}</span>
                  {averaged && indicator.actual.people ? (
                    <span className="cell-sub">{t('reports.ofPeople', { count: indicator.actual.people, people: format.count(indicator.actual.people) })}</span>
                  ) : null}
                </td>
                <td className="progress-cell" role="cell">
                  <ProgressBar progress={indicator.progress ?? null} text={progressText} valueText={valueText} label={indicator.name} />
                </td>
                {split
                  ? columns.map((column) => {
                      const cell = cells.get(column.key);
                      const text = cell ? format.figure(indicator.unit, cell) : t('common.none');
                      return (
                        <td key={column.key} className="numeric split-column" role="cell" data-label={names.cell(split, column)}>
                          {drillDown && cell && !cell.suppressed && (cell.people ?? 0) > 0 ? (
                            <Link
                              to={drillDownPath(indicator.code, search, { split, key: column.key })}
                              aria-label={t('reports.indicators.cellLink', { value: text, group: names.cell(split, column), indicator: indicator.name })}
                            >
                              {text}
                            </Link>
                          ) : (
                            <span className={cell?.suppressed ? 'suppressed' : undefined}>{text}</span>
                          )}
                        </td>
                      );
                    })
                  : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
